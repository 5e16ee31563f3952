package org.sathach.exam;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Derives the seed of each paper from the one seed recorded for a part, so that only that seed
 * needs keeping secret until the session opens and recording afterwards, yet every candidate's
 * paper is different and can be re-drawn alone.
 *
 * <p>A seed is the first 8 bytes, big-endian, of SHA-256 over: a label in ASCII, one zero byte, the
 * parent seed as 8 big-endian bytes, then a name in UTF-8. The set seed uses label {@code
 * sathach/paper-set} and the set's name ({@code OFFICIAL} or {@code BACKUP}); the candidate seed
 * uses label {@code sathach/candidate}, the set seed and the candidate number (số báo danh) as
 * written.
 */
public final class PaperSeeds {
  private PaperSeeds() {}

  /** The seed of the official or backup set of a part. */
  public static long forSet(long partSeed, PaperSet set) {
    return derive("sathach/paper-set", partSeed, set.name());
  }

  /** The seed of one candidate's paper within a set. */
  public static long forCandidate(long setSeed, String candidateNumber) {
    Objects.requireNonNull(candidateNumber, "candidateNumber");
    if (candidateNumber.isBlank()) {
      throw new IllegalArgumentException("a candidate number cannot be blank");
    }
    return derive("sathach/candidate", setSeed, candidateNumber);
  }

  private static long derive(String label, long parent, String name) {
    byte[] labelBytes = label.getBytes(StandardCharsets.US_ASCII);
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    ByteBuffer input = ByteBuffer.allocate(labelBytes.length + 1 + 8 + nameBytes.length);
    input.put(labelBytes).put((byte) 0).putLong(parent).put(nameBytes);
    MessageDigest sha256 = DrawSequence.sha256();
    return DrawSequence.hashToLong(sha256, input.array());
  }
}
