package org.sathach.round;

/**
 * The state-management training a candidate holds (trình độ quản lý nhà nước), named after the
 * civil servant grade the course prepares for. Declared from lowest to highest.
 */
public enum StateManagementLevel {
  NONE("chưa qua đào tạo"),
  OFFICER("chuyên viên"),
  MAIN_OFFICER("chuyên viên chính"),
  SENIOR_OFFICER("chuyên viên cao cấp");

  private final String label;

  StateManagementLevel(String label) {
    this.label = label;
  }

  /** The Vietnamese name used in dossiers. */
  public String label() {
    return label;
  }

  /** The bundle key of this value, for pages that show it in the user's language. */
  public String messageKey() {
    return "eligibility.value.stateManagement." + name();
  }

  public boolean isAtLeast(StateManagementLevel minimum) {
    return compareTo(minimum) >= 0;
  }
}
