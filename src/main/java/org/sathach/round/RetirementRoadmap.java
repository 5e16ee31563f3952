package org.sathach.round;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The retirement age of one gender as it changes over the calendar years, and the day a person born
 * on a given date reaches it.
 *
 * <p>Before {@code firstYear} the age is {@code before}; in {@code firstYear} it is {@code first};
 * then it rises by {@code monthsPerYear} each calendar year until it reaches {@code last}. A fixed
 * age is the same roadmap with no change.
 *
 * <p><b>Which year's age applies.</b> Labour Code 2019 art. 169 and Decree 135/2020/NĐ-CP art. 4
 * attach the age to the calendar year <em>in which the person reaches it</em> (Appendix I lists, by
 * month of birth, the age and the month it is reached). So the age that applies is the one of the
 * year Y for which {@code birthDate + age(Y)} falls in Y. As the age rises by at most 12 months a
 * year, such a Y always exists; when two years qualify (a date late in Y whose next step lands in
 * Y+1) the person reaches the first one first, so the earliest date is taken. Example: a man born
 * 15 September 1961 reaches 60y3m on 15 December 2021 (2021's age); one born 15 October 1961 would
 * reach 60y3m in January 2022, where the age is already 60y6m, so he reaches it on 15 April 2022.
 *
 * <p><b>29 February.</b> Ages are added as whole months in one step ({@link LocalDate#plus}); a day
 * that does not exist in the target month becomes that month's last day, so someone born on 29
 * February reaches a whole-year age on 28 February of a common year. That is the earlier of the two
 * usual readings, so the rule never lets a term run past the legal age.
 */
public record RetirementRoadmap(
    int firstYear, Period before, Period first, int monthsPerYear, Period last) {

  public RetirementRoadmap {
    before = wholeMonths(before, "before");
    first = wholeMonths(first, "first");
    last = wholeMonths(last, "last");
    if (monthsPerYear < 0 || monthsPerYear > 12) {
      throw new IllegalArgumentException("the age may rise by 0 to 12 months a year");
    }
    if (first.toTotalMonths() < before.toTotalMonths()
        || first.toTotalMonths() - before.toTotalMonths() > 12
        || last.toTotalMonths() < first.toTotalMonths()) {
      throw new IllegalArgumentException("the ages must rise by at most 12 months a year");
    }
  }

  /** An age that does not change over the years, e.g. a round's regulation overriding the law. */
  public static RetirementRoadmap fixed(Period age) {
    return new RetirementRoadmap(1900, age, age, 0, age);
  }

  /** The retirement age for people who reach it during {@code year}. */
  public Period ageIn(int year) {
    if (year < firstYear) {
      return before;
    }
    long months = first.toTotalMonths() + (long) (year - firstYear) * monthsPerYear;
    return Period.ofMonths((int) Math.min(months, last.toTotalMonths())).normalized();
  }

  /** The retirement age that applies to someone born on {@code birthDate}. */
  public Period ageFor(LocalDate birthDate) {
    Objects.requireNonNull(birthDate, "birthDate");
    int year = birthDate.plus(before).getYear();
    // The date's year moves by at most one a step while the year moves by one: walk to the match.
    for (int guard = 0; guard < 200; guard++, year++) {
      Period age = ageIn(year);
      if (birthDate.plus(age).getYear() <= year) {
        return age;
      }
    }
    throw new IllegalStateException("no retirement year found for " + birthDate);
  }

  /** The day someone born on {@code birthDate} reaches their retirement age. */
  public LocalDate reachedOn(LocalDate birthDate) {
    return birthDate.plus(ageFor(birthDate));
  }

  private static Period wholeMonths(Period age, String name) {
    Objects.requireNonNull(age, name);
    if (age.getDays() != 0 || age.isNegative()) {
      throw new IllegalArgumentException(name + " must be whole years and months");
    }
    return age.normalized();
  }
}
