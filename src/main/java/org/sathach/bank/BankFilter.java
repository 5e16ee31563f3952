package org.sathach.bank;

/**
 * What the bank's table asks for: a topic subtree, type, difficulty, status, tag, words of the
 * stem, and the sort. Null means "any".
 */
public record BankFilter(
    Long topicId,
    QuestionType type,
    Difficulty difficulty,
    QuestionStatus status,
    String tag,
    String text,
    String sortField,
    boolean ascending) {
  public static BankFilter all() {
    return new BankFilter(null, null, null, null, null, null, "id", true);
  }

  public BankFilter withStatus(QuestionStatus newStatus) {
    return new BankFilter(topicId, type, difficulty, newStatus, tag, text, sortField, ascending);
  }
}
