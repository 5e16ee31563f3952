package org.sathach.ranking.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.sathach.exam.PartKind;

/**
 * The figures behind the committee's results charts, computed from the lines of a ranking.
 *
 * <ul>
 *   <li>Per part: the distribution of marks in {@link #BINS} bins of 10 points, 0–&lt;10,
 *       10–&lt;20, …, 90–100, the last one including 100; how many candidates have a mark ({@code
 *       marked}), how many have the part void ({@code voided}, not in the bins), how many reached
 *       the pass mark ({@code passes}), and the pass rate, {@code passes} out of {@code marked +
 *       voided}: a void part counts as sat and not passed, a part not marked yet does not count.
 *   <li>Overall: the candidates who passed every part (a mark at or above the pass mark in each,
 *       none void) out of all candidates.
 * </ul>
 *
 * Rates are percentages with 2 decimals, half up, and {@code null} when nothing counts yet.
 */
public record ResultStatistics(
    List<PartStatistics> parts, int candidates, int passedAll, BigDecimal passRate) {
  public static final int BINS = 10;
  private static final BigDecimal BIN_WIDTH = BigDecimal.TEN;

  public record PartStatistics(
      PartKind kind,
      BigDecimal passMark,
      List<Integer> bins,
      int marked,
      int voided,
      int passes,
      BigDecimal passRate) {
    public PartStatistics {
      bins = List.copyOf(bins);
    }
  }

  public ResultStatistics {
    parts = List.copyOf(parts);
  }

  public static ResultStatistics of(
      List<RankingReport.PartColumn> parts, List<RankingReport.Line> lines) {
    var statistics = new ArrayList<PartStatistics>();
    for (var part : parts) {
      var bins = new int[BINS];
      int marked = 0;
      int voided = 0;
      int passes = 0;
      for (var line : lines) {
        if (line.voided().contains(part.kind())) {
          voided++;
          continue;
        }
        var mark = line.marks().get(part.kind());
        if (mark == null) {
          continue;
        }
        marked++;
        bins[bin(mark)]++;
        passes += mark.compareTo(part.passMark()) >= 0 ? 1 : 0;
      }
      var counts = new ArrayList<Integer>();
      for (var count : bins) {
        counts.add(count);
      }
      statistics.add(
          new PartStatistics(
              part.kind(),
              part.passMark(),
              counts,
              marked,
              voided,
              passes,
              rate(passes, marked + voided)));
    }
    var passedAll = (int) lines.stream().filter(line -> passedEvery(parts, line)).count();
    return new ResultStatistics(statistics, lines.size(), passedAll, rate(passedAll, lines.size()));
  }

  /** The bin of a mark: its tens, with 100 in the last bin. */
  static int bin(BigDecimal mark) {
    var tens = mark.divideToIntegralValue(BIN_WIDTH).intValue();
    return Math.max(0, Math.min(BINS - 1, tens));
  }

  private static boolean passedEvery(
      List<RankingReport.PartColumn> parts, RankingReport.Line line) {
    for (var part : parts) {
      var mark = line.marks().get(part.kind());
      if (line.voided().contains(part.kind())
          || mark == null
          || mark.compareTo(part.passMark()) < 0) {
        return false;
      }
    }
    return true;
  }

  private static BigDecimal rate(int count, int of) {
    if (of == 0) {
      return null;
    }
    return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
  }
}
