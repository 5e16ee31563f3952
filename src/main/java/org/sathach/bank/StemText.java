package org.sathach.bank;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.sathach.bank.format.TextHtml;

/**
 * The normalized text of a stem: no markup, lower case, no Vietnamese diacritics, single spaces.
 * Two stems that normalize alike are duplicates; search matches against it.
 */
public final class StemText {
  private StemText() {}

  public static String normalize(String html) {
    return fold(TextHtml.toPlainText(html));
  }

  /** Lower case without diacritics (đ becomes d) and with single spaces. */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('đ', 'd')
            .replace('Đ', 'D');
    return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  public static String hash(String normalized) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(normalized.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
