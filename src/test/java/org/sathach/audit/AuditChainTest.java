package org.sathach.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {
  private static final Instant T0 = Instant.parse("2026-11-27T08:00:00.123456789Z");

  private static List<AuditRecord> chainOf(int size) {
    List<AuditRecord> rows = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    for (int seq = 1; seq <= size; seq++) {
      Instant at = AuditChain.truncate(T0.plusSeconds(seq));
      String hash =
          AuditChain.hash(seq, at, "admin", "USER_CREATED", "user:u" + seq, "roles", null, prev);
      rows.add(
          new AuditRecord(
              seq, at, "admin", "USER_CREATED", "user:u" + seq, "roles", null, prev, hash));
      prev = hash;
    }
    return rows;
  }

  private static Optional<BrokenLink> walk(List<AuditRecord> rows, long headSeq, String headHash) {
    AuditChain chain = new AuditChain();
    for (AuditRecord row : rows) {
      Optional<BrokenLink> broken = chain.check(row);
      if (broken.isPresent()) {
        return broken;
      }
    }
    return chain.checkEnd(headSeq, headHash);
  }

  private static AuditRecord withDetails(AuditRecord r, String details) {
    return new AuditRecord(
        r.seq(),
        r.occurredAt(),
        r.actor(),
        r.action(),
        r.target(),
        details,
        r.reason(),
        r.prevHash(),
        r.hash());
  }

  @Test
  void intactChainVerifies() {
    List<AuditRecord> rows = chainOf(5);
    assertThat(walk(rows, 5, rows.get(4).hash())).isEmpty();
  }

  @Test
  void emptyChainVerifiesAgainstGenesisHead() {
    assertThat(walk(List.of(), 0, AuditChain.GENESIS)).isEmpty();
  }

  @Test
  void alteredRowIsFoundAtItsSequence() {
    List<AuditRecord> rows = chainOf(5);
    rows.set(2, withDetails(rows.get(2), "roles=[ADMIN]"));
    Optional<BrokenLink> broken = walk(rows, 5, rows.get(4).hash());
    assertThat(broken).get().extracting(BrokenLink::seq).isEqualTo(3L);
    assertThat(broken.get().kind()).isEqualTo(BrokenLink.Kind.ALTERED);
  }

  @Test
  void alteredRowWithRecomputedHashBreaksTheNextLink() {
    List<AuditRecord> rows = chainOf(5);
    AuditRecord r = rows.get(1);
    String forged =
        AuditChain.hash(
            r.seq(),
            r.occurredAt(),
            r.actor(),
            r.action(),
            r.target(),
            "forged",
            r.reason(),
            r.prevHash());
    rows.set(
        1,
        new AuditRecord(
            r.seq(),
            r.occurredAt(),
            r.actor(),
            r.action(),
            r.target(),
            "forged",
            r.reason(),
            r.prevHash(),
            forged));
    Optional<BrokenLink> broken = walk(rows, 5, rows.get(4).hash());
    assertThat(broken).get().extracting(BrokenLink::seq).isEqualTo(3L);
    assertThat(broken.get().kind()).isEqualTo(BrokenLink.Kind.LINK_MISMATCH);
  }

  @Test
  void deletedRowIsReportedMissing() {
    List<AuditRecord> rows = chainOf(5);
    String head = rows.get(4).hash();
    rows.remove(2);
    Optional<BrokenLink> broken = walk(rows, 5, head);
    assertThat(broken).get().extracting(BrokenLink::kind).isEqualTo(BrokenLink.Kind.MISSING);
    assertThat(broken.get().seq()).isEqualTo(4L);
  }

  @Test
  void deletedTailIsFoundThroughTheHead() {
    List<AuditRecord> rows = chainOf(5);
    String head = rows.get(4).hash();
    rows.remove(4);
    assertThat(walk(rows, 5, head))
        .get()
        .extracting(BrokenLink::kind)
        .isEqualTo(BrokenLink.Kind.MISSING);
  }

  @Test
  void reorderedRowsAreDetected() {
    List<AuditRecord> rows = chainOf(5);
    // Swap the content of rows 2 and 3 but keep the sequence numbers in order.
    AuditRecord two = rows.get(1);
    AuditRecord three = rows.get(2);
    rows.set(
        1,
        new AuditRecord(
            2,
            three.occurredAt(),
            three.actor(),
            three.action(),
            three.target(),
            three.details(),
            three.reason(),
            three.prevHash(),
            three.hash()));
    rows.set(
        2,
        new AuditRecord(
            3,
            two.occurredAt(),
            two.actor(),
            two.action(),
            two.target(),
            two.details(),
            two.reason(),
            two.prevHash(),
            two.hash()));
    Optional<BrokenLink> broken = walk(rows, 5, rows.get(4).hash());
    assertThat(broken).get().extracting(BrokenLink::seq).isEqualTo(2L);
    assertThat(broken.get().kind()).isEqualTo(BrokenLink.Kind.LINK_MISMATCH);
  }

  @Test
  void rowsReturnedOutOfSequenceAreDetected() {
    List<AuditRecord> rows = chainOf(3);
    List<AuditRecord> swapped = List.of(rows.get(0), rows.get(2), rows.get(1));
    assertThat(walk(swapped, 3, rows.get(2).hash())).isPresent();
  }

  @Test
  void hashSeparatesFieldsSoShiftedTextDoesNotCollide() {
    Instant at = AuditChain.truncate(T0);
    String a = AuditChain.hash(1, at, "ab", "c", null, null, null, AuditChain.GENESIS);
    String b = AuditChain.hash(1, at, "a", "bc", null, null, null, AuditChain.GENESIS);
    String c = AuditChain.hash(1, at, "a", "bc", "", null, null, AuditChain.GENESIS);
    String d = AuditChain.hash(1, at, "a", "bc", null, null, null, AuditChain.GENESIS);
    assertThat(a).isNotEqualTo(b).hasSize(64);
    assertThat(c).isNotEqualTo(d);
  }

  @Test
  void timestampsAreKeptToTheMicrosecondLikeTheColumn() {
    assertThat(AuditChain.truncate(T0)).isEqualTo(Instant.parse("2026-11-27T08:00:00.123456Z"));
  }
}
