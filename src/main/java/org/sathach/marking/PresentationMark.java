package org.sathach.marking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate's presentation mark from the board's scoring sheets.
 *
 * <p>Each sheet's total is the sum of its criteria scores, out of the sum of the criteria's maxima
 * (the sheet maximum). The mark is the mean of the counted totals on the 100-point scale: Σ counted
 * totals × 100 / (number counted × sheet maximum), one division, 2 decimals half up. With {@link
 * BoardAggregation#TRIMMED_MEAN} the highest and the lowest total are not counted; among equal
 * totals the sheet of the member whose name sorts first is the one set aside, which changes the
 * names in the record but never the mark.
 */
public record PresentationMark(
    Map<String, BigDecimal> totals, List<String> setAside, BigDecimal sheetMax, BigDecimal mark) {

  public PresentationMark {
    totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
    setAside = List.copyOf(setAside);
  }

  public static PresentationMark of(
      List<PresentationCriterion> criteria, List<ScoringSheet> sheets, BoardAggregation how) {
    if (sheets.isEmpty()) {
      throw new IllegalArgumentException("no scoring sheet yet");
    }
    if (how == BoardAggregation.TRIMMED_MEAN && sheets.size() < 3) {
      throw new IllegalArgumentException(
          "a trimmed mean needs at least 3 sheets: " + sheets.size());
    }
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    for (ScoringSheet sheet : sheets) {
      if (totals.put(sheet.member(), sheet.total(criteria)) != null) {
        throw new IllegalArgumentException(sheet.member() + " has filled two sheets");
      }
    }
    Map<String, BigDecimal> counted = new LinkedHashMap<>(totals);
    List<String> setAside = new ArrayList<>();
    if (how == BoardAggregation.TRIMMED_MEAN) {
      // Of equal totals, the member whose name sorts first is set aside, at either end.
      Comparator<Map.Entry<String, BigDecimal>> byTotal = Map.Entry.comparingByValue();
      Comparator<Map.Entry<String, BigDecimal>> byName = Map.Entry.comparingByKey();
      String highest =
          counted.entrySet().stream()
              .max(byTotal.thenComparing(byName.reversed()))
              .orElseThrow()
              .getKey();
      counted.remove(highest);
      String lowest =
          counted.entrySet().stream().min(byTotal.thenComparing(byName)).orElseThrow().getKey();
      counted.remove(lowest);
      setAside.add(highest);
      setAside.add(lowest);
    }
    BigDecimal sum = counted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal sheetMax = ScoringSheet.maxTotal(criteria);
    BigDecimal mark = MarkScale.scaled(sum, sheetMax.multiply(BigDecimal.valueOf(counted.size())));
    return new PresentationMark(totals, setAside, sheetMax, mark);
  }
}
