package org.sathach.proctoring;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sathach.delivery.AnswersHash;
import org.sathach.platform.Hashes;

/**
 * The seal (niêm phong) of a closed session: one SHA-256 over every attempt's submitted answers, so
 * that the data handed over can be checked later by anyone who recomputes it from an export.
 *
 * <p>The input is one line per attempt, in candidate-number order, each {@code
 * number|attemptId|status|answersHash} followed by a line feed, in UTF-8. An attempt that was not
 * submitted has an empty answers hash. The answers hash is recomputed from the stored answers (see
 * {@link #answersHash}), the same rule delivery records at submission, so any change to any answer
 * changes the seal.
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
    return Hashes.sha256(text.toString());
  }

  /** The answers hash of one attempt, by delivery's rule ({@link AnswersHash}). */
  public static String answersHash(List<Long> versionIds, Map<Integer, String> responses) {
    return AnswersHash.of(versionIds, responses);
  }
}
