package org.sathach.bank;

/** The four cognitive levels of a blueprint (ma trận đề), lowest first. */
public enum Difficulty {
  NHAN_BIET("nhận biết"),
  THONG_HIEU("thông hiểu"),
  VAN_DUNG("vận dụng"),
  VAN_DUNG_CAO("vận dụng cao");

  private final String label;

  Difficulty(String label) {
    this.label = label;
  }

  /** The Vietnamese name, as written in the project's own format. */
  public String label() {
    return label;
  }

  /** Accepts the Vietnamese name with or without diacritics, or the constant's name. */
  public static Difficulty fromLabel(String text) {
    String wanted = fold(text);
    for (Difficulty level : values()) {
      if (fold(level.label).equals(wanted) || fold(level.name()).equals(wanted)) {
        return level;
      }
    }
    return null;
  }

  private static String fold(String text) {
    return StemText.fold(text).replaceAll("[_-]+", " ").replaceAll("\\s+", " ");
  }
}
