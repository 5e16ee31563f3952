package org.sathach.bank.format;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Converts between plain text (GIFT, Aiken, spreadsheet cells, the project's own format) and the
 * HTML fragments the bank stores. Plain text becomes escaped HTML with line breaks as {@code <br>};
 * HTML becomes the text a reader sees, line breaks kept.
 */
public final class TextHtml {
  private TextHtml() {}

  public static String fromPlainText(String text) {
    if (text == null) {
      return null;
    }
    // Only what HTML needs escaped in text; quotes stay readable.
    return text.strip()
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\r\n", "\n")
        .replace("\n", "<br>");
  }

  public static String toPlainText(String html) {
    if (html == null) {
      return null;
    }
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings().prettyPrint(false);
    document.select("p, div, li").before("\\n");
    String text = document.body().wholeText().replace("\\n", "\n");
    return text.replaceAll("[ \\t]*\n[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }

  /** True when the HTML is nothing but text and line breaks, so plain text loses nothing. */
  public static boolean isPlain(String html) {
    return html == null
        || Jsoup.parseBodyFragment(html).body().select("*").stream()
            .allMatch(e -> e.tagName().equals("body") || e.tagName().equals("br"));
  }
}
