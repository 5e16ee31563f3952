package org.sathach.bank;

/** A pair of a matching question: a premise and the response it goes with. */
public record MatchPair(String left, String right) {}
