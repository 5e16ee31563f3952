package org.sathach.ranking;

/**
 * A committee member's vote on a shortlist: approval, with an optional comment, or an objection,
 * which must say why so the minutes can record it.
 */
public record Vote(String member, Stance stance, String comment) {
  public enum Stance {
    APPROVE,
    OBJECT
  }

  public Vote {
    if (member == null || member.isBlank()) {
      throw new IllegalArgumentException("a vote names its member");
    }
    if (stance == null) {
      throw new IllegalArgumentException("a vote approves or objects");
    }
    if (stance == Stance.OBJECT && (comment == null || comment.isBlank())) {
      throw new IllegalArgumentException("an objection says why");
    }
  }
}
