package org.sathach.marking;

import java.io.Serializable;
import java.util.List;

/**
 * What a regrade of one question version does, or did: how many submitted attempts showed the
 * version, how many stored answer points change, and for every post of the part the candidates
 * whose mark, total, pass or fail, rank or shortlist place changes. A dry run and the applied
 * regrade from the same marks give equal results (apart from {@code regradeId}).
 *
 * @param regradeId the stored regrade, {@code null} for a dry run
 */
public record RegradeResult(
    long partId,
    long versionId,
    RegradeAction action,
    Long correctedVersionId,
    int attempts,
    int answersChanged,
    List<PostChanges> posts,
    Long regradeId)
    implements Serializable {

  /** The changed candidates of one post. */
  public record PostChanges(long postId, String title, List<RegradeChange> changes)
      implements Serializable {
    public PostChanges {
      changes = List.copyOf(changes);
    }
  }

  public RegradeResult {
    posts = List.copyOf(posts);
  }

  /** Every changed candidate, post by post. */
  public List<RegradeChange> changes() {
    return posts.stream().flatMap(p -> p.changes().stream()).toList();
  }

  /** The same figures without the stored regrade's id: a dry run compares equal to its apply. */
  public RegradeResult withoutId() {
    return new RegradeResult(
        partId, versionId, action, correctedVersionId, attempts, answersChanged, posts, null);
  }

  /** The counts and every change as text, for the regrade's row and the audit trail. */
  public String summary() {
    StringBuilder text =
        new StringBuilder()
            .append("attempts ")
            .append(attempts)
            .append(", answers changed ")
            .append(answersChanged)
            .append(", candidates changed ")
            .append(changes().size());
    for (PostChanges post : posts) {
      for (RegradeChange change : post.changes()) {
        text.append("\npost ").append(post.postId()).append(' ').append(change.summary());
      }
    }
    return text.toString();
  }
}
