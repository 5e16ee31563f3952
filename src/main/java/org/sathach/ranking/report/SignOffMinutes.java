package org.sathach.ranking.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sathach.ranking.SignOff;
import org.sathach.ranking.Vote;

/**
 * What the minutes of a committee's sign-off on a post's shortlist record: the shortlist voted on
 * (the appointees and reserves, as lines of the ranking), every member's current vote, the members
 * recused for a conflict of interest, the count against the quorum and its outcome, and, once
 * final, when it was frozen and the SHA-256 of the frozen shortlist; then every time the shortlist
 * was reopened, by whom and why. {@code finalizedAt} and {@code snapshotHash} are {@code null}
 * until the status is {@link SignOff.Status#FINAL}.
 */
public record SignOffMinutes(
    String organiser,
    String roundName,
    String postTitle,
    List<VoteLine> votes,
    List<Recusal> recusals,
    int voters,
    int needed,
    int approvals,
    int objections,
    SignOff.Status status,
    Instant finalizedAt,
    String snapshotHash,
    List<RankingReport.Line> shortlist,
    List<Reopening> reopenings) {

  /** A member's vote; {@code comment} may be empty for an approval. */
  public record VoteLine(String memberName, Vote.Stance stance, String comment, Instant at) {
    public VoteLine {
      Objects.requireNonNull(memberName, "memberName");
      Objects.requireNonNull(stance, "stance");
    }
  }

  /** A member who declared a conflict of interest with a candidate, and did not vote. */
  public record Recusal(String memberName, String candidateNumber, String note) {}

  /** A frozen shortlist opened again (after a regrade or an appeal), with the reason. */
  public record Reopening(String byName, Instant at, String reason) {}

  public SignOffMinutes {
    Objects.requireNonNull(status, "status");
    votes = List.copyOf(votes);
    recusals = List.copyOf(recusals);
    shortlist = List.copyOf(shortlist);
    reopenings = List.copyOf(reopenings);
  }
}
