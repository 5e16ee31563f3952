package org.sathach.marking;

import java.math.BigDecimal;
import java.util.Map;

/** The board's marks of a presentation part, for the ranking. */
public interface PresentationMarks {
  /** Application id → the part's mark on 100, for candidates every board member has scored. */
  Map<Long, BigDecimal> marks(long partId);
}
