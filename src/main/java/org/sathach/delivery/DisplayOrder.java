package org.sathach.delivery;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a question's matching answers or ordering items are shown. Their stored order
 * is the key (the right answer of the first prompt, the correct sequence), so it must never be the
 * order shown, whatever the part's shuffle setting: the items are sorted by a SHA-256 of the
 * paper's seed, the question's position and the item's index, and if that happens to give the order
 * to avoid, it is rotated by one. Deterministic, so a re-opened page and the marking see the same
 * order.
 */
public final class DisplayOrder {
  private DisplayOrder() {}

  /**
   * A permutation of 0..size-1 ({@code result.get(d)} is the stored index shown at display position
   * d) that differs from {@code avoid} when size is at least 2.
   */
  public static List<Integer> scrambled(long seed, int position, int size, List<Integer> avoid) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> key(seed, position, i), Comparator.naturalOrder()));
    if (size > 1 && order.equals(avoid)) {
      order.add(order.remove(0));
    }
    return order;
  }

  private static String key(long seed, int position, int index) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest(
              ByteBuffer.allocate(32)
                  .put("sathach/display".getBytes(StandardCharsets.US_ASCII))
                  .putLong(seed)
                  .putInt(position)
                  .putInt(index)
                  .array());
      return java.util.HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
