package org.sathach.bank.format;

import java.util.ArrayList;
import java.util.List;
import org.sathach.bank.StemText;

/**
 * The columns of the Excel layout, in the order the writer puts them. The reader finds them by
 * their header instead of their position, so that a header typed by hand ("Mã", "Ma", "ID", "Mã
 * (ID)") is recognised whatever the diacritics, case or bracketed English.
 */
enum ExcelColumn {
  ID("Mã", "ID", 12),
  TOPIC("Chủ đề", "Topic", 32),
  TYPE("Loại", "Type", 18),
  LEVEL("Mức độ", "Level", 14),
  POINTS("Điểm", "Points", 8),
  TAGS("Thẻ", "Tags", 16),
  STEM("Nội dung câu hỏi", "Question", 50),
  ANSWER("Đáp án đúng", "Answer", 22),
  OPTION_1("Phương án 1", "Option 1", 26),
  OPTION_2("Phương án 2", "Option 2", 26),
  OPTION_3("Phương án 3", "Option 3", 26),
  OPTION_4("Phương án 4", "Option 4", 26),
  OPTION_5("Phương án 5", "Option 5", 26),
  OPTION_6("Phương án 6", "Option 6", 26),
  OPTION_7("Phương án 7", "Option 7", 26),
  OPTION_8("Phương án 8", "Option 8", 26),
  EXPLANATION("Giải thích", "Explanation", 36),
  GUIDE("Hướng dẫn chấm", "Marking guide", 36);

  /** The option columns, first to last. */
  static final List<ExcelColumn> OPTIONS =
      List.of(OPTION_1, OPTION_2, OPTION_3, OPTION_4, OPTION_5, OPTION_6, OPTION_7, OPTION_8);

  private final String vietnamese;
  private final String english;
  private final int width;

  ExcelColumn(String vietnamese, String english, int width) {
    this.vietnamese = vietnamese;
    this.english = english;
    this.width = width;
  }

  String vietnamese() {
    return vietnamese;
  }

  /** The header the writer puts in row 1, e.g. {@code Mức độ (Level)}. */
  String header() {
    return vietnamese + " (" + english + ")";
  }

  /** Width in characters. */
  int width() {
    return width;
  }

  /** The column a header names, or null. */
  static ExcelColumn byHeader(String text) {
    String folded = fold(text);
    List<String> candidates = new ArrayList<>(List.of(folded));
    int open = folded.indexOf('(');
    int close = folded.lastIndexOf(')');
    if (open > 0 && close > open) {
      candidates.add(folded.substring(0, open).strip());
      candidates.add(folded.substring(open + 1, close).strip());
    }
    for (ExcelColumn column : values()) {
      for (String candidate : candidates) {
        if (candidate.equals(fold(column.vietnamese)) || candidate.equals(fold(column.english))) {
          return column;
        }
      }
    }
    return null;
  }

  /** Lower case, without diacritics, spaces collapsed: how headers and codes are compared. */
  static String fold(String text) {
    return StemText.fold(text).replaceAll("[_-]+", " ").replaceAll("\\s+", " ");
  }
}
