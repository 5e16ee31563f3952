package org.sathach.round;

/**
 * The yearly rating of a civil servant (xếp loại chất lượng). Declared best first, as the
 * regulation lists them, so "at least" means "declared no later than" the minimum.
 */
public enum PerformanceRating {
  EXCELLENT("hoàn thành xuất sắc nhiệm vụ"),
  GOOD("hoàn thành tốt nhiệm vụ"),
  SATISFACTORY("hoàn thành nhiệm vụ"),
  UNSATISFACTORY("không hoàn thành nhiệm vụ");

  private final String label;

  PerformanceRating(String label) {
    this.label = label;
  }

  /** The Vietnamese name used in dossiers. */
  public String label() {
    return label;
  }

  /** The bundle key of this value, for pages that show it in the user's language. */
  public String messageKey() {
    return "eligibility.value.rating." + name();
  }

  public boolean isAtLeast(PerformanceRating minimum) {
    return compareTo(minimum) <= 0;
  }
}
