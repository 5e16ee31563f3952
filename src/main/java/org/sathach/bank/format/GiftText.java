package org.sathach.bank.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GIFT's escaping rules in one place, so that the reader and the writer agree on them: a backslash
 * makes {@code ~ = # { } :} literal, {@code \n} is a line break and {@code \\} a backslash; the
 * reader looks for markers only where they are not escaped.
 */
final class GiftText {
  /** A leading answer weight, such as {@code %50%} or {@code %-33.33333%}. */
  static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");

  private static final Pattern MARKER =
      Pattern.compile("^\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);
  private static final String ESCAPABLE = "\\~=#{}:";

  private GiftText() {}

  /** The text formats a GIFT text may declare with a leading {@code [name]}. */
  enum Format {
    HTML,
    MOODLE,
    PLAIN,
    MARKDOWN;

    /** The stored HTML for a text already unescaped. Markdown is kept as plain text. */
    String toHtml(String text) {
      return switch (this) {
        case HTML -> text.strip();
        case MOODLE -> text.strip().replace("\n", "<br>");
        case PLAIN, MARKDOWN -> TextHtml.fromPlainText(text);
      };
    }
  }

  /** A piece of an answer list: where it starts, the marker before it (0 if none), its text. */
  record Piece(int offset, char marker, String text) {}

  /** Index of the first unescaped {@code token} at or after {@code from}, or -1. */
  static int find(String s, String token, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.startsWith(token, i) && i + token.length() <= to) {
        return i;
      }
    }
    return -1;
  }

  static int find(String s, String token, int from) {
    return find(s, token, from, s.length());
  }

  /** Cuts {@code s[from, to)} before every unescaped character of {@code markers}. */
  static List<Piece> split(String s, int from, int to, String markers) {
    List<Piece> pieces = new ArrayList<>();
    int start = from;
    char marker = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (markers.indexOf(c) >= 0) {
        pieces.add(new Piece(start, marker, s.substring(start, i)));
        start = i + 1;
        marker = c;
      }
    }
    pieces.add(new Piece(start, marker, s.substring(start, to)));
    return pieces;
  }

  /** The text before the first unescaped {@code #}: what follows is feedback we do not keep. */
  static String withoutFeedback(String s) {
    int hash = find(s, "#", 0);
    return hash < 0 ? s : s.substring(0, hash);
  }

  /** A text of the file as stored HTML, honouring its own {@code [format]} or the default. */
  static String html(String raw, Format byDefault) {
    String text = raw.strip();
    Format format = byDefault;
    Matcher m = MARKER.matcher(text);
    if (m.find()) {
      format = Format.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      text = text.substring(m.end());
    }
    return format.toHtml(unescape(text));
  }

  /** The format a question declares at {@code s[from..]}, or null. */
  static Format formatAt(String s, int from) {
    Matcher m = MARKER.matcher(s).region(from, s.length());
    return m.lookingAt() ? Format.valueOf(m.group(1).toUpperCase(Locale.ROOT)) : null;
  }

  static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        if (next == 'n') {
          out.append('\n');
        } else if (ESCAPABLE.indexOf(next) >= 0) {
          out.append(next);
        } else {
          out.append(c).append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c == '\n') {
        out.append("\\n");
      } else if (ESCAPABLE.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
