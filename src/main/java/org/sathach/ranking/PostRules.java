package org.sathach.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sathach.exam.PartKind;
import org.sathach.marking.MarkScale;
import org.sathach.marking.PartMark;

/**
 * The rules a post's candidates are judged and ranked by: its parts with pass marks and weights,
 * and the tie-break chain.
 *
 * <p><b>Pass:</b> a candidate passes only with a mark in every part, no part void, and every mark
 * at or above that part's pass mark (50 ≥ 50 passes). A candidate who fails is not ranked.
 *
 * <p><b>Weighted total:</b> the weighted mean of the published part marks, Σ weight × mark / Σ
 * weight, so the total stays on the 100-point scale whatever the weights; 2 decimals, half up. With
 * theory ×1, professional ×1 and presentation ×2, marks 70, 80 and 90 total (70 + 80 + 180) / 4 =
 * 82.50.
 *
 * <p><b>Tie-break chain:</b> by default {@link #DEFAULT_TIE_BREAKS}: the higher professional mark,
 * then the higher theory mark, then the committee's decision.
 */
public record PostRules(List<PartRule> parts, List<TieBreak> tieBreaks) {
  public static final List<TieBreak> DEFAULT_TIE_BREAKS =
      List.of(TieBreak.HIGHER_PROFESSIONAL, TieBreak.HIGHER_THEORY, TieBreak.COMMITTEE);

  public PostRules {
    parts = List.copyOf(parts);
    tieBreaks = List.copyOf(tieBreaks);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a post is examined in at least one part");
    }
    Set<PartKind> kinds = EnumSet.noneOf(PartKind.class);
    for (PartRule part : parts) {
      if (!kinds.add(part.kind())) {
        throw new IllegalArgumentException("the " + part.kind() + " part is given twice");
      }
    }
    if (Set.copyOf(tieBreaks).size() != tieBreaks.size()) {
      throw new IllegalArgumentException("a tie-break step is given twice: " + tieBreaks);
    }
    int committee = tieBreaks.indexOf(TieBreak.COMMITTEE);
    if (committee >= 0 && committee != tieBreaks.size() - 1) {
      throw new IllegalArgumentException("the committee's decision can only be the last step");
    }
    for (TieBreak step : tieBreaks) {
      if (step.part() != null && !kinds.contains(step.part())) {
        throw new IllegalArgumentException(step + " needs a " + step.part() + " part");
      }
    }
  }

  /** The given parts with the default tie-break chain. */
  public static PostRules of(List<PartRule> parts) {
    return new PostRules(parts, DEFAULT_TIE_BREAKS);
  }

  public Standing judge(CandidateMarks candidate) {
    List<FailReason> reasons = new ArrayList<>();
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (PartRule rule : parts) {
      PartMark mark = candidate.marks().get(rule.kind());
      if (mark == null) {
        reasons.add(new FailReason(rule.kind(), FailReason.Kind.NOT_MARKED, null, rule.passMark()));
        continue;
      }
      if (mark.voided()) {
        reasons.add(new FailReason(rule.kind(), FailReason.Kind.VOID, null, rule.passMark()));
        continue;
      }
      if (mark.mark().compareTo(rule.passMark()) < 0) {
        reasons.add(
            new FailReason(
                rule.kind(), FailReason.Kind.BELOW_PASS_MARK, mark.mark(), rule.passMark()));
      }
      weighted = weighted.add(rule.weight().multiply(mark.mark()));
      weights = weights.add(rule.weight());
    }
    boolean complete = reasons.stream().noneMatch(r -> r.kind() != FailReason.Kind.BELOW_PASS_MARK);
    BigDecimal total = complete ? MarkScale.mark(weighted, weights) : null;
    return new Standing(candidate.candidate(), total, reasons);
  }
}
