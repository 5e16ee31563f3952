package org.sathach.bank;

/** How a short answer is compared with the accepted answers. */
public enum MatchMode {
  EXACT("exact"),
  IGNORE_CASE("ignore-case"),
  IGNORE_CASE_AND_DIACRITICS("ignore-case-and-diacritics");

  private final String code;

  MatchMode(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static MatchMode fromCode(String code) {
    for (MatchMode mode : values()) {
      if (mode.code.equalsIgnoreCase(code.trim()) || mode.name().equalsIgnoreCase(code.trim())) {
        return mode;
      }
    }
    return null;
  }
}
