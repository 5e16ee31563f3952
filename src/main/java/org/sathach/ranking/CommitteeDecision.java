package org.sathach.ranking;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The committee's decision on candidates that the mark steps of the tie-break chain left tied:
 * their order, best first, and the recorded reason. It applies only to a tie of exactly these
 * candidates, so that after a regrade changes who is tied, an old decision cannot silently order a
 * new tie; the tie then shows again and the committee decides again.
 */
public record CommitteeDecision(List<String> order, String reason) {
  public CommitteeDecision {
    order = List.copyOf(order);
    if (order.size() < 2 || new HashSet<>(order).size() != order.size()) {
      throw new IllegalArgumentException("a decision orders two or more different candidates");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("the committee records why it decided so");
    }
  }

  /** Whether this decision is about exactly these candidates. */
  public boolean covers(Set<String> tied) {
    return tied.equals(Set.copyOf(order));
  }
}
