package org.sathach.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetirementAgesTest {
  private static final RetirementAges LAW = RetirementAges.laborCode2019();

  @ParameterizedTest(name = "{0} in {1}: {2}y{3}m")
  @CsvSource({
    "MALE, 2020, 60, 0",
    "MALE, 2021, 60, 3",
    "MALE, 2022, 60, 6",
    "MALE, 2024, 61, 0",
    "MALE, 2027, 61, 9",
    "MALE, 2028, 62, 0",
    "MALE, 2040, 62, 0",
    "FEMALE, 2020, 55, 0",
    "FEMALE, 2021, 55, 4",
    "FEMALE, 2023, 56, 0",
    "FEMALE, 2026, 57, 0",
    "FEMALE, 2034, 59, 8",
    "FEMALE, 2035, 60, 0",
    "FEMALE, 2050, 60, 0"
  })
  void roadmapFollowsDecree135ByCalendarYear(Gender gender, int year, int years, int months) {
    assertThat(LAW.of(gender).ageIn(year)).isEqualTo(Period.of(years, months, 0));
  }

  @ParameterizedTest(name = "{0} born {1} reaches {2}")
  @CsvSource({
    "MALE, 1961-09-15, 2021-12-15",
    "MALE, 1961-10-15, 2022-04-15",
    "MALE, 1966-03-20, 2027-12-20",
    "MALE, 1966-04-20, 2028-04-20",
    "FEMALE, 1966-08-15, 2021-12-15",
    "FEMALE, 1966-09-15, 2022-05-15",
    "FEMALE, 1975-04-30, 2034-12-30",
    "FEMALE, 1975-05-01, 2035-05-01"
  })
  void ageAppliesOfTheYearInWhichItIsReached(Gender gender, LocalDate birth, LocalDate reached) {
    assertThat(LAW.reachedOn(gender, birth)).isEqualTo(reached);
    assertThat(reached.getYear()).isEqualTo(birth.plus(LAW.ageFor(gender, birth)).getYear());
  }

  @Test
  void earlierOfTwoQualifyingYearsIsTaken() {
    // 60y3m lands in November 2021 and 60y6m in February 2022: he reaches the first one first.
    LocalDate birth = LocalDate.of(1961, 8, 15);

    assertThat(LAW.ageFor(Gender.MALE, birth)).isEqualTo(Period.of(60, 3, 0));
    assertThat(LAW.reachedOn(Gender.MALE, birth)).isEqualTo(LocalDate.of(2021, 11, 15));
  }

  @Test
  void leapDayBirthReachesWholeYearAgeOnLastDayOfFebruary() {
    assertThat(LAW.reachedOn(Gender.MALE, LocalDate.of(1968, 2, 29)))
        .isEqualTo(LocalDate.of(2030, 2, 28));
  }

  @Test
  void leapDayBirthKeepsTheDayWhenTheTargetYearIsLeap() {
    RetirementAges sixty = LAW.withFixed(Gender.MALE, Period.ofYears(60));

    assertThat(sixty.reachedOn(Gender.MALE, LocalDate.of(1964, 2, 29)))
        .isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void fixedAgeOverridesOneGenderOnly() {
    RetirementAges ages = LAW.withFixed(Gender.FEMALE, Period.ofYears(60));
    LocalDate birth = LocalDate.of(1970, 1, 1);

    assertThat(ages.reachedOn(Gender.FEMALE, birth)).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(ages.male()).isEqualTo(LAW.male());
    assertThat(LAW.reachedOn(Gender.FEMALE, birth)).isEqualTo(LocalDate.of(2027, 5, 1));
  }

  @Test
  void fixedAgeIsTheSameWhateverTheYear() {
    RetirementRoadmap fixed = RetirementRoadmap.fixed(Period.of(58, 6, 0));

    assertThat(fixed.ageIn(1990)).isEqualTo(Period.of(58, 6, 0));
    assertThat(fixed.ageIn(2050)).isEqualTo(Period.of(58, 6, 0));
  }

  @Test
  void roadmapRisingMoreThanAYearAYearIsRefused() {
    assertThatThrownBy(
            () ->
                new RetirementRoadmap(
                    2021, Period.ofYears(60), Period.ofYears(60), 13, Period.ofYears(65)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ageWithDaysIsRefused() {
    assertThatThrownBy(() -> RetirementRoadmap.fixed(Period.of(60, 0, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
