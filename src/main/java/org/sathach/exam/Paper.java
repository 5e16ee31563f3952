package org.sathach.exam;

import java.math.BigDecimal;
import java.util.List;

/** A candidate's paper (đề thi): the items in the order the candidate sees them. */
public record Paper(List<PaperItem> items) {

  public Paper {
    items = List.copyOf(items);
  }

  public List<Long> versionIds() {
    return items.stream().map(PaperItem::versionId).toList();
  }

  public BigDecimal totalPoints() {
    return items.stream().map(PaperItem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
