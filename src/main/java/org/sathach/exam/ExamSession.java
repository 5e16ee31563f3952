package org.sathach.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.sathach.identity.User;
import org.sathach.platform.UtcInstantConverter;

/**
 * A session (ca thi) of one part: when and where it runs, who proctors it, the access code read out
 * in the room, the late cut-off, and which paper set the proctor drew by lot. Its time rules live
 * here so they can be tested without a container.
 */
@Entity
@Table(name = "exam_session")
@NamedQuery(
    name = ExamSession.OF_ROUND,
    query = "SELECT s FROM ExamSession s WHERE s.part.round.id = :round ORDER BY s.startsAt, s.id")
@NamedQuery(
    name = ExamSession.OF_PROCTOR,
    query =
        "SELECT s FROM ExamSession s JOIN s.proctors p WHERE p.username = :username"
            + " ORDER BY s.startsAt, s.id")
public class ExamSession {
  static final String OF_ROUND = "ExamSession.ofRound";
  static final String OF_PROCTOR = "ExamSession.ofProctor";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "part_id", updatable = false)
  private ExamPart part;

  @Column(nullable = false)
  private String name;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "window_minutes", nullable = false)
  private int windowMinutes;

  @Column(nullable = false)
  private String room;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "access_code", nullable = false)
  private String accessCode;

  @Column(name = "late_minutes", nullable = false)
  private int lateMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "drawn_set")
  private PaperSet drawnSet;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "drawn_at")
  private Instant drawnAt;

  @Column(name = "drawn_by")
  private String drawnBy;

  @Column(name = "admission_required", nullable = false)
  private boolean admissionRequired = true;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "paused_at")
  private Instant pausedAt;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "sealed_at")
  private Instant sealedAt;

  @Column(name = "sealed_by")
  private String sealedBy;

  @Column(name = "seal_hash")
  private String sealHash;

  @ManyToMany
  @JoinTable(
      name = "session_proctor",
      joinColumns = @JoinColumn(name = "session_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private Set<User> proctors = new HashSet<>();

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected ExamSession() {}

  ExamSession(ExamPart part, String createdBy, Instant createdAt) {
    this.part = Objects.requireNonNull(part, "part");
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.lateMinutes = part.getRound().getLateMinutes();
    this.windowMinutes =
        part.getTimeLimitMinutes() == null ? 120 : part.getTimeLimitMinutes() + lateMinutes + 15;
  }

  /** The content is secret until this moment; a start before it is refused. */
  public boolean isOpenAt(Instant now) {
    return isOpenAt(startsAt, now);
  }

  /** Whether a session starting at {@code startsAt} lets candidates start at {@code now}. */
  public static boolean isOpenAt(Instant startsAt, Instant now) {
    return !now.isBefore(startsAt);
  }

  /** The last moment a candidate may still be admitted. */
  public Instant lateCutoff() {
    return startsAt.plus(Duration.ofMinutes(lateMinutes));
  }

  public boolean admitsArrivalAt(Instant now) {
    return !now.isAfter(lateCutoff());
  }

  /** When the session's window closes: no attempt runs past it except by an extension. */
  public Instant endsAt() {
    return endsAt(startsAt, windowMinutes);
  }

  /** When a window of {@code windowMinutes} from {@code startsAt} closes. */
  public static Instant endsAt(Instant startsAt, int windowMinutes) {
    return startsAt.plus(Duration.ofMinutes(windowMinutes));
  }

  public boolean isProctoredBy(String username) {
    return proctors.stream().anyMatch(p -> p.getUsername().equals(username));
  }

  void recordDraw(PaperSet set, String actor, Instant at) {
    this.drawnSet = set;
    this.drawnBy = actor;
    this.drawnAt = at;
  }

  /** Whether the session is sealed: nothing in it may change until a recorded reopening. */
  public boolean isSealed() {
    return sealedAt != null;
  }

  /** Records the seal: the hash over every attempt's submitted answers. */
  public void seal(String hash, String actor, Instant at) {
    this.sealHash = hash;
    this.sealedBy = actor;
    this.sealedAt = at;
  }

  /** Lifts the seal; the caller records why. */
  public void reopen() {
    this.sealHash = null;
    this.sealedBy = null;
    this.sealedAt = null;
  }

  /** Marks the whole session paused since {@code at}, or running again ({@code null}). */
  public void markPaused(Instant at) {
    this.pausedAt = at;
  }

  public boolean isAdmissionRequired() {
    return admissionRequired;
  }

  public void setAdmissionRequired(boolean admissionRequired) {
    this.admissionRequired = admissionRequired;
  }

  public Instant getPausedAt() {
    return pausedAt;
  }

  public Instant getSealedAt() {
    return sealedAt;
  }

  public String getSealedBy() {
    return sealedBy;
  }

  public String getSealHash() {
    return sealHash;
  }

  public Long getId() {
    return id;
  }

  public ExamPart getPart() {
    return part;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(Instant startsAt) {
    this.startsAt = startsAt;
  }

  public int getWindowMinutes() {
    return windowMinutes;
  }

  public void setWindowMinutes(int windowMinutes) {
    this.windowMinutes = windowMinutes;
  }

  public String getRoom() {
    return room;
  }

  public void setRoom(String room) {
    this.room = room;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }

  public String getAccessCode() {
    return accessCode;
  }

  void setAccessCode(String accessCode) {
    this.accessCode = accessCode;
  }

  public int getLateMinutes() {
    return lateMinutes;
  }

  public void setLateMinutes(int lateMinutes) {
    this.lateMinutes = lateMinutes;
  }

  public PaperSet getDrawnSet() {
    return drawnSet;
  }

  public Instant getDrawnAt() {
    return drawnAt;
  }

  public String getDrawnBy() {
    return drawnBy;
  }

  public Set<User> getProctors() {
    return proctors;
  }
}
