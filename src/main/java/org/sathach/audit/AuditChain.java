package org.sathach.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The rules of the hash chain, free of any container so they can be tested alone: how a row's hash
 * is computed and how a sequence of rows is checked link by link.
 */
public final class AuditChain {
  /** The previous hash of the first row. */
  public static final String GENESIS = "0".repeat(64);

  private long expectedSeq = 1;
  private String expectedPrev = GENESIS;
  private long checked;

  /** Timestamps are kept to the microsecond, the precision of a {@code DATETIME(6)} column. */
  public static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** The SHA-256, in lower-case hex, of a row's content and its predecessor's hash. */
  public static String hash(
      long seq,
      Instant occurredAt,
      String actor,
      String action,
      String target,
      String details,
      String reason,
      String prevHash) {
    StringBuilder canonical = new StringBuilder();
    field(canonical, Long.toString(seq));
    field(canonical, truncate(occurredAt).toString());
    field(canonical, actor);
    field(canonical, action);
    field(canonical, target);
    field(canonical, details);
    field(canonical, reason);
    field(canonical, prevHash);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Length-prefixed, so that no two different rows can produce the same text. */
  private static void field(StringBuilder out, String value) {
    if (value == null) {
      out.append("-1:");
    } else {
      out.append(value.length()).append(':').append(value);
    }
    out.append('|');
  }

  /** Recomputes a record's hash from its content. */
  public static String hashOf(AuditRecord r) {
    return hash(
        r.seq(),
        r.occurredAt(),
        r.actor(),
        r.action(),
        r.target(),
        r.details(),
        r.reason(),
        r.prevHash());
  }

  /**
   * Checks the next row of the chain in sequence order; returns the broken link if this row breaks
   * it. Call with rows ordered by {@code seq}, starting from the first.
   */
  public Optional<BrokenLink> check(AuditRecord row) {
    if (row.seq() != expectedSeq) {
      return Optional.of(
          new BrokenLink(
              row.seq(),
              row.seq() > expectedSeq ? BrokenLink.Kind.MISSING : BrokenLink.Kind.OUT_OF_ORDER,
              "expected row " + expectedSeq + " but found row " + row.seq()));
    }
    if (!expectedPrev.equals(row.prevHash())) {
      return Optional.of(
          new BrokenLink(
              row.seq(),
              BrokenLink.Kind.LINK_MISMATCH,
              "row " + row.seq() + " does not point at the hash of the row before it"));
    }
    if (!hashOf(row).equals(row.hash())) {
      return Optional.of(
          new BrokenLink(
              row.seq(),
              BrokenLink.Kind.ALTERED,
              "row " + row.seq() + " content does not match its hash"));
    }
    expectedSeq++;
    expectedPrev = row.hash();
    checked++;
    return Optional.empty();
  }

  /** Checks that the chain ends where the recorded head says it does (a deleted tail). */
  public Optional<BrokenLink> checkEnd(long headSeq, String headHash) {
    if (checked != headSeq || !expectedPrev.equals(headHash)) {
      return Optional.of(
          new BrokenLink(
              expectedSeq,
              BrokenLink.Kind.MISSING,
              "the chain ends at row " + checked + " but its head records row " + headSeq));
    }
    return Optional.empty();
  }

  public long checked() {
    return checked;
  }
}
