package org.sathach.ranking;

import java.math.BigDecimal;
import org.sathach.exam.PartKind;

/**
 * Why a candidate does not pass, one line per part, as the candidate will read it: the part has no
 * mark, was voided by a suspension, or is below its pass mark ({@code mark} and {@code passMark}
 * then say by how much).
 */
public record FailReason(PartKind part, Kind kind, BigDecimal mark, BigDecimal passMark) {
  public enum Kind {
    NOT_MARKED,
    VOID,
    BELOW_PASS_MARK
  }
}
