package org.sathach.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Orders candidates with equal totals by the chain's steps in turn: a mark step splits the group by
 * that part's mark, higher first, and passes each still-tied subgroup to the next step; the
 * committee step applies the decision that covers exactly the tied candidates. A group left when
 * the chain runs out, or with no such decision, is one place shared by all its candidates.
 */
final class TieBreaking {

  /** One place in the order: one candidate, or several in an unbroken tie. */
  record Place(List<String> candidates, TieBreak decidedBy, String reason) {
    boolean tied() {
      return candidates.size() > 1;
    }
  }

  private final List<TieBreak> chain;
  private final Map<String, CandidateMarks> marks;
  private final Collection<CommitteeDecision> decisions;

  TieBreaking(
      List<TieBreak> chain,
      Map<String, CandidateMarks> marks,
      Collection<CommitteeDecision> decisions) {
    this.chain = chain;
    this.marks = marks;
    this.decisions = decisions;
  }

  /** The places of candidates whose totals are equal, best first. */
  List<Place> order(List<String> equalTotals) {
    return order(equalTotals, 0, null);
  }

  private List<Place> order(List<String> group, int step, TieBreak decidedBy) {
    if (group.size() == 1) {
      return List.of(new Place(group, decidedBy, null));
    }
    if (step == chain.size()) {
      return List.of(new Place(sorted(group), null, null));
    }
    TieBreak tieBreak = chain.get(step);
    if (tieBreak == TieBreak.COMMITTEE) {
      Optional<CommitteeDecision> decision =
          decisions.stream().filter(d -> d.covers(Set.copyOf(group))).findFirst();
      if (decision.isEmpty()) {
        return List.of(new Place(sorted(group), null, null));
      }
      return decision.get().order().stream()
          .map(c -> new Place(List.of(c), TieBreak.COMMITTEE, decision.get().reason()))
          .toList();
    }
    TreeMap<BigDecimal, List<String>> byMark = new TreeMap<>(Comparator.reverseOrder());
    for (String candidate : group) {
      BigDecimal mark = marks.get(candidate).marks().get(tieBreak.part()).mark();
      byMark.computeIfAbsent(mark, m -> new ArrayList<>()).add(candidate);
    }
    List<Place> places = new ArrayList<>();
    for (List<String> sameMark : byMark.values()) {
      places.addAll(order(sameMark, step + 1, tieBreak));
    }
    return places;
  }

  private static List<String> sorted(List<String> group) {
    return group.stream().sorted().toList();
  }
}
