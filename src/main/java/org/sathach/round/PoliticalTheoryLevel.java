package org.sathach.round;

/**
 * The political-theory training a candidate holds (trình độ lý luận chính trị). Declared from
 * lowest to highest, so a post's minimum is met by that level or any later one.
 */
public enum PoliticalTheoryLevel {
  NONE("chưa qua đào tạo"),
  BASIC("sơ cấp"),
  INTERMEDIATE("trung cấp"),
  ADVANCED("cao cấp");

  private final String label;

  PoliticalTheoryLevel(String label) {
    this.label = label;
  }

  /** The Vietnamese name used in dossiers. */
  public String label() {
    return label;
  }

  /** The bundle key of this value, for pages that show it in the user's language. */
  public String messageKey() {
    return "eligibility.value.theory." + name();
  }

  public boolean isAtLeast(PoliticalTheoryLevel minimum) {
    return compareTo(minimum) >= 0;
  }
}
