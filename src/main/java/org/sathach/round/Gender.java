package org.sathach.round;

/** A candidate's gender, needed only because retirement ages differ by gender in Vietnamese law. */
public enum Gender {
  MALE("nam"),
  FEMALE("nữ");

  private final String label;

  Gender(String label) {
    this.label = label;
  }

  /** The Vietnamese name used in dossiers. */
  public String label() {
    return label;
  }

  /** The bundle key of this value, for pages that show it in the user's language. */
  public String messageKey() {
    return "eligibility.value.gender." + name();
  }
}
