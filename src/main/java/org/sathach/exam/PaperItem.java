package org.sathach.exam;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One question of a paper: the exact version shown, what it is worth, and the order its options are
 * shown in ({@code optionOrder.get(k)} is the original index of the option shown k-th; the identity
 * when options are not shuffled, empty when the version has none).
 */
public record PaperItem(long versionId, BigDecimal points, List<Integer> optionOrder) {

  public PaperItem {
    Objects.requireNonNull(points, "points");
    optionOrder = List.copyOf(optionOrder);
  }

  /**
   * Equal points compare by value, so that 1.0 and 1.00 read back from a database are the same
   * item.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof PaperItem item
        && versionId == item.versionId
        && points.compareTo(item.points) == 0
        && optionOrder.equals(item.optionOrder);
  }

  @Override
  public int hashCode() {
    return Objects.hash(versionId, points.stripTrailingZeros(), optionOrder);
  }
}
