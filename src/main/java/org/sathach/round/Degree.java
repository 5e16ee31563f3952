package org.sathach.round;

/** The highest academic degree a candidate holds (trình độ chuyên môn). Declared lowest first. */
public enum Degree {
  COLLEGE("cao đẳng"),
  BACHELOR("đại học"),
  MASTER("thạc sĩ"),
  DOCTOR("tiến sĩ");

  private final String label;

  Degree(String label) {
    this.label = label;
  }

  /** The Vietnamese name used in dossiers. */
  public String label() {
    return label;
  }

  /** The bundle key of this value, for pages that show it in the user's language. */
  public String messageKey() {
    return "eligibility.value.degree." + name();
  }

  public boolean isAtLeast(Degree minimum) {
    return compareTo(minimum) >= 0;
  }
}
