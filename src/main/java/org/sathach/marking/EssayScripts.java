package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sathach.audit.AuditTrail;
import org.sathach.exam.ExamPart;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.platform.Callers;

/**
 * Blind double marking of essays. Every essay answered is opened at submit as a script with an
 * anonymous code and given to the two least-loaded markers of its part; a marker sees the code, the
 * question, its rubric and the text, never the candidate and never another marker's mark. When both
 * marks are in and differ by no more than the part's threshold the mean counts; otherwise the head
 * of the marking board marks it a third time, blind too, and that mark counts.
 */
@ApplicationScoped
@Transactional
public class EssayScripts {
  private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  /** Opens the script of one essay answer at submit and assigns its two markers if known. */
  public EssayScript open(
      ExamPart part, long attemptId, int position, long versionId, BigDecimal maxPoints) {
    EssayScript script =
        new EssayScript(
            part.getId(), attemptId, position, versionId, newCode(), maxPoints, clock.instant());
    em.persist(script);
    List<String> markers = markers(part.getId());
    if (markers.size() >= 2) {
      assignPair(script, markers, load(part.getId()));
    }
    return script;
  }

  /**
   * Sets the part's markers, its head marker (the third marker, not one of the others) and the
   * threshold, then gives every script still without markers its two. Committee only.
   */
  public void setMarkers(
      long partId, Collection<String> markerNames, String head, int thresholdPercent) {
    requireCommittee();
    ExamPart part = em.find(ExamPart.class, partId, LockModeType.PESSIMISTIC_WRITE);
    if (part == null) {
      throw new MarkingProblem("marking.partNotFound");
    }
    Set<String> markers = new LinkedHashSet<>(markerNames);
    if (markers.size() < 2) {
      throw new MarkingProblem("marking.twoMarkersNeeded");
    }
    if (head == null || head.isBlank()) {
      throw new MarkingProblem("marking.headNeeded");
    }
    if (markers.contains(head)) {
      throw new MarkingProblem("marking.headNotMarker");
    }
    if (thresholdPercent < 0 || thresholdPercent > 100) {
      throw new MarkingProblem("marking.thresholdRange");
    }
    for (String name : markers) {
      requireExaminer(name);
    }
    requireExaminer(head);
    em.createNativeQuery("DELETE FROM part_marker WHERE part_id = ?")
        .setParameter(1, partId)
        .executeUpdate();
    for (String name : markers) {
      em.createNativeQuery("INSERT INTO part_marker (part_id, marker) VALUES (?, ?)")
          .setParameter(1, partId)
          .setParameter(2, name)
          .executeUpdate();
    }
    part.setHeadMarker(head);
    part.setEssayThresholdPercent(thresholdPercent);
    List<String> pool = List.copyOf(markers);
    Map<String, Long> load = load(partId);
    for (EssayScript script : unassigned(partId)) {
      assignPair(script, pool, load);
    }
    for (ScriptMark third : unassignedThirds(partId)) {
      em.remove(third);
    }
    em.flush();
    for (EssayScript script : scriptsIn(partId, EssayScript.Status.THIRD)) {
      if (markOf(script, ScriptMark.Role.THIRD) == null) {
        em.persist(new ScriptMark(script, ScriptMark.Role.THIRD, head, clock.instant()));
      }
    }
    audit.record(
        "ESSAY_MARKERS_SET",
        "part " + partId,
        "markers "
            + String.join(", ", markers)
            + "; head "
            + head
            + "; threshold "
            + thresholdPercent
            + " %",
        null);
  }

  /** The examiners marking a part's essays, by name. */
  public List<String> markers(long partId) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("SELECT marker FROM part_marker WHERE part_id = ? ORDER BY marker")
            .setParameter(1, partId)
            .getResultList();
    return rows.stream().map(Object::toString).toList();
  }

  /** The caller's marking work, newest assignment last; no names, no other marks. */
  public List<ScriptMark> myWork() {
    requireExaminerCaller();
    return em.createQuery(
            "SELECT m FROM ScriptMark m JOIN FETCH m.script WHERE m.marker = :me"
                + " ORDER BY m.markedAt, m.id",
            ScriptMark.class)
        .setParameter("me", actor())
        .getResultList();
  }

  /** One of the caller's marks, with its script; refused if it is another marker's. */
  public ScriptMark mine(long markId) {
    requireExaminerCaller();
    ScriptMark mark = em.find(ScriptMark.class, markId);
    if (mark == null || !mark.getMarker().equals(actor())) {
      throw new MarkingProblem("marking.notYourScript");
    }
    return mark;
  }

  /**
   * Records the caller's mark of a script, then settles the script when its marks allow: the mean
   * of two marks within the threshold, the third mark otherwise, the appeal's re-mark.
   */
  public ScriptMark mark(long markId, BigDecimal points, String comment) {
    ScriptMark mark = mine(markId);
    EssayScript script =
        em.find(EssayScript.class, mark.getScript().getId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(mark);
    if (mark.isDone()) {
      throw new MarkingProblem("marking.alreadyMarked");
    }
    if (points == null || points.signum() < 0 || points.compareTo(script.getMaxPoints()) > 0) {
      throw new MarkingProblem("marking.pointsRange", script.getMaxPoints().stripTrailingZeros());
    }
    if (points.stripTrailingZeros().scale() > 2) {
      throw new MarkingProblem("marking.pointsDecimals");
    }
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    mark.fill(points, note, clock.instant());
    audit.record(
        "ESSAY_MARKED",
        "script " + script.getCode(),
        mark.getRole() + " " + points.toPlainString() + "/" + script.getMaxPoints().toPlainString(),
        null);
    settle(script);
    return mark;
  }

  private void settle(EssayScript script) {
    ExamPart part = em.find(ExamPart.class, script.getPartId());
    Map<ScriptMark.Role, ScriptMark> marks = new java.util.EnumMap<>(ScriptMark.Role.class);
    marksOf(script).forEach(m -> marks.put(m.getRole(), m));
    ScriptMark first = marks.get(ScriptMark.Role.FIRST);
    ScriptMark second = marks.get(ScriptMark.Role.SECOND);
    ScriptMark third = marks.get(ScriptMark.Role.THIRD);
    ScriptMark appeal = marks.get(ScriptMark.Role.APPEAL);
    if (appeal != null) {
      if (appeal.isDone()) {
        script.settle(appeal.getPoints());
        audit.record(
            "ESSAY_SETTLED",
            "script " + script.getCode(),
            "appeal re-mark " + appeal.getPoints(),
            null);
      }
      return;
    }
    if (first == null || second == null || !first.isDone() || !second.isDone()) {
      return;
    }
    EssayMark outcome =
        part.doubleMarking(script.getMaxPoints())
            .resolve(
                first.getPoints(), second.getPoints(), third != null ? third.getPoints() : null);
    if (outcome.isFinal()) {
      script.settle(outcome.mark());
      audit.record(
          "ESSAY_SETTLED",
          "script " + script.getCode(),
          outcome.outcome() + " " + outcome.mark().toPlainString(),
          null);
    } else if (script.getStatus() == EssayScript.Status.DOUBLE) {
      script.escalate();
      if (part.getHeadMarker() != null && third == null) {
        em.persist(
            new ScriptMark(script, ScriptMark.Role.THIRD, part.getHeadMarker(), clock.instant()));
      }
      audit.record(
          "ESSAY_ESCALATED",
          "script " + script.getCode(),
          "marks "
              + first.getPoints()
              + " and "
              + second.getPoints()
              + " differ by more than "
              + part.getEssayThresholdPercent()
              + " %",
          null);
    }
  }

  /**
   * Reopens a final script for an appeal: a re-marker who has not marked it before marks it blind
   * and that mark replaces the script's. Returns the re-marker's assignment.
   */
  public ScriptMark reopenForAppeal(long scriptId, String remarker) {
    requireCommittee();
    EssayScript script = em.find(EssayScript.class, scriptId, LockModeType.PESSIMISTIC_WRITE);
    if (script == null || script.getStatus() != EssayScript.Status.FINAL) {
      throw new MarkingProblem("marking.notFinal");
    }
    if (markOf(script, ScriptMark.Role.APPEAL) != null) {
      throw new MarkingProblem("marking.alreadyAppealed");
    }
    requireExaminer(remarker);
    boolean markedBefore = marksOf(script).stream().anyMatch(m -> m.getMarker().equals(remarker));
    if (markedBefore) {
      throw new MarkingProblem("marking.remarkerMarkedBefore");
    }
    script.reopen();
    ScriptMark mark = new ScriptMark(script, ScriptMark.Role.APPEAL, remarker, clock.instant());
    em.persist(mark);
    return mark;
  }

  /**
   * The final points of each essay of an attempt that has a script, by position (null: pending).
   */
  public Map<Integer, EssayScript> scriptsOf(long attemptId) {
    Map<Integer, EssayScript> byPosition = new HashMap<>();
    for (EssayScript s :
        em.createQuery("SELECT s FROM EssayScript s WHERE s.attemptId = :a", EssayScript.class)
            .setParameter("a", attemptId)
            .getResultList()) {
      byPosition.put(s.getPosition(), s);
    }
    return byPosition;
  }

  /** Every script of a part with its marks, for the committee's progress view. */
  public List<EssayScript> scriptsIn(long partId) {
    return em.createQuery(
            "SELECT s FROM EssayScript s WHERE s.partId = :p ORDER BY s.code", EssayScript.class)
        .setParameter("p", partId)
        .getResultList();
  }

  public List<ScriptMark> marksIn(long partId) {
    return em.createQuery(
            "SELECT m FROM ScriptMark m JOIN FETCH m.script s WHERE s.partId = :p ORDER BY m.id",
            ScriptMark.class)
        .setParameter("p", partId)
        .getResultList();
  }

  /**
   * The agreement of first and second markers per question of the part, over scripts both have
   * marked; questions with no such script are left out.
   */
  public Map<Long, MarkerAgreement> agreement(long partId) {
    ExamPart part = em.find(ExamPart.class, partId);
    Map<Long, List<MarkerAgreement.MarkPair>> pairs = new HashMap<>();
    Map<Long, BigDecimal> max = new HashMap<>();
    Map<Long, Map<ScriptMark.Role, ScriptMark>> byScript = new HashMap<>();
    for (ScriptMark m : marksIn(partId)) {
      byScript.computeIfAbsent(m.getScript().getId(), k -> new HashMap<>()).put(m.getRole(), m);
    }
    for (Map<ScriptMark.Role, ScriptMark> marks : byScript.values()) {
      ScriptMark a = marks.get(ScriptMark.Role.FIRST);
      ScriptMark b = marks.get(ScriptMark.Role.SECOND);
      if (a != null && b != null && a.isDone() && b.isDone()) {
        long version = a.getScript().getVersionId();
        pairs
            .computeIfAbsent(version, k -> new ArrayList<>())
            .add(new MarkerAgreement.MarkPair(a.getPoints(), b.getPoints()));
        max.put(version, a.getScript().getMaxPoints());
      }
    }
    Map<Long, MarkerAgreement> result = new HashMap<>();
    pairs.forEach(
        (version, list) ->
            result.put(version, MarkerAgreement.of(part.doubleMarking(max.get(version)), list)));
    return result;
  }

  private void assignPair(EssayScript script, List<String> pool, Map<String, Long> load) {
    List<String> byLoad = new ArrayList<>(pool);
    byLoad.sort(Comparator.comparing((String m) -> load.getOrDefault(m, 0L)).thenComparing(m -> m));
    String first = byLoad.get(0);
    String second = byLoad.get(1);
    em.persist(new ScriptMark(script, ScriptMark.Role.FIRST, first, clock.instant()));
    em.persist(new ScriptMark(script, ScriptMark.Role.SECOND, second, clock.instant()));
    load.merge(first, 1L, Long::sum);
    load.merge(second, 1L, Long::sum);
  }

  private Map<String, Long> load(long partId) {
    Map<String, Long> load = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT m.marker, COUNT(m) FROM ScriptMark m WHERE m.script.partId = :p"
                    + " GROUP BY m.marker",
                Object[].class)
            .setParameter("p", partId)
            .getResultList()) {
      load.put((String) row[0], ((Number) row[1]).longValue());
    }
    return load;
  }

  private List<EssayScript> unassigned(long partId) {
    return em.createQuery(
            "SELECT s FROM EssayScript s WHERE s.partId = :p AND s.status = :double AND NOT EXISTS"
                + " (SELECT m FROM ScriptMark m WHERE m.script = s)",
            EssayScript.class)
        .setParameter("p", partId)
        .setParameter("double", EssayScript.Status.DOUBLE)
        .getResultList();
  }

  private List<ScriptMark> unassignedThirds(long partId) {
    return em.createQuery(
            "SELECT m FROM ScriptMark m WHERE m.script.partId = :p AND m.role = :third"
                + " AND m.markedAt IS NULL",
            ScriptMark.class)
        .setParameter("p", partId)
        .setParameter("third", ScriptMark.Role.THIRD)
        .getResultList();
  }

  private List<EssayScript> scriptsIn(long partId, EssayScript.Status status) {
    return em.createQuery(
            "SELECT s FROM EssayScript s WHERE s.partId = :p AND s.status = :st", EssayScript.class)
        .setParameter("p", partId)
        .setParameter("st", status)
        .getResultList();
  }

  private List<ScriptMark> marksOf(EssayScript script) {
    return em.createQuery("SELECT m FROM ScriptMark m WHERE m.script = :s", ScriptMark.class)
        .setParameter("s", script)
        .getResultList();
  }

  private ScriptMark markOf(EssayScript script, ScriptMark.Role role) {
    return marksOf(script).stream().filter(m -> m.getRole() == role).findFirst().orElse(null);
  }

  private static String newCode() {
    char[] code = new char[8];
    for (int i = 0; i < code.length; i++) {
      code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
    }
    return "BT-" + new String(code, 0, 4) + "-" + new String(code, 4, 4);
  }

  private void requireExaminer(String username) {
    List<User> found =
        em.createQuery("SELECT u FROM User u WHERE u.username = :username", User.class)
            .setParameter("username", username)
            .getResultList();
    if (found.isEmpty() || !found.get(0).hasRole(Role.EXAMINER) || !found.get(0).isEnabled()) {
      throw new MarkingProblem("marking.notExaminer", username);
    }
  }

  private void requireExaminerCaller() {
    if (!security.isCallerInRole(Role.EXAMINER.name())) {
      throw new MarkingProblem("marking.examinersOnly");
    }
  }

  private void requireCommittee() {
    if (!security.isCallerInRole(Role.COMMITTEE.name()) && !Callers.isSystem(security)) {
      throw new MarkingProblem("marking.committeeOnly");
    }
  }

  private String actor() {
    return Callers.name(security);
  }
}
