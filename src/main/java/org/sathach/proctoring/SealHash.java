package org.sathach.proctoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The seal (niêm phong) of a closed session: one SHA-256 over every attempt's submitted answers, so
 * that the data handed over can be checked later by anyone who recomputes it from an export.
 *
 * <p>The input is one line per attempt, in candidate-number order, each {@code
 * number|attemptId|status|answersHash} followed by a line feed, in UTF-8. An attempt that was not
 * submitted has an empty answers hash. Any change to any answer changes that attempt's answers hash
 * and so the seal.
 */
public final class SealHash {
  private SealHash() {}

  /** One attempt as the seal sees it. */
  public record Entry(String candidateNumber, long attemptId, String status, String answersHash) {
    public Entry {
      Objects.requireNonNull(candidateNumber, "candidateNumber");
      Objects.requireNonNull(status, "status");
    }

    String line() {
      return candidateNumber
          + "|"
          + attemptId
          + "|"
          + status
          + "|"
          + (answersHash == null ? "" : answersHash)
          + "\n";
    }
  }

  public static String of(List<Entry> entries) {
    StringBuilder text = new StringBuilder();
    entries.stream()
        .sorted(Comparator.comparing(Entry::candidateNumber).thenComparing(Entry::attemptId))
        .forEach(e -> text.append(e.line()));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
