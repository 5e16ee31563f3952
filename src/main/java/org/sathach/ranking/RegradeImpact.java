package org.sathach.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sathach.exam.PartKind;
import org.sathach.marking.PartMark;

/**
 * The dry run of a regrade for one post: the post ranked with the marks before and after (with the
 * same rules and committee decisions), and every candidate for whom anything a candidate or the
 * committee would see changes: a part mark, the total, pass or fail, the rank, or whether the rank
 * is shared in an unbroken tie. Nothing is applied; the ranking after may show a new unbroken tie,
 * which the shortlist will then wait on.
 */
public record RegradeImpact(Ranking before, Ranking after, List<Change> changes) {

  /**
   * One candidate's change. Totals and ranks are {@code null} where there is none (a failing
   * candidate has no rank; a void or missing part leaves no total).
   */
  public record Change(
      String candidate,
      List<PartKind> partsChanged,
      BigDecimal totalBefore,
      BigDecimal totalAfter,
      boolean passedBefore,
      boolean passedAfter,
      Integer rankBefore,
      Integer rankAfter,
      boolean tiedBefore,
      boolean tiedAfter) {}

  public RegradeImpact {
    changes = List.copyOf(changes);
  }

  public static RegradeImpact of(
      PostRules rules,
      Collection<CandidateMarks> before,
      Collection<CandidateMarks> after,
      Collection<CommitteeDecision> decisions) {
    Map<String, CandidateMarks> old = byCandidate(before);
    Map<String, CandidateMarks> now = byCandidate(after);
    if (!old.keySet().equals(now.keySet())) {
      throw new IllegalArgumentException("a regrade changes marks, not who the candidates are");
    }
    Ranking rankedBefore = Ranking.of(rules, before, decisions);
    Ranking rankedAfter = Ranking.of(rules, after, decisions);
    List<Change> changes = new ArrayList<>();
    for (String candidate : old.keySet().stream().sorted().toList()) {
      List<PartKind> parts = changedParts(old.get(candidate), now.get(candidate));
      Standing was = rules.judge(old.get(candidate));
      Standing is = rules.judge(now.get(candidate));
      Optional<RankedCandidate> placeWas = rankedBefore.find(candidate);
      Optional<RankedCandidate> placeIs = rankedAfter.find(candidate);
      Integer rankWas = placeWas.map(RankedCandidate::rank).orElse(null);
      Integer rankIs = placeIs.map(RankedCandidate::rank).orElse(null);
      boolean tiedWas = placeWas.map(RankedCandidate::unbrokenTie).orElse(false);
      boolean tiedIs = placeIs.map(RankedCandidate::unbrokenTie).orElse(false);
      boolean changed =
          !parts.isEmpty()
              || !sameNumber(was.total(), is.total())
              || was.passed() != is.passed()
              || !Objects.equals(rankWas, rankIs)
              || tiedWas != tiedIs;
      if (changed) {
        changes.add(
            new Change(
                candidate,
                parts,
                was.total(),
                is.total(),
                was.passed(),
                is.passed(),
                rankWas,
                rankIs,
                tiedWas,
                tiedIs));
      }
    }
    return new RegradeImpact(rankedBefore, rankedAfter, changes);
  }

  private static List<PartKind> changedParts(CandidateMarks was, CandidateMarks is) {
    List<PartKind> changed = new ArrayList<>();
    for (PartKind kind : PartKind.values()) {
      PartMark a = was.marks().get(kind);
      PartMark b = is.marks().get(kind);
      boolean same =
          a == null
              ? b == null
              : b != null && a.voided() == b.voided() && a.mark().compareTo(b.mark()) == 0;
      if (!same) {
        changed.add(kind);
      }
    }
    return changed;
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static Map<String, CandidateMarks> byCandidate(Collection<CandidateMarks> marks) {
    return marks.stream().collect(Collectors.toMap(CandidateMarks::candidate, Function.identity()));
  }
}
