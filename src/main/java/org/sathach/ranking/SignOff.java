package org.sathach.ranking;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The count of the committee's votes on a post's shortlist.
 *
 * <ul>
 *   <li><b>Recusal:</b> a member who declared a conflict of interest for any candidate of the post
 *       is recused from the whole shortlist, since approving it is one decision about all of its
 *       candidates. A recused member does not vote and does not count in the quorum's base.
 *   <li><b>Quorum:</b> the shortlist is final when the approvals reach {@link Quorum#needed} of the
 *       members who may vote (by default more than half).
 *   <li><b>Objections</b> are recorded with their reason for the minutes and count against the
 *       quorum only by not being approvals: they are not a veto. When so many have objected that
 *       the quorum cannot be reached even if everyone still silent approves, the count says so
 *       ({@link Status#CANNOT_REACH}), and the shortlist goes back to the committee.
 *   <li>Each member has one current vote; a member who changes their mind replaces it before the
 *       count.
 * </ul>
 */
public record SignOff(int voters, int needed, int approvals, int objections, Status status) {

  public enum Status {
    /** Not final yet, and enough members have not voted to still reach the quorum. */
    OPEN,
    /** The approvals reached the quorum: the shortlist is final and frozen. */
    FINAL,
    /** The quorum can no longer be reached with the votes still to come, or no one may vote. */
    CANNOT_REACH
  }

  public static SignOff count(
      Set<String> members, Set<String> recused, List<Vote> votes, Quorum quorum) {
    if (!members.containsAll(recused)) {
      throw new IllegalArgumentException("only a committee member can be recused");
    }
    Set<String> voted = new HashSet<>();
    int approvals = 0;
    for (Vote vote : votes) {
      if (!members.contains(vote.member()) || recused.contains(vote.member())) {
        throw new IllegalArgumentException(vote.member() + " may not vote on this shortlist");
      }
      if (!voted.add(vote.member())) {
        throw new IllegalArgumentException(vote.member() + " has voted twice");
      }
      approvals += vote.stance() == Vote.Stance.APPROVE ? 1 : 0;
    }
    int voters = members.size() - recused.size();
    int needed = quorum.needed(voters);
    int objections = votes.size() - approvals;
    int silent = voters - votes.size();
    Status status =
        approvals >= needed
            ? Status.FINAL
            : approvals + silent < needed ? Status.CANNOT_REACH : Status.OPEN;
    return new SignOff(voters, needed, approvals, objections, status);
  }

  /**
   * The members recused from a post's shortlist: those whose declared conflicts of interest name
   * any of its candidates.
   */
  public static Set<String> recused(
      Map<String, Set<String>> conflictsByMember, Collection<String> candidates) {
    return conflictsByMember.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(candidates::contains))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }
}
