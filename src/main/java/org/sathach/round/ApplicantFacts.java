package org.sathach.round;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a candidate's application (hồ sơ dự tuyển) states about them, as the committee verified it.
 * It carries facts only; {@link Eligibility} judges them against a post.
 *
 * <p>Service at the level below is a start date rather than a number of years: the rule is judged
 * on the appointment date, like the age rule, so a start date needs no rounding and stays right
 * when a round's dates move. For interrupted service the committee enters the start date the summed
 * periods are equivalent to (appointment date minus total service).
 *
 * @param atLevelBelowSince since when the candidate has held the post directly below; {@code null}
 *     when never
 * @param ratings the yearly rating by calendar year; a year without a rating is absent
 * @param underDiscipline whether a discipline is in force on the day of the check
 */
public record ApplicantFacts(
    LocalDate birthDate,
    Gender gender,
    PoliticalTheoryLevel theory,
    StateManagementLevel stateManagement,
    Degree degree,
    LocalDate atLevelBelowSince,
    Map<Year, PerformanceRating> ratings,
    boolean underDiscipline) {

  public ApplicantFacts {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(theory, "theory");
    Objects.requireNonNull(stateManagement, "stateManagement");
    Objects.requireNonNull(degree, "degree");
    ratings = Map.copyOf(Objects.requireNonNull(ratings, "ratings"));
  }

  public Optional<LocalDate> serviceAtLevelBelowSince() {
    return Optional.ofNullable(atLevelBelowSince);
  }

  public Optional<PerformanceRating> ratingIn(Year year) {
    return Optional.ofNullable(ratings.get(year));
  }
}
