package org.sathach.bank.format;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Images that Moodle embeds in an exported text: {@code <img src="@@PLUGINFILE@@/hinh.png">} in the
 * HTML, and the file itself base64-encoded in a sibling {@code <file name="hinh.png"
 * encoding="base64">}. The bank keeps images inside the question as {@code data:} URIs, so each
 * reference is replaced by its file's content. Files that are not images are not taken (the reader
 * reports them).
 */
final class MoodleXmlFiles {
  private static final Map<String, String> IMAGE_TYPES =
      Map.of(
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "gif", "image/gif",
          "webp", "image/webp");
  private static final Pattern REFERENCE = Pattern.compile("@@PLUGINFILE@@/([^\"'\\s?#]+)");

  private MoodleXmlFiles() {}

  static boolean isImage(MoodleXmlElement file) {
    return mediaType(file.attribute("name")) != null
        && "base64".equalsIgnoreCase(String.valueOf(file.attribute("encoding")));
  }

  /** The HTML with every reference to an embedded image replaced by the image itself. */
  static String inline(String html, MoodleXmlElement owner) {
    if (!html.contains("@@PLUGINFILE@@")) {
      return html;
    }
    Matcher m = REFERENCE.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
      String replacement = m.group();
      for (MoodleXmlElement file : owner.children("file")) {
        if (name.equals(file.attribute("name")) && isImage(file)) {
          replacement = "data:" + mediaType(name) + ";base64," + file.text().replaceAll("\\s", "");
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String mediaType(String name) {
    if (name == null || name.lastIndexOf('.') < 0) {
      return null;
    }
    return IMAGE_TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
  }
}
