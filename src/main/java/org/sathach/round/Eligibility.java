package org.sathach.round;

import static org.sathach.round.CriterionResult.fail;
import static org.sathach.round.CriterionResult.pass;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The personnel committee's check of an application against a post's criteria. It judges every
 * criterion, not only up to the first failure, so the committee and the candidate see the whole
 * checklist with a reason on each line. All dates are judged on the appointment date the round
 * plans, never on today, so the verdict is the same whenever it is re-run.
 */
public final class Eligibility {

  private Eligibility() {}

  /** One result per {@link Criterion}, in declaration order. */
  public static List<CriterionResult> evaluate(
      EligibilityCriteria criteria, ApplicantFacts facts, LocalDate appointmentDate) {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(appointmentDate, "appointmentDate");
    return List.of(
        level(
            Criterion.POLITICAL_THEORY,
            "eligibility.theory",
            facts.theory().isAtLeast(criteria.minTheory()),
            facts.theory(),
            criteria.minTheory()),
        level(
            Criterion.STATE_MANAGEMENT,
            "eligibility.stateManagement",
            facts.stateManagement().isAtLeast(criteria.minStateManagement()),
            facts.stateManagement(),
            criteria.minStateManagement()),
        level(
            Criterion.DEGREE,
            "eligibility.degree",
            facts.degree().isAtLeast(criteria.minDegree()),
            facts.degree(),
            criteria.minDegree()),
        service(criteria, facts, appointmentDate),
        rating(criteria, facts, appointmentDate),
        discipline(criteria, facts),
        age(criteria, facts, appointmentDate));
  }

  /** Whether the application is eligible: every criterion passed. */
  public static boolean allPassed(List<CriterionResult> results) {
    return results.stream().allMatch(CriterionResult::passed);
  }

  private static CriterionResult level(
      Criterion criterion, String prefix, boolean met, Object actual, Object required) {
    return met
        ? pass(criterion, prefix + ".met", actual, required)
        : fail(criterion, prefix + ".tooLow", actual, required);
  }

  private static CriterionResult service(
      EligibilityCriteria criteria, ApplicantFacts facts, LocalDate appointmentDate) {
    int years = criteria.minYearsAtLevelBelow();
    if (years == 0) {
      return pass(Criterion.SERVICE, "eligibility.service.notRequired");
    }
    Optional<LocalDate> since = facts.serviceAtLevelBelowSince();
    if (since.isEmpty()) {
      return fail(Criterion.SERVICE, "eligibility.service.none", years);
    }
    // N years are complete on the N-th anniversary of the start date, not the day after.
    LocalDate enough = since.get().plusYears(years);
    return enough.isAfter(appointmentDate)
        ? fail(Criterion.SERVICE, "eligibility.service.tooShort", since.get(), years, enough)
        : pass(Criterion.SERVICE, "eligibility.service.met", since.get(), years);
  }

  /**
   * The rated years are the {@code ratedYears} calendar years before the appointment year: the
   * rating of the appointment year itself is made only at its end. The most recent year is checked
   * first and the first gap or shortfall is the reason; a missing rating has its own key because
   * the committee must ask for the document rather than reject outright.
   */
  private static CriterionResult rating(
      EligibilityCriteria criteria, ApplicantFacts facts, LocalDate appointmentDate) {
    int count = criteria.ratedYears();
    if (count == 0) {
      return pass(Criterion.RATING, "eligibility.rating.notRequired");
    }
    PerformanceRating required = criteria.minRating();
    Year last = Year.of(appointmentDate.getYear() - 1);
    for (int back = 0; back < count; back++) {
      Year year = last.minusYears(back);
      Optional<PerformanceRating> rating = facts.ratingIn(year);
      if (rating.isEmpty()) {
        return fail(Criterion.RATING, "eligibility.rating.missing", year, required);
      }
      if (!rating.get().isAtLeast(required)) {
        return fail(Criterion.RATING, "eligibility.rating.tooLow", year, rating.get(), required);
      }
    }
    Year first = last.minusYears(count - 1L);
    return pass(Criterion.RATING, "eligibility.rating.met", first, last, required);
  }

  private static CriterionResult discipline(EligibilityCriteria criteria, ApplicantFacts facts) {
    if (!criteria.noDisciplineRequired()) {
      return pass(Criterion.DISCIPLINE, "eligibility.discipline.notRequired");
    }
    return facts.underDiscipline()
        ? fail(Criterion.DISCIPLINE, "eligibility.discipline.current")
        : pass(Criterion.DISCIPLINE, "eligibility.discipline.none");
  }

  /**
   * The term must end no later than the day the candidate reaches retirement age. The boundary day
   * passes: the candidate is still in service on that day (Decree 135/2020 art. 7 even keeps them
   * until the end of that month), so a term ending on it is served in full. The age is the one of
   * the year the candidate reaches it (see {@link RetirementRoadmap}), not of the appointment year,
   * so a term that runs into years where the roadmap has risen is judged by the later age.
   */
  private static CriterionResult age(
      EligibilityCriteria criteria, ApplicantFacts facts, LocalDate appointmentDate) {
    RetirementAges ages = criteria.retirementAges();
    Period age = ages.ageFor(facts.gender(), facts.birthDate());
    LocalDate retires = ages.reachedOn(facts.gender(), facts.birthDate());
    LocalDate termEnds = appointmentDate.plusYears(criteria.termYears());
    Object[] args = {retires, age.getYears(), age.getMonths(), criteria.termYears(), termEnds};
    return termEnds.isAfter(retires)
        ? fail(Criterion.AGE, "eligibility.age.tooOld", args)
        : pass(Criterion.AGE, "eligibility.age.met", args);
  }
}
