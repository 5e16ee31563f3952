package org.sathach.ranking;

import java.util.List;

/**
 * The shortlist of a post (danh sách đề nghị bổ nhiệm): the first {@code vacancies} ranked
 * candidates (default 1) proposed for appointment, then up to {@code reserve} more in order, to be
 * called if an appointee withdraws. With fewer passing candidates the list is shorter; {@code
 * unfilled} says how many vacancies no one can fill.
 *
 * <p><b>When an unbroken tie blocks it:</b> when the tied candidates straddle the vacancy line or
 * the reserve line, or stand within the reserve, because then who is proposed, or who is called
 * first, depends on the tie. The shortlist is then empty and {@code blockedBy} names the tied
 * candidates until the committee decides ({@link CommitteeDecision}). A tie wholly among the
 * appointees (all of them are proposed either way) or wholly below the shortlist does not block;
 * the ranking still shows it.
 */
public record Shortlist(
    List<RankedCandidate> appointees,
    List<RankedCandidate> reserves,
    int unfilled,
    List<String> blockedBy) {

  public Shortlist {
    appointees = List.copyOf(appointees);
    reserves = List.copyOf(reserves);
    blockedBy = List.copyOf(blockedBy);
  }

  public static Shortlist of(Ranking ranking, int vacancies, int reserve) {
    if (vacancies < 1 || reserve < 0) {
      throw new IllegalArgumentException("at least one vacancy and no negative reserve");
    }
    List<RankedCandidate> ranked = ranking.ranked();
    int places = Math.min(vacancies + reserve, ranked.size());
    for (int start = 0; start < places; ) {
      int rank = ranked.get(start).rank();
      int end = start;
      while (end < ranked.size() && ranked.get(end).rank() == rank) {
        end++;
      }
      // Places start..end−1 share one rank. A tie there matters when it reaches into the
      // shortlist (start < places, as the loop ensures) and beyond the appointees.
      if (ranked.get(start).unbrokenTie() && end > vacancies) {
        List<String> tied =
            ranked.subList(start, end).stream().map(RankedCandidate::candidate).toList();
        return new Shortlist(List.of(), List.of(), 0, tied);
      }
      start = end;
    }
    int appointed = Math.min(vacancies, ranked.size());
    return new Shortlist(
        ranked.subList(0, appointed),
        ranked.subList(appointed, places),
        vacancies - appointed,
        List.of());
  }

  public boolean blocked() {
    return !blockedBy.isEmpty();
  }
}
