package org.sathach.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.sathach.audit.AuditEvent;
import org.sathach.audit.AuditTrail;
import org.sathach.bank.Choice;
import org.sathach.bank.QuestionData;
import org.sathach.bank.Questions;
import org.sathach.exam.PartKind;
import org.sathach.exam.RegradeFixtures;
import org.sathach.exam.RegradeFixtures.Sat;
import org.sathach.identity.Role;
import org.sathach.platform.Hashes;
import org.sathach.ranking.PostResult;
import org.sathach.ranking.PostResults;
import org.sathach.round.RoundFixtures;
import org.sathach.testing.CallerStandIn;
import org.sathach.testing.Deployments;

/**
 * Regrades on a real Payara Micro and database, in the container. Each test builds its own round
 * (see {@link RegradeFixtures}): four candidates C0–C3, theory of four 1-point questions, every
 * candidate 100 in the professional part, presentations 60 / 70 / 65 / 45. Parts weigh 1 each and
 * pass at 50; the post has one vacancy. Before any regrade (Q1 keyed A; C0 answers A, C1 B, C2 C,
 * C3 D; C1 gets only Q2 of Q2–Q4 right, the others all three):
 *
 * <pre>
 *        theory      total                       rank   place
 *   C0   4/4 = 100   (100 + 100 + 60) / 3 = 86.67   1   appointee
 *   C1   1/4 =  25   ( 25 + 100 + 70) / 3 = 65.00   -   fails theory
 *   C2   3/4 =  75   ( 75 + 100 + 65) / 3 = 80.00   2
 *   C3   3/4 =  75   ( 75 + 100 + 45) / 3 = 73.33   -   fails presentation
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class RegradeIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWith(
        RegradeIT.class, RegradeFixtures.class, RoundFixtures.class, CallerStandIn.class);
  }

  @Inject Regrades regrades;
  @Inject RegradeFixtures fixtures;
  @Inject PostResults results;
  @Inject Questions questions;
  @Inject AuditTrail audit;
  @Inject CallerStandIn caller;
  @PersistenceContext EntityManager em;

  /**
   * The key of Q1 is corrected to B (a later version of the question). After:
   *
   * <pre>
   *        theory      total                        rank  place
   *   C0   3/4 = 75    ( 75 + 100 + 60) / 3 = 78.33    2   (was 1, appointee)
   *   C1   2/4 = 50    ( 50 + 100 + 70) / 3 = 73.33    3   (now passes)
   *   C2   3/4 = 75    unchanged 80.00                 1   appointee (was 2)
   *   C3   3/4 = 75    unchanged 73.33, still fails    -   not listed
   * </pre>
   *
   * Two stored answers change (C0's and C1's Q1).
   */
  @Test
  void aLateKeyCorrectionChangesExactlyTheExpectedCandidates() {
    Sat sat = fixtures.submittedRound();
    long q1 = versionOf(sat, "Q1");
    QuestionData shown = questions.data(questions.version(q1));
    QuestionData fixed =
        shown.toBuilder()
            .choices(
                shown.choices().stream()
                    .map(c -> new Choice(c.text(), c.text().contains("PA-B")))
                    .toList())
            .build();
    long q1b = questions.edit(q1, fixed, "Đáp án đúng là B").getId();
    assertEquals(
        Map.of("C0", "100.00", "C1", "25.00", "C2", "75.00", "C3", "75.00"), theoryMarks(sat));

    String stored = checksum(sat.theoryPartId());
    RegradeResult dry = regrades.dryRun(sat.theoryPartId(), q1, RegradeAction.KEY_CORRECTED, q1b);
    assertEquals(stored, checksum(sat.theoryPartId()), "a dry run leaves no trace");
    assertEquals(4, dry.attempts());
    assertEquals(2, dry.answersChanged());
    Map<String, RegradeChange> changes = byLabel(sat, dry);
    assertEquals(Set.of("C0", "C1", "C2"), changes.keySet());
    expect(changes.get("C0"), "100.00", "75.00", "86.67", "78.33", 1, 2, true, true);
    assertEquals(RegradeLine.Place.APPOINTEE, changes.get("C0").before().place());
    assertNull(changes.get("C0").after().place());
    expect(changes.get("C1"), "25.00", "50.00", "65.00", "73.33", null, 3, false, true);
    expect(changes.get("C2"), "75.00", "75.00", "80.00", "80.00", 2, 1, true, true);
    assertEquals(RegradeLine.Place.APPOINTEE, changes.get("C2").after().place());

    String reason = "Đáp án câu Q1 bị sai: đáp án đúng là B";
    RegradeResult applied =
        regrades.apply(sat.theoryPartId(), q1, RegradeAction.KEY_CORRECTED, q1b, reason);
    assertEquals(dry, applied.withoutId(), "the dry run lists what applying does");
    assertEquals(
        Map.of("C0", "75.00", "C1", "50.00", "C2", "75.00", "C3", "75.00"), theoryMarks(sat));
    assertEquals(
        List.of("3.000/4.000", "2.000/4.000", "3.000/4.000", "3.000/4.000"),
        autoFigures(sat.theoryPartId()));

    List<AuditEvent> events =
        audit.latest(0, 50, "REGRADE_APPLIED", null).stream()
            .filter(e -> e.getTarget().equals("part:" + sat.theoryPartId()))
            .toList();
    assertEquals(1, events.size());
    assertEquals(reason, events.get(0).getReason());
    assertTrue(
        events
            .get(0)
            .getDetails()
            .contains("regrade #" + applied.regradeId() + " KEY_CORRECTED version:" + q1),
        events.get(0).getDetails());
    assertTrue(
        events.get(0).getDetails().contains("attempts 4, answers changed 2, candidates changed 3"));
    Regrade row = regrades.history(sat.theoryPartId()).get(0);
    assertEquals(reason, row.getReason());
    assertEquals(q1b, row.getCorrectedVersionId());
    assertEquals(applied.summary(), row.getChanges());
  }

  /**
   * Q4 is voided and removed: the theory is rescaled over Q1–Q3 (3 points). C0 3/3 = 100
   * (unchanged, not listed); C1 1/3 = 33.33, total (33.33 + 100 + 70) / 3 = 67.78; C2 2/3 = 66.67,
   * total (66.67 + 100 + 65) / 3 = 77.22; C3 2/3 = 66.67, total (66.67 + 100 + 45) / 3 = 70.56.
   * Ranks stay (C0 1, C2 2). Three stored answers change (Q4 right: C0, C2, C3).
   *
   * <p>Then Q1 is voided and counted as right for everyone: C0 3/3 = 100, C1 2/3 = 66.67 (now
   * passes, (66.67 + 100 + 70) / 3 = 78.89, rank 3), C2 3/3 = 100 ((100 + 100 + 65) / 3 = 88.33,
   * rank 1), C3 3/3 = 100 (still fails the presentation).
   */
  @Test
  void voidingRemovesAndRescalesOrCountsAsRightForAll() {
    Sat sat = fixtures.submittedRound();
    long q4 = versionOf(sat, "Q4");
    String stored = checksum(sat.theoryPartId());
    RegradeResult dry = regrades.dryRun(sat.theoryPartId(), q4, RegradeAction.VOID_REMOVE, null);
    assertEquals(stored, checksum(sat.theoryPartId()), "a dry run leaves no trace");
    assertEquals(3, dry.answersChanged());
    Map<String, RegradeChange> changes = byLabel(sat, dry);
    assertEquals(Set.of("C1", "C2", "C3"), changes.keySet());
    expect(changes.get("C1"), "25.00", "33.33", "65.00", "67.78", null, null, false, false);
    expect(changes.get("C2"), "75.00", "66.67", "80.00", "77.22", 2, 2, true, true);
    expect(changes.get("C3"), "75.00", "66.67", "73.33", "70.56", null, null, false, false);

    RegradeResult applied =
        regrades.apply(sat.theoryPartId(), q4, RegradeAction.VOID_REMOVE, null, "Câu Q4 sai đề");
    assertEquals(dry, applied.withoutId());
    assertEquals(
        Map.of("C0", "100.00", "C1", "33.33", "C2", "66.67", "C3", "66.67"), theoryMarks(sat));
    PostResult result = results.of(sat.postId());
    String c2 = sat.numbers().get("C2");
    assertEquals(
        0,
        new BigDecimal("3")
            .compareTo(result.entry(c2).orElseThrow().outcomes().get(PartKind.THEORY).available()),
        "the removed question leaves the paper's total");
    assertEquals(
        List.of("3.000/3.000", "1.000/3.000", "2.000/3.000", "2.000/3.000"),
        autoFigures(sat.theoryPartId()));
    assertEquals(
        "regrade.alreadyVoided",
        refusal(
            () ->
                regrades.apply(
                    sat.theoryPartId(), q4, RegradeAction.VOID_CORRECT, null, "lần nữa")));

    long q1 = versionOf(sat, "Q1");
    RegradeResult counted =
        regrades.apply(
            sat.theoryPartId(), q1, RegradeAction.VOID_CORRECT, null, "Câu Q1 có hai đáp án");
    assertEquals(
        Map.of("C0", "100.00", "C1", "66.67", "C2", "100.00", "C3", "100.00"), theoryMarks(sat));
    Map<String, RegradeChange> after = byLabel(sat, counted);
    expect(after.get("C1"), "33.33", "66.67", "67.78", "78.89", null, 3, false, true);
    expect(after.get("C2"), "66.67", "100.00", "77.22", "88.33", 2, 1, true, true);
    expect(after.get("C0"), "100.00", "100.00", "86.67", "86.67", 1, 2, true, true);
  }

  @Test
  void aReasonIsRequiredAndOnlyTheCommitteeRegrades() {
    Sat sat = fixtures.submittedRound();
    long q1 = versionOf(sat, "Q1");
    long q2 = versionOf(sat, "Q2");
    String stored = checksum(sat.theoryPartId());
    for (String blank : Arrays.asList(null, "", "   ")) {
      assertEquals(
          "regrade.reasonRequired",
          refusal(
              () ->
                  regrades.apply(sat.theoryPartId(), q1, RegradeAction.VOID_CORRECT, null, blank)));
    }
    assertEquals(
        "regrade.committeeOnly",
        refusal(
            () ->
                caller.as(
                    "rg-someone",
                    Set.of(Role.CANDIDATE),
                    () ->
                        regrades.apply(
                            sat.theoryPartId(), q1, RegradeAction.VOID_CORRECT, null, "x"))));
    assertEquals(
        "regrade.committeeOnly",
        refusal(
            () ->
                caller.as(
                    "rg-examiner",
                    Set.of(Role.EXAMINER),
                    () ->
                        regrades.dryRun(
                            sat.theoryPartId(), q1, RegradeAction.VOID_CORRECT, null))));
    assertEquals(
        "regrade.correctedRequired",
        refusal(() -> regrades.dryRun(sat.theoryPartId(), q1, RegradeAction.KEY_CORRECTED, null)));
    assertEquals(
        "regrade.notLater",
        refusal(() -> regrades.dryRun(sat.theoryPartId(), q1, RegradeAction.KEY_CORRECTED, q2)));
    assertEquals(stored, checksum(sat.theoryPartId()), "nothing refused leaves a trace");
    assertTrue(regrades.history(sat.theoryPartId()).isEmpty());
  }

  // ---- helpers -----------------------------------------------------------------------------

  private long versionOf(Sat sat, String question) {
    return regrades.questions(sat.theoryPartId()).stream()
        .filter(q -> q.excerpt().contains(sat.stems().get(question)))
        .findFirst()
        .orElseThrow()
        .versionId();
  }

  private Map<String, String> theoryMarks(Sat sat) {
    PostResult result = results.of(sat.postId());
    return sat.numbers().entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e ->
                    result
                        .entry(e.getValue())
                        .orElseThrow()
                        .mark(PartKind.THEORY)
                        .toPlainString()));
  }

  private static Map<String, RegradeChange> byLabel(Sat sat, RegradeResult result) {
    Map<String, String> labels =
        sat.numbers().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    return result.changes().stream()
        .collect(Collectors.toMap(c -> labels.get(c.candidate()), c -> c));
  }

  private static void expect(
      RegradeChange change,
      String markBefore,
      String markAfter,
      String totalBefore,
      String totalAfter,
      Integer rankBefore,
      Integer rankAfter,
      boolean passedBefore,
      boolean passedAfter) {
    String who = change.candidate();
    assertEquals(new BigDecimal(markBefore), change.before().partMark(), who);
    assertEquals(new BigDecimal(markAfter), change.after().partMark(), who);
    assertEquals(new BigDecimal(totalBefore), change.before().total(), who);
    assertEquals(new BigDecimal(totalAfter), change.after().total(), who);
    assertEquals(rankBefore, change.before().rank(), who);
    assertEquals(rankAfter, change.after().rank(), who);
    assertEquals(passedBefore, change.before().passed(), who);
    assertEquals(passedAfter, change.after().passed(), who);
  }

  /** Auto-marked points/maximum of the part's attempts, in candidate (C0…C3) order. */
  private List<String> autoFigures(long partId) {
    return rows(
            "SELECT t.auto_points, t.auto_max FROM attempt t JOIN seat s ON s.id = t.seat_id"
                + " JOIN application a ON a.id = s.application_id WHERE s.part_id = ?"
                + " ORDER BY a.id",
            partId)
        .stream()
        .map(r -> scaled(r[0]) + "/" + scaled(r[1]))
        .toList();
  }

  /**
   * A fingerprint of everything a regrade writes for the part: every answer's points, every
   * attempt's auto figures and row version, the part's voids and regrades, and the audit trail's
   * length.
   */
  private String checksum(long partId) {
    StringBuilder text = new StringBuilder();
    for (Object[] r :
        rows(
            "SELECT n.attempt_id, n.position, n.points FROM answer n"
                + " JOIN attempt t ON t.id = n.attempt_id JOIN seat s ON s.id = t.seat_id"
                + " WHERE s.part_id = ? ORDER BY n.attempt_id, n.position",
            partId)) {
      text.append(r[0]).append(':').append(r[1]).append('=').append(scaled(r[2])).append('\n');
    }
    for (Object[] r :
        rows(
            "SELECT t.id, t.auto_points, t.auto_max, t.row_version FROM attempt t"
                + " JOIN seat s ON s.id = t.seat_id WHERE s.part_id = ? ORDER BY t.id",
            partId)) {
      text.append(Arrays.toString(r)).append('\n');
    }
    text.append(rows("SELECT COUNT(*), 0 FROM question_void WHERE part_id = ?", partId).get(0)[0])
        .append(rows("SELECT COUNT(*), 0 FROM regrade WHERE part_id = ?", partId).get(0)[0])
        .append(' ')
        .append(audit.count(null, null));
    return Hashes.sha256(text.toString());
  }

  private List<Object[]> rows(String sql, long partId) {
    return ((List<?>) em.createNativeQuery(sql).setParameter(1, partId).getResultList())
        .stream().map(r -> (Object[]) r).toList();
  }

  private static String scaled(Object number) {
    return number == null
        ? "null"
        : new BigDecimal(number.toString()).setScale(3, java.math.RoundingMode.HALF_UP).toString();
  }

  private static String refusal(Executable call) {
    return assertThrows(MarkingProblem.class, call).messageKey();
  }
}
