package org.sathach.exam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The blueprint (ma trận đề) of one computer-marked part: the rows every paper of the part must
 * follow exactly.
 *
 * <p>Rows may overlap (a row for {@code /1/} and one for {@code /1/7/} at the same difficulty).
 * Each question then belongs to the <em>most specific</em> matching row, the one with the longest
 * topic path: the broader row means "the rest of that subtree". So every question feeds at most one
 * cell, coverage never counts a question twice, and a paper never holds a version twice.
 */
public record Blueprint(List<BlueprintRow> rows) {

  public Blueprint {
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a blueprint needs at least one row");
    }
    Set<String> cells = new HashSet<>();
    for (BlueprintRow row : rows) {
      if (!cells.add(row.topicPath() + row.difficulty())) {
        throw new IllegalArgumentException("cell " + row.cellName() + " appears twice");
      }
    }
  }

  public int totalQuestions() {
    return rows.stream().mapToInt(BlueprintRow::count).sum();
  }

  public BigDecimal totalPoints() {
    return rows.stream().map(BlueprintRow::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The index of the row the question belongs to, or -1 when no row takes it. */
  public int rowOf(PoolQuestion question) {
    int best = -1;
    for (int i = 0; i < rows.size(); i++) {
      BlueprintRow row = rows.get(i);
      if (row.matches(question)
          && (best < 0 || row.topicPath().length() > rows.get(best).topicPath().length())) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Sorts a snapshot into cells, one list per row in row order, each in ascending version id, so
   * the order the database returned the snapshot in never matters.
   *
   * @throws IllegalArgumentException when the snapshot lists a version twice
   */
  public List<List<PoolQuestion>> cells(List<PoolQuestion> snapshot) {
    List<PoolQuestion> sorted = new ArrayList<>(snapshot);
    sorted.sort(Comparator.comparingLong(PoolQuestion::versionId));
    List<List<PoolQuestion>> cells = new ArrayList<>();
    rows.forEach(row -> cells.add(new ArrayList<>()));
    for (int i = 0; i < sorted.size(); i++) {
      PoolQuestion question = sorted.get(i);
      if (i > 0 && sorted.get(i - 1).versionId() == question.versionId()) {
        throw new IllegalArgumentException("version " + question.versionId() + " listed twice");
      }
      int row = rowOf(question);
      if (row >= 0) {
        cells.get(row).add(question);
      }
    }
    return cells.stream().map(List::copyOf).toList();
  }
}
