package org.sathach.bank;

/** The seven kinds of question the bank holds. */
public enum QuestionType {
  SINGLE_CHOICE("single-choice"),
  MULTIPLE_RESPONSE("multiple-response"),
  TRUE_FALSE("true-false"),
  SHORT_ANSWER("short-answer"),
  MATCHING("matching"),
  ORDERING("ordering"),
  ESSAY("essay");

  private final String code;

  QuestionType(String code) {
    this.code = code;
  }

  /** The name used in the project's own format, e.g. {@code single-choice}. */
  public String code() {
    return code;
  }

  public static QuestionType fromCode(String code) {
    for (QuestionType type : values()) {
      if (type.code.equalsIgnoreCase(code.trim()) || type.name().equalsIgnoreCase(code.trim())) {
        return type;
      }
    }
    return null;
  }

  /** True for types a computer marks (all but essays). */
  public boolean isObjective() {
    return this != ESSAY;
  }
}
