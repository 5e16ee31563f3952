package org.sathach.ranking.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sathach.exam.PartKind;
import org.sathach.ranking.FailReason;

/**
 * One candidate's published result for a post: the mark of each part (a part missing from {@code
 * marks} is not marked; one in {@code voided} is void), the weighted total ({@code null} without
 * every part), the rank among the {@code rankedCount} ranked candidates ({@code null} when not
 * ranked), and, for a candidate who did not pass, the reasons.
 */
public record CandidateResult(
    String organiser,
    String roundName,
    String postTitle,
    String candidateNumber,
    String fullName,
    List<RankingReport.PartColumn> parts,
    Map<PartKind, BigDecimal> marks,
    Set<PartKind> voided,
    BigDecimal total,
    Integer rank,
    int rankedCount,
    boolean passed,
    List<FailReason> reasons,
    Instant publishedAt) {

  public CandidateResult {
    Objects.requireNonNull(candidateNumber, "candidateNumber");
    Objects.requireNonNull(fullName, "fullName");
    parts = List.copyOf(parts);
    marks = Map.copyOf(marks);
    voided = Set.copyOf(voided);
    reasons = List.copyOf(reasons);
  }
}
