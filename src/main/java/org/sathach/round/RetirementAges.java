package org.sathach.round;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The retirement ages a round uses, one {@link RetirementRoadmap} per gender. The default is the
 * law; a round whose regulation says otherwise replaces one gender's roadmap with a fixed age
 * ({@link #withFixed}), e.g. from configuration, without touching the other.
 */
public record RetirementAges(RetirementRoadmap male, RetirementRoadmap female) {

  public RetirementAges {
    Objects.requireNonNull(male, "male");
    Objects.requireNonNull(female, "female");
  }

  /**
   * Labour Code 2019 art. 169 and Decree 135/2020/NĐ-CP art. 4, normal working conditions: men 60
   * until 2020, 60y3m in 2021, +3 months a year to 62 from 2028; women 55 until 2020, 55y4m in
   * 2021, +4 months a year to 60 from 2035. Reduced or raised ages for special conditions or scarce
   * skills are not modelled: a round that needs them sets them with {@link #withFixed}.
   */
  public static RetirementAges laborCode2019() {
    return new RetirementAges(
        new RetirementRoadmap(2021, Period.ofYears(60), Period.of(60, 3, 0), 3, Period.ofYears(62)),
        new RetirementRoadmap(
            2021, Period.ofYears(55), Period.of(55, 4, 0), 4, Period.ofYears(60)));
  }

  /** These ages with {@code gender}'s replaced by a fixed {@code age}. */
  public RetirementAges withFixed(Gender gender, Period age) {
    RetirementRoadmap fixed = RetirementRoadmap.fixed(age);
    return gender == Gender.MALE
        ? new RetirementAges(fixed, female)
        : new RetirementAges(male, fixed);
  }

  public RetirementRoadmap of(Gender gender) {
    return Objects.requireNonNull(gender, "gender") == Gender.MALE ? male : female;
  }

  /** The retirement age that applies to a person of this gender born on {@code birthDate}. */
  public Period ageFor(Gender gender, LocalDate birthDate) {
    return of(gender).ageFor(birthDate);
  }

  /** The day a person of this gender born on {@code birthDate} reaches retirement age. */
  public LocalDate reachedOn(Gender gender, LocalDate birthDate) {
    return of(gender).reachedOn(birthDate);
  }
}
