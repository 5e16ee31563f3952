package org.sathach.marking;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only board marks of presentation parts, until the real scoring sheets exist: a test puts the
 * marks of its own part (part id → application id → mark) and the ranking reads them. A part nobody
 * filled has no marks, so its candidates stay pending.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FixedPresentationMarks implements PresentationMarks {
  /** Part id → (application id → mark on 100). Each test fills only the parts it built. */
  public static final Map<Long, Map<Long, BigDecimal>> MARKS = new ConcurrentHashMap<>();

  @Override
  public Map<Long, BigDecimal> marks(long partId) {
    return Map.copyOf(MARKS.getOrDefault(partId, Map.of()));
  }
}
