/**
 * Ranking: per post, who passes (every part at or above its pass mark, none void), the weighted
 * total, the order high to low with the round's tie-break chain, the shortlist of the top
 * candidates with its reserve, the committee's sign-off quorum, and the dry run of a regrade's
 * impact on all of these.
 *
 * <p>The rules are plain Java over part marks from {@code marking}, so a committee can check a
 * ranking on paper: {@link org.sathach.ranking.PostRules} judges a candidate, {@link
 * org.sathach.ranking.Ranking} orders the passing ones, {@link org.sathach.ranking.Shortlist} cuts
 * the list, {@link org.sathach.ranking.SignOff} counts the committee's votes and {@link
 * org.sathach.ranking.RegradeImpact} compares two rankings. Totals use the published part marks and
 * the rounding of {@link org.sathach.marking.MarkScale}.
 */
package org.sathach.ranking;
