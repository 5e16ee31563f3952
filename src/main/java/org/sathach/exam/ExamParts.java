package org.sathach.exam;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sathach.audit.AuditTrail;
import org.sathach.bank.BankProblem;
import org.sathach.bank.DrawableVersion;
import org.sathach.bank.Questions;
import org.sathach.bank.Topic;
import org.sathach.bank.Topics;
import org.sathach.platform.Callers;
import org.sathach.platform.Hashes;
import org.sathach.round.Post;
import org.sathach.round.Rounds;
import org.sathach.round.SelectionRound;

/**
 * The boundary of exam definitions: a round's parts and their rules, the blueprint of each computer
 * part with the bank's coverage per cell, and publication, which refuses a blueprint the bank
 * cannot feed (naming the cells), records the snapshot of approved versions and the secret seed,
 * and has the papers of already seated candidates generated.
 */
@ApplicationScoped
@Transactional
public class ExamParts {
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private Rounds rounds;
  @Inject private Questions questions;
  @Inject private Topics topics;
  @Inject private Papers papers;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  /**
   * The round's parts, creating the standard ones that are missing: theory and presentation for the
   * round, and a professional part for each post.
   */
  public List<ExamPart> partsOf(long roundId) {
    SelectionRound round = rounds.round(roundId);
    List<ExamPart> parts = query(round);
    Set<String> have = new HashSet<>();
    parts.forEach(
        p -> have.add(p.getKind() + "/" + (p.getPost() == null ? "" : p.getPost().getId())));
    boolean created = false;
    for (PartKind kind : List.of(PartKind.THEORY, PartKind.PRESENTATION)) {
      if (!have.contains(kind + "/")) {
        em.persist(new ExamPart(round, null, kind));
        created = true;
      }
    }
    for (Post post : rounds.posts(roundId)) {
      if (!have.contains(PartKind.PROFESSIONAL + "/" + post.getId())) {
        em.persist(new ExamPart(round, post, PartKind.PROFESSIONAL));
        created = true;
      }
    }
    if (created) {
      em.flush();
      parts = query(round);
    }
    return parts;
  }

  private List<ExamPart> query(SelectionRound round) {
    return em.createNamedQuery(ExamPart.OF_ROUND, ExamPart.class)
        .setParameter("round", round)
        .getResultList();
  }

  public ExamPart part(long id) {
    ExamPart part = em.find(ExamPart.class, id);
    if (part == null) {
      throw new ExamProblem("part.notFound");
    }
    return part;
  }

  /**
   * Saves a part's rules. After publication only the pass mark and weight may change: the rest
   * decides how papers were drawn.
   */
  public ExamPart saveRules(ExamPart edited) {
    ExamPart part = part(edited.getId());
    checkRules(edited);
    if (part.isPublished()
        && (!same(part.getTimeLimitMinutes(), edited.getTimeLimitMinutes())
            || part.getNavigation() != edited.getNavigation()
            || part.isShuffleQuestions() != edited.isShuffleQuestions()
            || part.isShuffleOptions() != edited.isShuffleOptions()
            || part.isShowScore() != edited.isShowScore())) {
      throw new ExamProblem("part.published");
    }
    part.setPassMark(edited.getPassMark());
    part.setWeight(edited.getWeight());
    part.setTimeLimitMinutes(edited.getTimeLimitMinutes());
    part.setNavigation(edited.getNavigation());
    part.setShuffleQuestions(edited.isShuffleQuestions());
    part.setShuffleOptions(edited.isShuffleOptions());
    part.setShowScore(edited.isShowScore());
    audit.record(
        "PART_RULES",
        target(part),
        "pass="
            + part.getPassMark()
            + " weight="
            + part.getWeight()
            + " minutes="
            + part.getTimeLimitMinutes()
            + " nav="
            + part.getNavigation()
            + " shuffle="
            + part.isShuffleQuestions()
            + "/"
            + part.isShuffleOptions()
            + " showScore="
            + part.isShowScore(),
        null);
    return part;
  }

  private static void checkRules(ExamPart p) {
    if (p.getPassMark() == null
        || p.getPassMark().signum() < 0
        || p.getPassMark().compareTo(ExamPart.MAX_SCORE) > 0
        || p.getWeight() == null
        || p.getWeight().signum() <= 0
        || p.getWeight().compareTo(BigDecimal.TEN) > 0) {
      throw new ExamProblem("part.marks");
    }
    if (p.getKind().isComputerBased()
        && (p.getTimeLimitMinutes() == null
            || p.getTimeLimitMinutes() < 1
            || p.getTimeLimitMinutes() > 600)) {
      throw new ExamProblem("part.timeLimitRange");
    }
  }

  private static boolean same(Integer a, Integer b) {
    return a == null ? b == null : a.equals(b);
  }

  /** Replaces the blueprint of a draft computer part. */
  public ExamPart saveBlueprint(long partId, List<RowInput> inputs) {
    ExamPart part = part(partId);
    requireDraftComputerPart(part);
    List<BlueprintEntry> entries = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      RowInput input = inputs.get(i);
      if (!input.isComplete()) {
        throw new ExamProblem("blueprint.incompleteRow", i + 1);
      }
      Topic topic = topic(input.getTopicId());
      if (topic == null) {
        throw new ExamProblem("blueprint.incompleteRow", i + 1);
      }
      entries.add(
          new BlueprintEntry(
              topic, input.getDifficulty(), input.getCount(), input.getPointsEach()));
    }
    if (entries.isEmpty()) {
      throw new ExamProblem("blueprint.empty");
    }
    try {
      new Blueprint(entries.stream().map(BlueprintEntry::row).toList());
    } catch (IllegalArgumentException duplicate) {
      throw new ExamProblem("blueprint.duplicateCell");
    }
    part.replaceEntries(entries);
    em.flush();
    audit.record("BLUEPRINT_SAVED", target(part), describe(part.blueprint()), null);
    return part;
  }

  /**
   * The bank's coverage of each row as typed, against the round's factor: what the editor shows as
   * the author types. Only complete rows are judged; a question counts for its most specific row.
   */
  public List<CellCoverage> coverage(long partId, List<RowInput> inputs) {
    int factor = part(partId).getRound().getCoverageFactor();
    List<BlueprintRow> rows = new ArrayList<>();
    List<Integer> rowIndex = new ArrayList<>();
    Set<String> cells = new HashSet<>();
    for (RowInput input : inputs) {
      Topic topic = input.isComplete() ? topic(input.getTopicId()) : null;
      if (topic != null && cells.add(topic.getPath() + input.getDifficulty())) {
        rowIndex.add(rows.size());
        rows.add(
            new BlueprintRow(
                topic.getId(),
                topic.getPath(),
                input.getDifficulty(),
                input.getCount(),
                input.getPointsEach()));
      } else {
        rowIndex.add(-1);
      }
    }
    List<List<PoolQuestion>> counts =
        rows.isEmpty() ? List.of() : new Blueprint(rows).cells(pool(false));
    List<CellCoverage> coverage = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      int r = rowIndex.get(i);
      int needed = inputs.get(i).getCount() == null ? 0 : inputs.get(i).getCount() * factor;
      coverage.add(new CellCoverage(r < 0 ? -1 : counts.get(r).size(), needed));
    }
    return coverage;
  }

  /**
   * Publishes a computer part: refuses it, naming the cells, when the approved bank holds fewer
   * than the round's factor times what a cell needs; otherwise records the snapshot of the approved
   * versions the blueprint takes and a secret seed, and generates the papers of seated candidates.
   */
  public ExamPart publish(long partId) {
    ExamPart part = part(partId);
    em.lock(part, LockModeType.PESSIMISTIC_WRITE);
    requireDraftComputerPart(part);
    if (part.getEntries().isEmpty()) {
      throw new ExamProblem("blueprint.empty");
    }
    Blueprint blueprint = part.blueprint();
    List<PoolQuestion> pool = pool(true);
    List<ShortCell> shortCells =
        BlueprintCoverage.shortCells(blueprint, pool, part.getRound().getCoverageFactor());
    if (!shortCells.isEmpty()) {
      throw new ExamProblem(
          "part.shortCells",
          shortCells.stream().map(this::describe).collect(Collectors.joining("; ")));
    }
    List<PoolQuestion> snapshot = pool.stream().filter(q -> blueprint.rowOf(q) >= 0).toList();
    for (PoolQuestion question : snapshot) {
      em.persist(new SnapshotEntry(part.getId(), question));
    }
    long seed = RANDOM.nextLong();
    part.publish(seed, actor(), clock.instant());
    em.flush();
    audit.record(
        "PART_PUBLISHED",
        target(part),
        describe(blueprint)
            + "; snapshot "
            + snapshot.size()
            + " versions sha256="
            + snapshotHash(snapshot)
            + "; seed sha256="
            + Hashes.sha256(Long.toString(seed)),
        null);
    papers.generateForPart(part);
    return part;
  }

  /** The snapshot recorded at publication, in version id order. */
  public List<PoolQuestion> snapshot(ExamPart part) {
    return papers.snapshot(part);
  }

  private List<PoolQuestion> pool(boolean withOptionCounts) {
    List<PoolQuestion> pool = new ArrayList<>();
    for (DrawableVersion v : questions.approvedForDrawing(withOptionCounts)) {
      pool.add(
          new PoolQuestion(
              v.versionId(), v.topicPath(), v.difficulty(), v.type(), v.optionCount()));
    }
    return pool;
  }

  private void requireDraftComputerPart(ExamPart part) {
    if (!part.getKind().isComputerBased()) {
      throw new ExamProblem("part.notComputer");
    }
    if (part.isPublished()) {
      throw new ExamProblem("part.published");
    }
  }

  /** A cell for people: topic names, difficulty, needed and available. */
  private String describe(ShortCell cell) {
    return topicName(cell.row().topicId())
        + " × "
        + cell.row().difficulty().label()
        + ": "
        + cell.available()
        + "/"
        + cell.needed();
  }

  private String describe(Blueprint blueprint) {
    return blueprint.rows().stream()
        .map(
            r ->
                "topic:"
                    + r.topicId()
                    + " "
                    + r.difficulty()
                    + " x"
                    + r.count()
                    + " @"
                    + r.pointsEach())
        .collect(Collectors.joining(", "));
  }

  /** The topic, or null when the id names none (a stale page). */
  private Topic topic(long id) {
    try {
      return topics.find(id);
    } catch (BankProblem notFound) {
      return null;
    }
  }

  private String topicName(long topicId) {
    Topic topic = topic(topicId);
    return topic == null ? "#" + topicId : String.join(" > ", topics.pathNames(topic));
  }

  static String snapshotHash(List<PoolQuestion> snapshot) {
    return Hashes.sha256(
        snapshot.stream()
            .map(q -> Long.toString(q.versionId()))
            .sorted()
            .collect(Collectors.joining(",")));
  }

  private String actor() {
    return Callers.name(security);
  }

  static String target(ExamPart part) {
    return "part:" + part.getId();
  }
}
