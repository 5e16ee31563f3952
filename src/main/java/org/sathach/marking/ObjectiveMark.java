package org.sathach.marking;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computer part's mark from its lines: the raw points are the exact sum of the lines, floored at
 * 0 (negative marking can take away what a candidate earned in the part, never more); the mark is
 * raw / available × 100, to 2 decimals half up ({@code null} when no objective question is
 * available). A question voided and removed counts in neither.
 */
public record ObjectiveMark(
    List<QuestionMark> lines, BigDecimal raw, BigDecimal available, BigDecimal mark) {

  public ObjectiveMark {
    lines = List.copyOf(lines);
  }

  public static ObjectiveMark of(List<QuestionMark> lines) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal available = BigDecimal.ZERO;
    for (QuestionMark line : lines) {
      sum = sum.add(line.awarded());
      available = available.add(line.available());
    }
    BigDecimal raw = sum.signum() < 0 ? BigDecimal.ZERO.setScale(MarkScale.POINTS_SCALE) : sum;
    // A paper of essays only has no objective points: its objective mark means nothing.
    BigDecimal mark = available.signum() == 0 ? null : MarkScale.scaled(raw, available);
    return new ObjectiveMark(lines, raw, available, mark);
  }
}
