package org.sathach.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sathach.audit.AuditTrail;

/**
 * The boundary of the question bank: writing questions (a DRAFT is edited in place, anything else
 * becomes a new version), the review workflow with four eyes, and reading versions. Every change is
 * audited with its reason.
 */
@ApplicationScoped
@Transactional
public class Questions {
  private static final Set<String> SORTABLE =
      Set.of("id", "difficulty", "type", "status", "points", "createdAt", "author");

  @PersistenceContext private EntityManager em;
  @Inject private Topics topics;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  /** Creates a question as version 1, a DRAFT by the current user. */
  @Transactional
  public QuestionVersion create(QuestionData data) {
    QuestionVersion version = createQuietly(data);
    em.flush();
    audit.record("QUESTION_CREATED", target(version), version.getType().code(), null);
    return version;
  }

  /** Creates a DRAFT without an audit event of its own (an import audits itself once). */
  @Transactional
  QuestionVersion createQuietly(QuestionData data) {
    QuestionData clean = checked(data);
    Question question = new Question(clean.externalId(), actor(), clock.instant());
    em.persist(question);
    QuestionVersion version = new QuestionVersion(question, 1, actor(), clock.instant());
    version.fill(topics.ensure(clean.topicPath()), clean, VersionJson.write(clean));
    em.persist(version);
    return version;
  }

  /**
   * Saves an edit of a version. Its author's DRAFT changes in place; an approved, retired or
   * reviewed version, or another editor's draft, stays as it was and the edit becomes a new DRAFT
   * version of the same question, authored by the editor.
   */
  @Transactional
  public QuestionVersion edit(long versionId, QuestionData data, String reason) {
    QuestionData clean = checked(data);
    QuestionVersion base = version(versionId);
    if (!base.isLatest()) {
      throw new BankProblem("bank.notLatest");
    }
    if (base.getStatus() == QuestionStatus.IN_REVIEW) {
      throw new BankProblem("bank.inReview");
    }
    Topic topic = topics.ensure(clean.topicPath());
    if (base.editableInPlaceBy(actor())) {
      base.fill(topic, clean, VersionJson.write(clean));
      audit.record("QUESTION_EDITED", target(base), "in place", reason);
      return base;
    }
    base.notLatest();
    // Two editors making a new version of the same question at once: the second one fails.
    em.lock(base.getQuestion(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    QuestionVersion next =
        new QuestionVersion(base.getQuestion(), base.getVersionNo() + 1, actor(), clock.instant());
    next.fill(topic, clean, VersionJson.write(clean));
    em.persist(next);
    em.flush();
    audit.record("QUESTION_VERSIONED", target(next), "from version " + base.getVersionNo(), reason);
    return next;
  }

  @Transactional
  public void submit(List<Long> versionIds) {
    for (Long id : versionIds) {
      QuestionVersion v = version(id);
      v.submit();
      audit.record("QUESTION_SUBMITTED", target(v), null, null);
    }
  }

  /** Approves a version; its author cannot. An older approved version of it is retired. */
  @Transactional
  public void approve(long versionId) {
    QuestionVersion v = version(versionId);
    v.approve(actor(), clock.instant());
    for (QuestionVersion older : versionsOf(v.getQuestion().getId())) {
      if (older.getVersionNo() < v.getVersionNo()) {
        older.supersede(v.getVersionNo());
      }
    }
    audit.record("QUESTION_APPROVED", target(v), "author " + v.getAuthor(), null);
  }

  @Transactional
  public void sendBack(long versionId, String reason) {
    QuestionVersion v = version(versionId);
    if (v.getStatus() != QuestionStatus.IN_REVIEW) {
      throw new BankProblem("bank.wrongStatus", v.getStatus());
    }
    v.backToDraft(reason);
    audit.record("QUESTION_SENT_BACK", target(v), null, reason);
  }

  @Transactional
  public void reopen(long versionId, String reason) {
    QuestionVersion v = version(versionId);
    v.backToDraft(reason);
    audit.record("QUESTION_REOPENED", target(v), null, reason);
  }

  @Transactional
  public void retire(List<Long> versionIds, String reason) {
    for (Long id : versionIds) {
      QuestionVersion v = version(id);
      v.retire(reason);
      audit.record("QUESTION_RETIRED", target(v), null, reason);
    }
  }

  public QuestionVersion version(long id) {
    QuestionVersion v = em.find(QuestionVersion.class, id);
    if (v == null) {
      throw new BankProblem("bank.notFound");
    }
    return v;
  }

  /** Every version of a question, oldest first; old versions stay readable forever. */
  public List<QuestionVersion> versionsOf(long questionId) {
    return em.createQuery(
            "SELECT v FROM QuestionVersion v WHERE v.question.id = :q ORDER BY v.versionNo",
            QuestionVersion.class)
        .setParameter("q", questionId)
        .getResultList();
  }

  /** The full content of a version, as the editor, preview and exports see it. */
  public QuestionData data(QuestionVersion v) {
    VersionContent parts = VersionJson.read(v.getContent());
    return QuestionData.builder()
        .externalId(v.getQuestion().getExternalId())
        .topicPath(topics.pathNames(v.getTopic()))
        .type(v.getType())
        .difficulty(v.getDifficulty())
        .points(v.getPoints())
        .tags(v.getTags() == null ? List.of() : List.of(v.getTags().split(";\\s*")))
        .stem(v.getStem())
        .explanation(v.getExplanation())
        .choices(parts.choices())
        .trueFalseAnswer(parts.trueFalseAnswer())
        .acceptedAnswers(parts.acceptedAnswers())
        .matchMode(parts.matchMode())
        .pairs(parts.pairs())
        .orderItems(parts.orderItems())
        .markingGuide(parts.markingGuide())
        .rubric(parts.rubric())
        .build();
  }

  /** What changed between two versions, field by field (plain text of each side). */
  public Map<String, String[]> diff(QuestionVersion older, QuestionVersion newer) {
    return VersionDiff.between(data(older), data(newer));
  }

  public List<QuestionVersion> page(BankFilter filter, int first, int size) {
    String field = SORTABLE.contains(filter.sortField()) ? filter.sortField() : "id";
    TypedQuery<QuestionVersion> query =
        bind(
            em.createQuery(
                "SELECT v FROM QuestionVersion v"
                    + where(filter)
                    + " ORDER BY v."
                    + field
                    + (filter.ascending() ? " ASC" : " DESC")
                    + ", v.id",
                QuestionVersion.class),
            filter);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(BankFilter filter) {
    return bind(
            em.createQuery("SELECT COUNT(v) FROM QuestionVersion v" + where(filter), Long.class),
            filter)
        .getSingleResult();
  }

  private static String where(BankFilter f) {
    List<String> and = new ArrayList<>();
    and.add(f.status() == QuestionStatus.IN_REVIEW ? "v.status = :status" : "v.latest = TRUE");
    if (f.topicId() != null) {
      and.add("v.topic.path LIKE :path");
    }
    if (f.type() != null) {
      and.add("v.type = :type");
    }
    if (f.difficulty() != null) {
      and.add("v.difficulty = :difficulty");
    }
    if (f.status() != null && f.status() != QuestionStatus.IN_REVIEW) {
      and.add("v.status = :status");
    }
    if (f.tag() != null && !f.tag().isBlank()) {
      and.add("LOWER(v.tags) LIKE :tag");
    }
    if (f.text() != null && !f.text().isBlank()) {
      and.add("v.stemSearch LIKE :text");
    }
    return " WHERE " + String.join(" AND ", and);
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query, BankFilter f) {
    if (f.topicId() != null) {
      query.setParameter("path", topics.find(f.topicId()).getPath() + "%");
    }
    if (f.type() != null) {
      query.setParameter("type", f.type());
    }
    if (f.difficulty() != null) {
      query.setParameter("difficulty", f.difficulty());
    }
    if (f.status() != null) {
      query.setParameter("status", f.status());
    }
    if (f.tag() != null && !f.tag().isBlank()) {
      query.setParameter("tag", "%" + f.tag().strip().toLowerCase() + "%");
    }
    if (f.text() != null && !f.text().isBlank()) {
      query.setParameter("text", "%" + StemText.fold(f.text()) + "%");
    }
    return query;
  }

  /** Approved versions per topic and difficulty, counting each topic's whole subtree. */
  public Map<Long, Map<Difficulty, Long>> coverage() {
    Map<Long, Map<Difficulty, Long>> counts = new LinkedHashMap<>();
    List<Object[]> rows =
        em.createQuery(
                "SELECT v.topic.path, v.difficulty, COUNT(v) FROM QuestionVersion v"
                    + " WHERE v.status = :approved GROUP BY v.topic.path, v.difficulty",
                Object[].class)
            .setParameter("approved", QuestionStatus.APPROVED)
            .getResultList();
    for (Object[] row : rows) {
      for (String id : ((String) row[0]).split("/")) {
        if (!id.isEmpty()) {
          counts
              .computeIfAbsent(Long.valueOf(id), k -> new LinkedHashMap<>())
              .merge((Difficulty) row[1], (Long) row[2], Long::sum);
        }
      }
    }
    return counts;
  }

  /**
   * Every approved version in version id order, as paper drawing needs it. Counting options reads
   * each version's content, so coverage previews ask without them.
   */
  public List<DrawableVersion> approvedForDrawing(boolean withOptionCounts) {
    String select =
        withOptionCounts
            ? "SELECT v.id, v.topic.path, v.difficulty, v.type, v.content"
            : "SELECT v.id, v.topic.path, v.difficulty, v.type, ''";
    List<Object[]> rows =
        em.createQuery(
                select + " FROM QuestionVersion v WHERE v.status = :approved ORDER BY v.id",
                Object[].class)
            .setParameter("approved", QuestionStatus.APPROVED)
            .getResultList();
    List<DrawableVersion> versions = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      QuestionType type = (QuestionType) row[3];
      int options = withOptionCounts ? VersionJson.read((String) row[4]).optionCount(type) : 0;
      versions.add(
          new DrawableVersion((Long) row[0], (String) row[1], (Difficulty) row[2], type, options));
    }
    return versions;
  }

  /** Sanitizes the texts and applies the question rules; refuses an invalid question. */
  QuestionData checked(QuestionData data) {
    QuestionData clean = Sanitized.of(data);
    if (!clean.problems().isEmpty()) {
      throw new BankProblem(
          clean.problems().get(0).key(),
          clean.problems().get(0).line(),
          clean.problems().get(0).detail());
    }
    return clean;
  }

  String actor() {
    try {
      var principal = security.getCallerPrincipal();
      return principal == null ? "system" : principal.getName();
    } catch (RuntimeException outsideRequest) {
      return "system";
    }
  }

  static String target(QuestionVersion v) {
    return "question:" + v.getQuestion().getId() + "/v" + v.getVersionNo();
  }
}
