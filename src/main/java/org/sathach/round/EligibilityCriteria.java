package org.sathach.round;

import java.util.Objects;

/**
 * The conditions a post sets for its candidates (tiêu chuẩn, điều kiện dự tuyển). Every value is
 * the post's own: the regulation of each round differs, so nothing here is a constant of the law
 * except the defaults of {@link #of}.
 *
 * @param minTheory lowest political-theory level accepted
 * @param minStateManagement lowest state-management training accepted
 * @param minDegree lowest degree accepted
 * @param minYearsAtLevelBelow whole years the candidate must have held the post directly below by
 *     the appointment date; 0 when not required
 * @param minRating rating the candidate must have reached in each of the rated years
 * @param ratedYears how many calendar years before the appointment year are checked
 * @param noDisciplineRequired whether a discipline in force disqualifies
 * @param termYears the term a first appointee must be able to serve before retirement age
 * @param retirementAges the retirement ages the age rule uses
 */
public record EligibilityCriteria(
    PoliticalTheoryLevel minTheory,
    StateManagementLevel minStateManagement,
    Degree minDegree,
    int minYearsAtLevelBelow,
    PerformanceRating minRating,
    int ratedYears,
    boolean noDisciplineRequired,
    int termYears,
    RetirementAges retirementAges) {

  public static final int DEFAULT_RATED_YEARS = 2;
  public static final int DEFAULT_TERM_YEARS = 5;

  public EligibilityCriteria {
    Objects.requireNonNull(minTheory, "minTheory");
    Objects.requireNonNull(minStateManagement, "minStateManagement");
    Objects.requireNonNull(minDegree, "minDegree");
    Objects.requireNonNull(minRating, "minRating");
    Objects.requireNonNull(retirementAges, "retirementAges");
    if (minYearsAtLevelBelow < 0 || ratedYears < 0 || termYears < 0) {
      throw new IllegalArgumentException("years must not be negative");
    }
  }

  /**
   * Criteria with the common defaults: the last {@value #DEFAULT_RATED_YEARS} years rated, no
   * discipline in force, a {@value #DEFAULT_TERM_YEARS}-year term and the Labour Code 2019
   * retirement ages.
   */
  public static EligibilityCriteria of(
      PoliticalTheoryLevel minTheory,
      StateManagementLevel minStateManagement,
      Degree minDegree,
      int minYearsAtLevelBelow,
      PerformanceRating minRating) {
    return new EligibilityCriteria(
        minTheory,
        minStateManagement,
        minDegree,
        minYearsAtLevelBelow,
        minRating,
        DEFAULT_RATED_YEARS,
        true,
        DEFAULT_TERM_YEARS,
        RetirementAges.laborCode2019());
  }

  public EligibilityCriteria withRetirementAges(RetirementAges ages) {
    return new EligibilityCriteria(
        minTheory,
        minStateManagement,
        minDegree,
        minYearsAtLevelBelow,
        minRating,
        ratedYears,
        noDisciplineRequired,
        termYears,
        ages);
  }
}
