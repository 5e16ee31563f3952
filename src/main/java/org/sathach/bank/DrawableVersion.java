package org.sathach.bank;

/**
 * An approved version as a paper draw sees it: where it sits, how hard it is, and how many options
 * (or matching/ordering items) it shows, 0 when it has none or when the caller did not ask.
 */
public record DrawableVersion(
    long versionId, String topicPath, Difficulty difficulty, QuestionType type, int optionCount) {}
