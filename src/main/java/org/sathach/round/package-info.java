/**
 * Selection rounds, their posts and eligibility criteria, and applications: a committee registers a
 * candidate or a candidate applies to an open round, the rules ({@link
 * org.sathach.round.Eligibility}, plain Java) judge every criterion, and the committee confirms or
 * overrides the verdict with a recorded reason. {@link org.sathach.round.Rounds} and {@link
 * org.sathach.round.Applications} are the boundaries; documents are stored in the database and
 * served only to their owner and the committee.
 *
 * <p>Message keys of {@link org.sathach.round.CriterionResult#reasonKey()}, with their arguments.
 * The texts are in the main bundle, {@code org/sathach/messages_vi.properties} and {@code _en}.
 * Enum arguments are shown through their own {@code messageKey()} ({@code eligibility.value.*});
 * dates are {@link java.time.LocalDate} and years {@link java.time.Year}, for the page to format.
 *
 * <ul>
 *   <li>{@code eligibility.theory.met}, {@code .tooLow}: {0} the candidate's level, {1} the minimum
 *   <li>{@code eligibility.stateManagement.met}, {@code .tooLow}: {0} the candidate's, {1} the
 *       minimum
 *   <li>{@code eligibility.degree.met}, {@code .tooLow}: {0} the candidate's, {1} the minimum
 *   <li>{@code eligibility.service.notRequired}: no arguments
 *   <li>{@code eligibility.service.none}: {0} years required
 *   <li>{@code eligibility.service.met}: {0} start date, {1} years required
 *   <li>{@code eligibility.service.tooShort}: {0} start date, {1} years required, {2} the date the
 *       years would be complete
 *   <li>{@code eligibility.rating.notRequired}: no arguments
 *   <li>{@code eligibility.rating.met}: {0} first rated year, {1} last rated year, {2} minimum
 *   <li>{@code eligibility.rating.missing}: {0} the year without a rating, {1} minimum
 *   <li>{@code eligibility.rating.tooLow}: {0} the year, {1} its rating, {2} minimum
 *   <li>{@code eligibility.discipline.notRequired}, {@code .none}, {@code .current}: no arguments
 *   <li>{@code eligibility.age.met}, {@code .tooOld}: {0} the day retirement age is reached, {1}
 *       and {2} that age in years and months, {3} the term in years, {4} the day the term ends
 *   <li>{@code eligibility.criterion.*}: the name of each {@link org.sathach.round.Criterion}
 * </ul>
 */
package org.sathach.round;
