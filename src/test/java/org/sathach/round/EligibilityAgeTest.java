package org.sathach.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The age rule of {@link Eligibility}: a first appointee must be able to serve a full term. */
class EligibilityAgeTest {
  private static final EligibilityCriteria DIVISION =
      EligibilityCriteria.of(
          PoliticalTheoryLevel.INTERMEDIATE,
          StateManagementLevel.OFFICER,
          Degree.BACHELOR,
          0,
          PerformanceRating.SATISFACTORY);

  private static ApplicantFacts born(LocalDate birth, Gender gender) {
    return new ApplicantFacts(
        birth,
        gender,
        PoliticalTheoryLevel.INTERMEDIATE,
        StateManagementLevel.OFFICER,
        Degree.BACHELOR,
        null,
        Map.of(
            Year.of(2020), PerformanceRating.GOOD,
            Year.of(2021), PerformanceRating.GOOD,
            Year.of(2022), PerformanceRating.GOOD,
            Year.of(2023), PerformanceRating.GOOD,
            Year.of(2024), PerformanceRating.GOOD),
        false);
  }

  private static CriterionResult age(
      EligibilityCriteria criteria, ApplicantFacts facts, LocalDate appointment) {
    return Eligibility.evaluate(criteria, facts, appointment).get(Criterion.AGE.ordinal());
  }

  @Test
  void termEndingOnTheDayRetirementAgeIsReachedPasses() {
    ApplicantFacts man = born(LocalDate.of(1966, 6, 1), Gender.MALE);

    CriterionResult onBoundary = age(DIVISION, man, LocalDate.of(2023, 6, 1));

    assertThat(onBoundary.passed()).isTrue();
    assertThat(onBoundary.reasonKey()).isEqualTo("eligibility.age.met");
  }

  @Test
  void termEndingOneDayAfterRetirementAgeFailsWithTheDates() {
    ApplicantFacts man = born(LocalDate.of(1966, 6, 1), Gender.MALE);

    CriterionResult late = age(DIVISION, man, LocalDate.of(2023, 6, 2));

    assertThat(late.passed()).isFalse();
    assertThat(late.reasonKey()).isEqualTo("eligibility.age.tooOld");
    assertThat(late.args())
        .containsExactly(LocalDate.of(2028, 6, 1), 62, 0, 5, LocalDate.of(2028, 6, 2));
    assertThat(Eligibility.allPassed(Eligibility.evaluate(DIVISION, man, LocalDate.of(2023, 6, 2))))
        .isFalse();
  }

  @Test
  void termIntoYearsOfHigherAgeIsJudgedByTheAgeOfTheYearItIsReached() {
    // In 2029 the age is 58, which would end her service in 2033; she reaches 59y8m only in 2034.
    ApplicantFacts woman = born(LocalDate.of(1975, 3, 10), Gender.FEMALE);

    CriterionResult result = age(DIVISION, woman, LocalDate.of(2029, 11, 10));

    assertThat(result.passed()).isTrue();
    assertThat(result.args()).startsWith(LocalDate.of(2034, 11, 10), 59, 8);
    assertThat(age(DIVISION, woman, LocalDate.of(2029, 11, 11)).passed()).isFalse();
  }

  @Test
  void leapDayBirthUsesTheLastDayOfFebruary() {
    ApplicantFacts man = born(LocalDate.of(1968, 2, 29), Gender.MALE);

    assertThat(age(DIVISION, man, LocalDate.of(2025, 2, 28)).passed()).isTrue();
    assertThat(age(DIVISION, man, LocalDate.of(2025, 3, 1)).passed()).isFalse();
  }

  @Test
  void genderLimitsConfiguredDifferentlyChangeTheVerdict() {
    ApplicantFacts woman = born(LocalDate.of(1970, 1, 1), Gender.FEMALE);
    EligibilityCriteria sixty =
        DIVISION.withRetirementAges(
            RetirementAges.laborCode2019().withFixed(Gender.FEMALE, Period.ofYears(60)));
    LocalDate appointment = LocalDate.of(2025, 1, 1);

    assertThat(age(DIVISION, woman, appointment).passed()).isFalse();
    assertThat(age(sixty, woman, appointment).passed()).isTrue();
    assertThat(age(sixty, woman, appointment).args()).first().isEqualTo(LocalDate.of(2030, 1, 1));
  }

  @Test
  void youngCandidatePasses() {
    CriterionResult result =
        age(DIVISION, born(LocalDate.of(1990, 7, 15), Gender.FEMALE), LocalDate.of(2026, 6, 1));

    assertThat(result.passed()).isTrue();
    assertThat(result.args()).startsWith(LocalDate.of(2050, 7, 15), 60, 0);
  }
}
