package org.sathach.marking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One candidate whose figures a regrade changes: the line before and the line after. Only
 * candidates with a difference are listed, in candidate-number order, so the dry run and the
 * applied regrade list exactly the same rows when they start from the same marks.
 */
public record RegradeChange(RegradeLine before, RegradeLine after) {

  public RegradeChange {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (!before.candidate().equals(after.candidate())) {
      throw new IllegalArgumentException("a change belongs to one candidate");
    }
  }

  /** The candidates whose figures differ, by candidate number. */
  public static List<RegradeChange> between(
      Collection<RegradeLine> before, Collection<RegradeLine> after) {
    Map<String, RegradeLine> was = byCandidate(before);
    Map<String, RegradeLine> is = byCandidate(after);
    if (!was.keySet().equals(is.keySet())) {
      throw new IllegalArgumentException("a regrade changes marks, not who the candidates are");
    }
    List<RegradeChange> changes = new ArrayList<>();
    for (String candidate : was.keySet().stream().sorted().toList()) {
      if (!was.get(candidate).sameFiguresAs(is.get(candidate))) {
        changes.add(new RegradeChange(was.get(candidate), is.get(candidate)));
      }
    }
    return changes;
  }

  public String candidate() {
    return before.candidate();
  }

  public boolean passChanged() {
    return before.passed() != after.passed();
  }

  /** One line of text, for the stored summary and the audit trail. */
  public String summary() {
    return candidate()
        + ": part "
        + text(before.partMark())
        + "->"
        + text(after.partMark())
        + " total "
        + text(before.total())
        + "->"
        + text(after.total())
        + " rank "
        + text(before.rank())
        + "->"
        + text(after.rank())
        + " passed "
        + before.passed()
        + "->"
        + after.passed()
        + " place "
        + text(before.place())
        + "->"
        + text(after.place());
  }

  private static String text(Object value) {
    if (value == null) {
      return "-";
    }
    return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
  }

  private static Map<String, RegradeLine> byCandidate(Collection<RegradeLine> lines) {
    Map<String, RegradeLine> map = new LinkedHashMap<>();
    for (RegradeLine line : lines) {
      if (map.put(line.candidate(), line) != null) {
        throw new IllegalArgumentException(line.candidate() + " is listed twice");
      }
    }
    return map;
  }
}
