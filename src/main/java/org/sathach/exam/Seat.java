package org.sathach.exam;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sathach.round.Application;

/**
 * A candidate's place in a session. A candidate sits each part once, so a seat is unique per part
 * and application; its papers (official and backup) hang off it.
 */
@Entity
@Table(name = "seat")
@NamedQuery(
    name = Seat.OF_SESSION,
    query =
        "SELECT s FROM Seat s WHERE s.session = :session ORDER BY s.application.candidateNumber")
public class Seat {
  static final String OF_SESSION = "Seat.ofSession";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "session_id", updatable = false)
  private ExamSession session;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id", updatable = false)
  private Application application;

  @ManyToOne(optional = false)
  @JoinColumn(name = "part_id", updatable = false)
  private ExamPart part;

  protected Seat() {}

  Seat(ExamSession session, Application application) {
    this.session = session;
    this.application = application;
    this.part = session.getPart();
  }

  public Long getId() {
    return id;
  }

  public ExamSession getSession() {
    return session;
  }

  public Application getApplication() {
    return application;
  }

  public ExamPart getPart() {
    return part;
  }

  public String getCandidateNumber() {
    return application.getCandidateNumber();
  }
}
