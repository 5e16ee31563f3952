package org.sathach.bank;

/**
 * Something wrong with a question or a file, where it is ({@code line} or spreadsheet row, 0 when
 * unknown) and what: {@code key} is a message key of the {@code messages} bundle (the text takes
 * the line as {0} and {@code detail} as {1}); {@code detail} is the offending text or a short
 * technical reason, not translated.
 */
public record Problem(int line, String key, String detail) {
  public Problem {
    detail = detail == null ? "" : detail;
  }

  public static Problem at(int line, String key) {
    return new Problem(line, key, "");
  }

  public static Problem at(int line, String key, String detail) {
    return new Problem(line, key, detail);
  }
}
