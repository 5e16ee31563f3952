package org.sathach.round;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.sathach.platform.Messages;

/**
 * An application's page, for the committee (register a candidate, check, decide) and for the
 * candidate (apply, edit while the round is open). The checklist is judged live from the facts as
 * typed; the committee's decision is taken on the saved application.
 */
@Named
@ViewScoped
public class EditApplication implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Applications applications;
  @Inject transient Rounds rounds;

  private Long id;
  private Long roundId;
  private SelectionRound round;
  private List<Post> posts;
  private ApplicationForm form;
  private Application application;
  private String oneTimePassword;
  private boolean overrideEligible = true;
  private String reason;

  public void load() {
    try {
      if (id != null) {
        application = applications.readable(id);
        round = application.getRound();
        form = ApplicationForm.of(application);
      } else {
        round = rounds.round(roundId);
        form = ApplicationForm.forRound(round, EligibilityCriteria.DEFAULT_RATED_YEARS);
      }
      roundId = round.getId();
      posts = rounds.posts(roundId);
      if (form.getPostId() == null && posts.size() == 1) {
        form.setPostId(posts.get(0).getId());
      }
      widenRatingYears();
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  /** The rated years follow the chosen post's criteria. */
  public void postChanged() {
    widenRatingYears();
  }

  private void widenRatingYears() {
    Post post = selectedPost();
    if (post != null) {
      int last = round.getAppointmentDate().getYear() - 1;
      for (int year = last; year > last - post.getRatedYears(); year--) {
        form.getRatings().putIfAbsent(year, null);
      }
    }
  }

  private Post selectedPost() {
    return posts == null || form.getPostId() == null
        ? null
        : posts.stream().filter(p -> p.getId().equals(form.getPostId())).findFirst().orElse(null);
  }

  /** The checklist for the facts as typed against the chosen post; empty while incomplete. */
  public List<CriterionResult> getChecklist() {
    Post post = selectedPost();
    if (post == null) {
      return List.of();
    }
    return form.facts()
        .map(f -> Eligibility.evaluate(post.criteria(), f, round.getAppointmentDate()))
        .orElse(List.of());
  }

  public boolean isChecklistPassed() {
    List<CriterionResult> results = getChecklist();
    return !results.isEmpty() && Eligibility.allPassed(results);
  }

  /** The committee registers the candidate (new) or saves the facts (existing). */
  public void saveAsCommittee() {
    try {
      if (application == null) {
        Applications.Registration registration = applications.register(form);
        application = registration.application();
        oneTimePassword = registration.oneTimePassword();
        id = application.getId();
      } else {
        application = applications.update(application.getId(), form);
      }
      Messages.info("application.saved");
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  /** The candidate applies (new) or saves their facts (existing). */
  public String saveAsCandidate() {
    try {
      application =
          application == null
              ? applications.apply(form)
              : applications.update(application.getId(), form);
      return "/candidate/application?faces-redirect=true&id=" + application.getId();
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
      return null;
    }
  }

  public void confirm() {
    try {
      application = applications.confirm(application.getId(), reason);
      reason = null;
      Messages.info("application.confirmed");
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void override() {
    try {
      application = applications.override(application.getId(), overrideEligible, reason);
      reason = null;
      Messages.info("application.overridden");
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void upload(FileUploadEvent event) {
    try {
      applications.addDocument(
          application.getId(), event.getFile().getFileName(), event.getFile().getContent());
      Messages.info("document.added", event.getFile().getFileName());
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void removeDocument(ApplicationDocument document) {
    try {
      applications.removeDocument(document.getId());
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public List<ApplicationDocument> getDocuments() {
    return application == null ? List.of() : applications.documents(application.getId());
  }

  /** The saved application's checklist, as the committee decides on it. */
  public List<CriterionResult> getSavedChecklist() {
    return application == null ? List.of() : application.evaluation();
  }

  /** Whether the candidate may still change their application. */
  public boolean isEditableByCandidate() {
    return round != null
        && round.acceptsApplications()
        && (application == null || application.getDecision() == Decision.PENDING);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public SelectionRound getRound() {
    return round;
  }

  public List<Post> getPosts() {
    return posts;
  }

  public ApplicationForm getForm() {
    return form;
  }

  public Application getApplication() {
    return application;
  }

  public String getOneTimePassword() {
    return oneTimePassword;
  }

  public boolean isOverrideEligible() {
    return overrideEligible;
  }

  public void setOverrideEligible(boolean overrideEligible) {
    this.overrideEligible = overrideEligible;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
