package org.sathach.ranking.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sathach.exam.PartKind;
import org.sathach.ranking.FailReason;
import org.sathach.ranking.TieBreak;

/**
 * Everything the ranking of one post prints, already decided: the criteria it was judged by and one
 * line per candidate in display order (the ranked candidates by rank, then the failed ones). The
 * PDF and the Excel workbook are both written from this one record, so they cannot disagree.
 *
 * <p>{@code snapshotHash} is the SHA-256 of the frozen shortlist once {@link Status#FINAL}, {@code
 * null} before; {@code signatories} are the committee members' full names for the signature block.
 */
public record RankingReport(
    String organiser,
    String roundName,
    String postTitle,
    String postUnit,
    int vacancies,
    int reserve,
    List<PartColumn> parts,
    List<TieBreak> tieBreaks,
    List<Line> lines,
    Status status,
    Instant generatedAt,
    String snapshotHash,
    List<String> signatories) {

  /** One examined part of the post, in the order its column appears. */
  public record PartColumn(PartKind kind, BigDecimal passMark, BigDecimal weight) {
    public PartColumn {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(passMark, "passMark");
      Objects.requireNonNull(weight, "weight");
    }
  }

  /** A provisional ranking may still change; a final one belongs to a frozen shortlist. */
  public enum Status {
    PROVISIONAL,
    FINAL
  }

  /** Where a ranked candidate stands on the shortlist. */
  public enum Placement {
    APPOINTEE,
    RESERVE,
    NONE
  }

  /**
   * One candidate. A part missing from {@code marks} is not marked yet; a part in {@code voided} is
   * void (shown so, whatever its mark). {@code total} is {@code null} until every part is marked
   * and none void; {@code rank} is {@code null} for a failed candidate, who has {@code reasons}.
   */
  public record Line(
      String candidateNumber,
      String fullName,
      Map<PartKind, BigDecimal> marks,
      Set<PartKind> voided,
      BigDecimal total,
      Integer rank,
      List<FailReason> reasons,
      Placement placement,
      TieBreak decidedBy,
      boolean unbrokenTie,
      String committeeReason) {
    public Line {
      Objects.requireNonNull(candidateNumber, "candidateNumber");
      Objects.requireNonNull(fullName, "fullName");
      marks = Map.copyOf(marks);
      voided = Set.copyOf(voided);
      reasons = List.copyOf(reasons);
      placement = placement == null ? Placement.NONE : placement;
    }

    /** Whether the candidate passed, i.e. was ranked. */
    public boolean passed() {
      return rank != null;
    }
  }

  public RankingReport {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(generatedAt, "generatedAt");
    parts = List.copyOf(parts);
    tieBreaks = List.copyOf(tieBreaks);
    lines = List.copyOf(lines);
    signatories = List.copyOf(signatories);
  }
}
