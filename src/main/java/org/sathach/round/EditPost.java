package org.sathach.round;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sathach.platform.Messages;

/** A post and its eligibility criteria: new ({@code ?round=}) or edited ({@code ?id=}). */
@Named
@ViewScoped
public class EditPost implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Rounds rounds;

  private Long id;
  private Long roundId;
  private PostLevel level = PostLevel.DEPARTMENT;
  private Post post;

  public void load() {
    try {
      post = id != null ? rounds.post(id) : rounds.draftPost(roundId, level);
      roundId = post.getRound().getId();
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  /** A new post's criteria follow the level chosen, until saved. */
  public void levelChanged() {
    if (post != null && post.getId() == null) {
      Post fresh = rounds.draftPost(roundId, post.getLevel());
      fresh.setTitle(post.getTitle());
      fresh.setUnit(post.getUnit());
      fresh.setSector(post.getSector());
      fresh.setVacancies(post.getVacancies());
      post = fresh;
    }
  }

  public String save() {
    try {
      rounds.savePost(post);
      return "/committee/round?faces-redirect=true&id=" + roundId;
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
      return null;
    }
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

  public Post getPost() {
    return post;
  }
}
