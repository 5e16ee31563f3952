package org.sathach.ranking;

import java.math.BigDecimal;
import java.util.List;

/**
 * A candidate judged by a post's rules: the weighted total ({@code null} when a part has no mark or
 * is void, since such a total would mean nothing) and the reasons for failing, none if the
 * candidate passes.
 */
public record Standing(String candidate, BigDecimal total, List<FailReason> reasons) {
  public Standing {
    reasons = List.copyOf(reasons);
  }

  public boolean passed() {
    return reasons.isEmpty();
  }
}
