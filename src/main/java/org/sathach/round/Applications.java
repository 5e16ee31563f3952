package org.sathach.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sathach.audit.AuditTrail;
import org.sathach.identity.Passwords;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.identity.Users;
import org.sathach.platform.Callers;

/**
 * The boundary of applications: a committee registers a candidate (creating the account) or a
 * candidate applies to an open round; the committee confirms or overrides the computed verdict with
 * a recorded reason; documents are stored and read back only by their owner and the committee.
 * Everything is audited.
 */
@ApplicationScoped
@Transactional
public class Applications {
  static final int MAX_DOCUMENTS = 10;

  @PersistenceContext private EntityManager em;
  @Inject private Rounds rounds;
  @Inject private Users users;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "sathach.documents.maxBytes", defaultValue = "5242880")
  long maxDocumentBytes;

  /**
   * The committee registers a candidate: creates the candidate's account (or uses the existing
   * candidate account of that user name) and the application.
   *
   * @return the application and the one-time password of a new account (null for an existing one)
   */
  public Registration register(ApplicationForm form) {
    requireCommittee();
    Post post = checked(form);
    String password = null;
    User candidate = users.find(User.normalize(nonNull(form.getUsername()))).orElse(null);
    if (candidate == null) {
      password = Passwords.generate();
      candidate =
          users.create(
              form.getUsername(),
              form.getFullName(),
              blankToNull(form.getEmail()),
              Set.of(Role.CANDIDATE),
              password,
              true);
    } else if (!candidate.hasRole(Role.CANDIDATE)) {
      throw new RoundProblem("application.notCandidate", candidate.getUsername());
    }
    Application application = create(post, candidate, form);
    return new Registration(application, password);
  }

  /** The logged-in candidate applies to a post of an open round. */
  public Application apply(ApplicationForm form) {
    Post post = checked(form);
    if (!post.getRound().acceptsApplications()) {
      throw new RoundProblem("application.roundClosed");
    }
    User candidate =
        users
            .find(actor())
            .orElseThrow(() -> new RoundProblem("application.notCandidate", actor()));
    if (!candidate.hasRole(Role.CANDIDATE)) {
      throw new RoundProblem("application.notCandidate", candidate.getUsername());
    }
    return create(post, candidate, form);
  }

  private Application create(Post post, User candidate, ApplicationForm form) {
    long existing =
        em.createQuery(
                "SELECT COUNT(a) FROM Application a WHERE a.round = :round AND a.candidate = :c",
                Long.class)
            .setParameter("round", post.getRound())
            .setParameter("c", candidate)
            .getSingleResult();
    if (existing > 0) {
      throw new RoundProblem("application.duplicate", candidate.getUsername());
    }
    Application application = new Application(post, candidate, actor(), clock.instant());
    form.copyTo(application);
    em.persist(application);
    em.flush();
    audit.record(
        "APPLICATION_CREATED",
        target(application),
        "post:"
            + post.getId()
            + " candidate:"
            + candidate.getUsername()
            + " "
            + verdict(application),
        null);
    return application;
  }

  /**
   * Changes an application's facts (and post). The committee may always; the candidate only their
   * own, while the round is open. A decision taken on the old facts is withdrawn.
   */
  public Application update(long applicationId, ApplicationForm form) {
    Application application = readable(applicationId);
    boolean committee = isCommittee();
    if (!committee && !application.getRound().acceptsApplications()) {
      throw new RoundProblem("application.roundClosed");
    }
    Post post = checked(form);
    if (isSeated(application)) {
      throw new RoundProblem("application.seated");
    }
    if (!post.getRound().getId().equals(application.getRound().getId())) {
      throw new RoundProblem("post.notFound");
    }
    application.setPost(post);
    form.copyTo(application);
    boolean withdrawn = application.getDecision() != Decision.PENDING;
    application.reopen();
    audit.record(
        "APPLICATION_UPDATED",
        target(application),
        verdict(application) + (withdrawn ? "; decision withdrawn" : ""),
        null);
    return application;
  }

  /**
   * Whether the candidate has a seat in a session. Seats belong to the exam feature, which depends
   * on this one; the query names its entity rather than calling back into its boundary.
   */
  private boolean isSeated(Application application) {
    return em.createQuery("SELECT COUNT(s) FROM Seat s WHERE s.application = :a", Long.class)
            .setParameter("a", application)
            .getSingleResult()
        > 0;
  }

  /** The committee agrees with the computed verdict. */
  public Application confirm(long applicationId, String reason) {
    requireCommittee();
    Application application = application(applicationId);
    application.confirm(actor(), clock.instant(), reason);
    audit.record("ELIGIBILITY_CONFIRMED", target(application), verdict(application), reason);
    return application;
  }

  /**
   * The committee decides otherwise than, or regardless of, the computed verdict; needs a reason.
   */
  public Application override(long applicationId, boolean eligible, String reason) {
    requireCommittee();
    if (reason == null || reason.isBlank()) {
      throw new RoundProblem("application.reasonRequired");
    }
    Application application = application(applicationId);
    application.override(eligible, actor(), clock.instant(), reason);
    audit.record(
        "ELIGIBILITY_OVERRIDDEN",
        target(application),
        "eligible=" + eligible + " (computed " + application.computedEligible() + ")",
        reason);
    return application;
  }

  public List<Application> ofRound(long roundId) {
    requireCommittee();
    return em.createNamedQuery(Application.OF_ROUND, Application.class)
        .setParameter("round", rounds.round(roundId))
        .getResultList();
  }

  /** The logged-in candidate's own applications, newest first. */
  public List<Application> mine() {
    return em.createNamedQuery(Application.OF_CANDIDATE, Application.class)
        .setParameter("username", actor())
        .getResultList();
  }

  /** An application the caller may read: any for the committee, only one's own for a candidate. */
  public Application readable(long applicationId) {
    Application application = application(applicationId);
    if (!isCommittee() && !application.getCandidate().getUsername().equals(actor())) {
      throw new RoundProblem("application.notFound");
    }
    return application;
  }

  /** Applications of admitted candidates (eligible, decided) of the given posts. */
  public List<Application> admitted(List<Long> postIds) {
    if (postIds.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT a FROM Application a WHERE a.post.id IN :posts AND a.decision <> :pending"
                + " ORDER BY a.fullName",
            Application.class)
        .setParameter("posts", postIds)
        .setParameter("pending", Decision.PENDING)
        .getResultList()
        .stream()
        .filter(Application::isAdmitted)
        .toList();
  }

  /**
   * The application's candidate number (số báo danh), given on first need: the next free number of
   * the round, four digits. The round row is locked so two sessions seating at once cannot take the
   * same number.
   */
  public String numberFor(long applicationId) {
    Application application = application(applicationId);
    if (application.getCandidateNumber() == null) {
      em.lock(application.getRound(), LockModeType.PESSIMISTIC_WRITE);
      // Numbers are compared as numbers: past 9999 the text order would no longer say the maximum.
      int next =
          em
                  .createNamedQuery(Application.NUMBERS, String.class)
                  .setParameter("round", application.getRound())
                  .getResultList()
                  .stream()
                  .mapToInt(Integer::parseInt)
                  .max()
                  .orElse(0)
              + 1;
      application.assignNumber(String.format("%04d", next));
      em.flush();
    }
    return application.getCandidateNumber();
  }

  public ApplicationDocument addDocument(long applicationId, String fileName, byte[] content) {
    Application application = readable(applicationId);
    CheckedDocument checked = CheckedDocument.check(fileName, content, maxDocumentBytes);
    if (documents(applicationId).size() >= MAX_DOCUMENTS) {
      throw new RoundProblem("document.tooMany", MAX_DOCUMENTS);
    }
    ApplicationDocument document =
        new ApplicationDocument(application, checked, actor(), clock.instant());
    em.persist(document);
    em.flush();
    audit.record(
        "DOCUMENT_ADDED",
        target(application),
        document.getFileName() + " " + checked.contentType() + " sha256=" + checked.sha256(),
        null);
    return document;
  }

  public List<ApplicationDocument> documents(long applicationId) {
    return em.createNamedQuery(ApplicationDocument.OF_APPLICATION, ApplicationDocument.class)
        .setParameter("application", readable(applicationId))
        .getResultList();
  }

  /** A document's bytes, for its owner and the committee only. */
  public Download download(long documentId) {
    ApplicationDocument document = em.find(ApplicationDocument.class, documentId);
    if (document == null) {
      throw new RoundProblem("document.notFound");
    }
    readable(document.getApplication().getId());
    return new Download(document.getFileName(), document.getContentType(), document.content());
  }

  public void removeDocument(long documentId) {
    ApplicationDocument document = em.find(ApplicationDocument.class, documentId);
    if (document == null) {
      throw new RoundProblem("document.notFound");
    }
    Application application = readable(document.getApplication().getId());
    em.remove(document);
    audit.record("DOCUMENT_REMOVED", target(application), document.getFileName(), null);
  }

  private Post checked(ApplicationForm form) {
    if (form.getPostId() == null) {
      throw new RoundProblem("application.postRequired");
    }
    if (form.getFullName() == null
        || form.getFullName().isBlank()
        || form.getBirthDate() == null
        || form.getGender() == null) {
      throw new RoundProblem("application.required");
    }
    Post post = rounds.post(form.getPostId());
    LocalDate appointment = post.getRound().getAppointmentDate();
    int age = Period.between(form.getBirthDate(), appointment).getYears();
    if (age < 18 || age > 80) {
      throw new RoundProblem("application.birthDateImplausible");
    }
    if (form.getAtLevelBelowSince() != null && form.getAtLevelBelowSince().isAfter(appointment)) {
      throw new RoundProblem("application.serviceDate");
    }
    return post;
  }

  private Application application(long id) {
    Application application = em.find(Application.class, id);
    if (application == null) {
      throw new RoundProblem("application.notFound");
    }
    return application;
  }

  /**
   * Work the container starts on its own (the demo round at start-up) has no caller and acts for
   * the committee; every page and endpoint that reaches this boundary requires a login.
   */
  private boolean isCommittee() {
    return Callers.isSystem(security) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  private void requireCommittee() {
    if (!isCommittee()) {
      throw new RoundProblem("round.committeeOnly");
    }
  }

  private String actor() {
    return Callers.name(security);
  }

  private static String verdict(Application application) {
    return application.computedEligible() ? "computed: eligible" : "computed: not eligible";
  }

  private static String nonNull(String text) {
    if (text == null || text.isBlank()) {
      throw new RoundProblem("application.usernameRequired");
    }
    return text;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static String target(Application application) {
    return "application:" + application.getId();
  }

  /** A registered application and the new account's one-time password (null if it existed). */
  public record Registration(Application application, String oneTimePassword) {}

  /** A document as served: safe name, checked type, bytes. */
  public record Download(String fileName, String contentType, byte[] content) {}
}
