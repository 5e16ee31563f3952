package org.sathach.round;

/**
 * One eligibility condition of a post. The declaration order is the order in which {@link
 * Eligibility#evaluate} reports results, so the committee's checklist always reads the same way.
 */
public enum Criterion {
  POLITICAL_THEORY,
  STATE_MANAGEMENT,
  DEGREE,
  SERVICE,
  RATING,
  DISCIPLINE,
  AGE;

  /** The bundle key of the criterion's name, e.g. {@code eligibility.criterion.AGE}. */
  public String messageKey() {
    return "eligibility.criterion." + name();
  }
}
