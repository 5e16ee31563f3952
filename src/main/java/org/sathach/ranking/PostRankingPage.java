package org.sathach.ranking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.sathach.exam.PartKind;
import org.sathach.identity.CurrentUser;
import org.sathach.platform.Messages;
import org.sathach.ranking.report.RankingReport;
import org.sathach.round.Application;

/**
 * The committee's page of one post: the ranking as the reports print it, what still blocks the
 * shortlist, the votes, and the member's own actions (vote, declare a conflict, record a tie
 * decision, reopen as chair, publish the round's results).
 */
@Named("postRanking")
@ViewScoped
public class PostRankingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SignOffs signOffs;
  @Inject transient RankingReports reports;
  @Inject transient CurrentUser currentUser;

  private Long postId;
  private transient SignOffs.Standing standing;
  private transient RankingReport report;
  private String hash;
  private String comment;
  private Long conflictApplication;
  private String conflictNote;
  private String tieOrder;
  private String tieReason;
  private String reopenReason;

  public void load() {
    if (postId == null) {
      return;
    }
    try {
      standing = signOffs.standing(postId);
      report = reports.report(standing, reports.names(standing.members()));
      hash = standing.result().hash();
    } catch (RankingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void approve() {
    vote(Vote.Stance.APPROVE);
  }

  public void object() {
    vote(Vote.Stance.OBJECT);
  }

  private void vote(Vote.Stance stance) {
    act(
        () -> {
          SignOffs.Standing after = signOffs.vote(postId, stance, comment, hash);
          comment = null;
          Messages.info(
              after.state().isFinal() ? "signoff.nowFinal" : "signoff.voted",
              after.count().approvals(),
              after.count().needed());
        });
  }

  public void declareConflict() {
    act(
        () -> {
          signOffs.declareConflict(
              conflictApplication == null ? -1 : conflictApplication, conflictNote);
          conflictNote = null;
          Messages.info("signoff.conflictRecorded");
        });
  }

  public void decideTie() {
    act(
        () -> {
          List<String> order =
              Arrays.stream((tieOrder == null ? "" : tieOrder).split("[,;\\s]+"))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList();
          signOffs.decideTie(postId, order, tieReason);
          tieOrder = null;
          tieReason = null;
          Messages.info("tie.recorded");
        });
  }

  public void reopen() {
    act(
        () -> {
          signOffs.reopen(postId, reopenReason);
          reopenReason = null;
          Messages.info("signoff.reopened");
        });
  }

  public void publish() {
    act(
        () -> {
          signOffs.publish(standing.result().post().getRound().getId());
          Messages.info("results.published");
        });
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (RankingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
    load();
  }

  /** A mark as the reports print it: 2 decimals, or null when not marked. */
  public BigDecimal mark(RankingReport.Line line, PartKind kind) {
    return line.marks().get(kind);
  }

  /** The application behind a candidate number of this post. */
  public Long applicationIdOf(String key) {
    return standing.result().entry(key).map(e -> e.application().getId()).orElse(null);
  }

  /** The part of this post of a kind, for the link to a mark's explanation. */
  public Long partIdOf(PartKind kind) {
    return standing.result().part(kind).getId();
  }

  public boolean isChair() {
    return standing != null
        && currentUser.getUsername().equals(standing.result().post().getRound().getChair());
  }

  public boolean isRecused() {
    return standing != null && standing.recused().contains(currentUser.getUsername());
  }

  public CommitteeVote getMyVote() {
    return standing == null ? null : standing.voteOf(currentUser.getUsername());
  }

  public boolean isVoteCounted(CommitteeVote vote) {
    String counted = standing.state().isFinal() ? standing.state().getSnapshotHash() : hash;
    return vote.getRankingHash().equals(counted);
  }

  public List<Application> getCandidates() {
    return standing == null
        ? List.of()
        : standing.result().entries().stream().map(PostResult.Entry::application).toList();
  }

  public String candidateOf(long applicationId) {
    return standing.result().entries().stream()
        .filter(e -> e.application().getId() == applicationId)
        .map(PostResult.Entry::key)
        .findFirst()
        .orElse("?");
  }

  public Long getPostId() {
    return postId;
  }

  public void setPostId(Long postId) {
    this.postId = postId;
  }

  public SignOffs.Standing getStanding() {
    return standing;
  }

  public RankingReport getReport() {
    return report;
  }

  public String getHash() {
    return hash;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Long getConflictApplication() {
    return conflictApplication;
  }

  public void setConflictApplication(Long conflictApplication) {
    this.conflictApplication = conflictApplication;
  }

  public String getConflictNote() {
    return conflictNote;
  }

  public void setConflictNote(String conflictNote) {
    this.conflictNote = conflictNote;
  }

  public String getTieOrder() {
    return tieOrder;
  }

  public void setTieOrder(String tieOrder) {
    this.tieOrder = tieOrder;
  }

  public String getTieReason() {
    return tieReason;
  }

  public void setTieReason(String tieReason) {
    this.tieReason = tieReason;
  }

  public String getReopenReason() {
    return reopenReason;
  }

  public void setReopenReason(String reopenReason) {
    this.reopenReason = reopenReason;
  }
}
