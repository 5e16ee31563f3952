package org.sathach.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityTest {
  private static final LocalDate APPOINTMENT = LocalDate.of(2026, 6, 1);
  private static final EligibilityCriteria DEPARTMENT =
      EligibilityCriteria.of(
          PoliticalTheoryLevel.ADVANCED,
          StateManagementLevel.MAIN_OFFICER,
          Degree.BACHELOR,
          2,
          PerformanceRating.GOOD);
  private static final Map<Year, PerformanceRating> GOOD_YEARS =
      Map.of(Year.of(2024), PerformanceRating.GOOD, Year.of(2025), PerformanceRating.EXCELLENT);

  private static ApplicantFacts qualified() {
    return facts(LocalDate.of(1975, 3, 10), Gender.MALE, PoliticalTheoryLevel.ADVANCED);
  }

  private static ApplicantFacts facts(LocalDate birth, Gender gender, PoliticalTheoryLevel theory) {
    return new ApplicantFacts(
        birth,
        gender,
        theory,
        StateManagementLevel.MAIN_OFFICER,
        Degree.MASTER,
        LocalDate.of(2020, 1, 1),
        GOOD_YEARS,
        false);
  }

  private static ApplicantFacts with(
      ApplicantFacts f, LocalDate since, Map<Year, PerformanceRating> ratings, boolean discipline) {
    return new ApplicantFacts(
        f.birthDate(),
        f.gender(),
        f.theory(),
        f.stateManagement(),
        f.degree(),
        since,
        ratings,
        discipline);
  }

  private static CriterionResult result(
      EligibilityCriteria criteria, ApplicantFacts facts, LocalDate date, Criterion criterion) {
    return Eligibility.evaluate(criteria, facts, date).get(criterion.ordinal());
  }

  private static CriterionResult result(ApplicantFacts facts, Criterion criterion) {
    return result(DEPARTMENT, facts, APPOINTMENT, criterion);
  }

  @Test
  void qualifiedApplicantPassesEveryCriterionInFixedOrder() {
    List<CriterionResult> results = Eligibility.evaluate(DEPARTMENT, qualified(), APPOINTMENT);

    assertThat(results).extracting(CriterionResult::criterion).containsExactly(Criterion.values());
    assertThat(results)
        .extracting(CriterionResult::reasonKey)
        .containsExactly(
            "eligibility.theory.met",
            "eligibility.stateManagement.met",
            "eligibility.degree.met",
            "eligibility.service.met",
            "eligibility.rating.met",
            "eligibility.discipline.none",
            "eligibility.age.met");
    assertThat(Eligibility.allPassed(results)).isTrue();
  }

  @Test
  void theoryBelowMinimumFailsWithBothLevels() {
    ApplicantFacts f = facts(LocalDate.of(1975, 3, 10), Gender.MALE, PoliticalTheoryLevel.BASIC);
    List<CriterionResult> results = Eligibility.evaluate(DEPARTMENT, f, APPOINTMENT);

    assertThat(results.get(0))
        .isEqualTo(
            new CriterionResult(
                Criterion.POLITICAL_THEORY,
                false,
                "eligibility.theory.tooLow",
                List.of(PoliticalTheoryLevel.BASIC, PoliticalTheoryLevel.ADVANCED)));
    assertThat(Eligibility.allPassed(results)).isFalse();
  }

  @Test
  void stateManagementAndDegreeBelowMinimumFail() {
    EligibilityCriteria strict =
        EligibilityCriteria.of(
            PoliticalTheoryLevel.ADVANCED,
            StateManagementLevel.SENIOR_OFFICER,
            Degree.DOCTOR,
            2,
            PerformanceRating.GOOD);

    CriterionResult state = result(strict, qualified(), APPOINTMENT, Criterion.STATE_MANAGEMENT);
    CriterionResult degree = result(strict, qualified(), APPOINTMENT, Criterion.DEGREE);

    assertThat(state.passed()).isFalse();
    assertThat(state.reasonKey()).isEqualTo("eligibility.stateManagement.tooLow");
    assertThat(degree.reasonKey()).isEqualTo("eligibility.degree.tooLow");
    assertThat(degree.args()).containsExactly(Degree.MASTER, Degree.DOCTOR);
  }

  @Test
  void serviceIsCompleteOnTheAnniversaryAndNotTheDayBefore() {
    ApplicantFacts f = with(qualified(), LocalDate.of(2024, 6, 1), GOOD_YEARS, false);

    assertThat(result(f, Criterion.SERVICE).passed()).isTrue();
    CriterionResult early = result(DEPARTMENT, f, APPOINTMENT.minusDays(1), Criterion.SERVICE);
    assertThat(early.passed()).isFalse();
    assertThat(early.reasonKey()).isEqualTo("eligibility.service.tooShort");
    assertThat(early.args()).containsExactly(LocalDate.of(2024, 6, 1), 2, APPOINTMENT);
  }

  @Test
  void noServiceAtLevelBelowFailsUnlessNotRequired() {
    ApplicantFacts f = with(qualified(), null, GOOD_YEARS, false);
    EligibilityCriteria open =
        EligibilityCriteria.of(
            PoliticalTheoryLevel.ADVANCED,
            StateManagementLevel.MAIN_OFFICER,
            Degree.BACHELOR,
            0,
            PerformanceRating.GOOD);

    assertThat(result(f, Criterion.SERVICE).reasonKey()).isEqualTo("eligibility.service.none");
    assertThat(result(open, f, APPOINTMENT, Criterion.SERVICE).reasonKey())
        .isEqualTo("eligibility.service.notRequired");
  }

  @Test
  void missingRatingForARequiredYearFailsWithItsOwnKey() {
    ApplicantFacts f =
        with(
            qualified(),
            LocalDate.of(2020, 1, 1),
            Map.of(Year.of(2025), PerformanceRating.GOOD),
            false);

    CriterionResult rating = result(f, Criterion.RATING);

    assertThat(rating.passed()).isFalse();
    assertThat(rating.reasonKey()).isEqualTo("eligibility.rating.missing");
    assertThat(rating.args()).containsExactly(Year.of(2024), PerformanceRating.GOOD);
  }

  @Test
  void ratingBelowMinimumFailsNamingTheYear() {
    Map<Year, PerformanceRating> ratings =
        Map.of(
            Year.of(2024), PerformanceRating.SATISFACTORY, Year.of(2025), PerformanceRating.GOOD);
    ApplicantFacts f = with(qualified(), LocalDate.of(2020, 1, 1), ratings, false);

    CriterionResult rating = result(f, Criterion.RATING);

    assertThat(rating.reasonKey()).isEqualTo("eligibility.rating.tooLow");
    assertThat(rating.args())
        .containsExactly(Year.of(2024), PerformanceRating.SATISFACTORY, PerformanceRating.GOOD);
  }

  @Test
  void ratingsOutsideTheRatedYearsDoNotCount() {
    Map<Year, PerformanceRating> ratings =
        Map.of(
            Year.of(2023), PerformanceRating.UNSATISFACTORY,
            Year.of(2024), PerformanceRating.GOOD,
            Year.of(2025), PerformanceRating.GOOD,
            Year.of(2026), PerformanceRating.UNSATISFACTORY);
    ApplicantFacts f = with(qualified(), LocalDate.of(2020, 1, 1), ratings, false);

    CriterionResult rating = result(f, Criterion.RATING);

    assertThat(rating.passed()).isTrue();
    assertThat(rating.args()).containsExactly(Year.of(2024), Year.of(2025), PerformanceRating.GOOD);
  }

  @Test
  void disciplineInForceFails() {
    ApplicantFacts f = with(qualified(), LocalDate.of(2020, 1, 1), GOOD_YEARS, true);

    CriterionResult discipline = result(f, Criterion.DISCIPLINE);

    assertThat(discipline.passed()).isFalse();
    assertThat(discipline.reasonKey()).isEqualTo("eligibility.discipline.current");
  }
}
