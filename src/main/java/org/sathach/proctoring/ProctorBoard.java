package org.sathach.proctoring;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sathach.delivery.DeliveryProblem;
import org.sathach.exam.ExamProblem;
import org.sathach.exam.ExamSession;
import org.sathach.platform.Messages;

/**
 * The proctor's live board of a session. The table is drawn by the page's script from the pushed
 * board; this bean holds the session header and carries out the actions the dialog asks for, each
 * with its reason.
 */
@Named
@ViewScoped
public class ProctorBoard implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int DEFAULT_MINUTES = 5;
  private static final IncidentCategory DEFAULT_CATEGORY = IncidentCategory.OTHER;
  private static final Sanction DEFAULT_SANCTION = Sanction.REPRIMAND;

  @Inject transient Proctoring proctoring;

  private Long sessionId;
  private ExamSession session;
  private String action;
  private Long attemptId;
  private String reason;
  private int minutes = DEFAULT_MINUTES;
  private IncidentCategory category = DEFAULT_CATEGORY;
  private Sanction sanction = DEFAULT_SANCTION;
  private String sealHash;
  private Long lastRecordId;

  public void load() {
    try {
      session = proctoring.readable(sessionId);
      sealHash = session.getSealHash();
    } catch (ProctoringProblem problem) {
      session = null;
      Messages.error(problem.messageKey(), problem.args());
    } catch (ExamProblem problem) {
      session = null;
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  /** Carries out the action chosen in the dialog on the attempt (or the session). */
  public void act() {
    try {
      lastRecordId = null;
      switch (action) {
        case "admit" -> proctoring.admit(sessionId, attemptId, reason);
        case "refuse" -> proctoring.refuse(sessionId, attemptId, reason);
        case "pause" -> proctoring.pause(sessionId, attemptId, reason);
        case "resume" -> proctoring.resume(sessionId, attemptId, reason);
        case "extend" -> proctoring.extend(sessionId, attemptId, minutes, reason);
        case "incident" -> proctoring.incident(sessionId, attemptId, category, reason);
        case "sanction" ->
            lastRecordId = proctoring.sanction(sessionId, attemptId, sanction, reason).getId();
        case "pauseAll" -> proctoring.pauseSession(sessionId, reason);
        case "resumeAll" -> proctoring.resumeSession(sessionId, reason);
        case "extendAll" -> proctoring.extendSession(sessionId, minutes, reason);
        case "sessionIncident" -> proctoring.incident(sessionId, null, category, reason);
        case "seal" -> sealHash = proctoring.seal(sessionId);
        case "reopen" -> {
          proctoring.reopen(sessionId, reason);
          sealHash = null;
        }
        default -> throw new ProctoringProblem("proctoring.unknownAction");
      }
      Messages.info("proctoring.done." + action);
      clearForm();
      session = proctoring.readable(sessionId);
    } catch (ProctoringProblem problem) {
      refused(problem.messageKey(), problem.args());
    } catch (DeliveryProblem problem) {
      refused(problem.messageKey(), problem.args());
    }
  }

  /** After a done action the dialog starts blank again: no reason or choice carries over. */
  private void clearForm() {
    reason = null;
    minutes = DEFAULT_MINUTES;
    category = DEFAULT_CATEGORY;
    sanction = DEFAULT_SANCTION;
  }

  /** A refused action keeps the dialog open with what the proctor typed, to correct it. */
  private static void refused(String key, Object... args) {
    Messages.error(key, args);
    FacesContext.getCurrentInstance().validationFailed();
  }

  public int getDefaultMinutes() {
    return DEFAULT_MINUTES;
  }

  public IncidentCategory getDefaultCategory() {
    return DEFAULT_CATEGORY;
  }

  public Sanction getDefaultSanction() {
    return DEFAULT_SANCTION;
  }

  public IncidentCategory[] getCategories() {
    return IncidentCategory.values();
  }

  public Sanction[] getSanctions() {
    return Sanction.values();
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public ExamSession getSession() {
    return session;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public Long getAttemptId() {
    return attemptId;
  }

  public void setAttemptId(Long attemptId) {
    this.attemptId = attemptId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }

  public IncidentCategory getCategory() {
    return category;
  }

  public void setCategory(IncidentCategory category) {
    this.category = category;
  }

  public Sanction getSanction() {
    return sanction;
  }

  public void setSanction(Sanction sanction) {
    this.sanction = sanction;
  }

  public String getSealHash() {
    return sealHash;
  }

  public Long getLastRecordId() {
    return lastRecordId;
  }
}
