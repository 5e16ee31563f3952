package org.sathach.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A post's ranking: the passing candidates high to low by weighted total, ties broken by the post's
 * chain, and the failing candidates with their reasons (not ranked).
 *
 * <p>Ranks are numbered as in sport ("1, 2, 2, 4"): candidates in an unbroken tie share the better
 * rank and the next candidate's rank counts everyone above. Totals and the marks the chain compares
 * are the published ones (2 decimals), so two candidates whose printed totals are equal are tied,
 * and the printed figures explain every place. Within a shared rank, and in the failed list,
 * candidates are listed by candidate number, which decides nothing.
 */
public record Ranking(List<RankedCandidate> ranked, List<Standing> failed) {

  public Ranking {
    ranked = List.copyOf(ranked);
    failed = List.copyOf(failed);
  }

  public static Ranking of(
      PostRules rules,
      Collection<CandidateMarks> candidates,
      Collection<CommitteeDecision> decisions) {
    Map<String, CandidateMarks> marks = new LinkedHashMap<>();
    for (CandidateMarks c : candidates) {
      if (marks.put(c.candidate(), c) != null) {
        throw new IllegalArgumentException(c.candidate() + " is listed twice");
      }
    }
    Set<Set<String>> decided = new HashSet<>();
    for (CommitteeDecision d : decisions) {
      if (!decided.add(Set.copyOf(d.order()))) {
        throw new IllegalArgumentException("two decisions on the same tie: " + d.order());
      }
    }
    TreeMap<BigDecimal, List<String>> byTotal = new TreeMap<>(Comparator.reverseOrder());
    List<Standing> failed = new ArrayList<>();
    for (CandidateMarks c : marks.values()) {
      Standing standing = rules.judge(c);
      if (standing.passed()) {
        byTotal.computeIfAbsent(standing.total(), t -> new ArrayList<>()).add(c.candidate());
      } else {
        failed.add(standing);
      }
    }
    failed.sort(Comparator.comparing(Standing::candidate));
    TieBreaking tieBreaking = new TieBreaking(rules.tieBreaks(), marks, decisions);
    List<RankedCandidate> ranked = new ArrayList<>();
    for (Map.Entry<BigDecimal, List<String>> equal : byTotal.entrySet()) {
      for (TieBreaking.Place place : tieBreaking.order(equal.getValue())) {
        int rank = ranked.size() + 1;
        for (String candidate : place.candidates()) {
          ranked.add(
              new RankedCandidate(
                  candidate,
                  equal.getKey(),
                  rank,
                  place.decidedBy(),
                  place.tied(),
                  place.reason()));
        }
      }
    }
    return new Ranking(ranked, failed);
  }

  public Optional<RankedCandidate> find(String candidate) {
    return ranked.stream().filter(r -> r.candidate().equals(candidate)).findFirst();
  }

  public boolean hasUnbrokenTie() {
    return ranked.stream().anyMatch(RankedCandidate::unbrokenTie);
  }
}
