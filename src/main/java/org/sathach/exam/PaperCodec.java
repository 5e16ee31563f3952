package org.sathach.exam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stored form of a paper: one item per {@code ;}, each {@code versionId:points:order} with the
 * option order comma-separated (empty when the version has no options). Plain text, so a paper can
 * be read in a database dump and compared by eye.
 */
public final class PaperCodec {
  private PaperCodec() {}

  public static String encode(Paper paper) {
    StringBuilder out = new StringBuilder();
    for (PaperItem item : paper.items()) {
      if (!out.isEmpty()) {
        out.append(';');
      }
      out.append(item.versionId()).append(':').append(item.points().toPlainString()).append(':');
      for (int k = 0; k < item.optionOrder().size(); k++) {
        out.append(k == 0 ? "" : ",").append(item.optionOrder().get(k));
      }
    }
    return out.toString();
  }

  /**
   * @throws IllegalArgumentException when the text is not a stored paper
   */
  public static Paper decode(String text) {
    List<PaperItem> items = new ArrayList<>();
    if (!text.isEmpty()) {
      for (String item : text.split(";")) {
        String[] parts = item.split(":", -1);
        if (parts.length != 3) {
          throw new IllegalArgumentException("not a paper item: " + item);
        }
        List<Integer> order =
            parts[2].isEmpty()
                ? List.of()
                : Arrays.stream(parts[2].split(",")).map(Integer::valueOf).toList();
        items.add(new PaperItem(Long.parseLong(parts[0]), new BigDecimal(parts[1]), order));
      }
    }
    return new Paper(items);
  }
}
