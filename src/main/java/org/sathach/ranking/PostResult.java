package org.sathach.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sathach.exam.ExamPart;
import org.sathach.exam.PartKind;
import org.sathach.marking.PartOutcome;
import org.sathach.round.Application;
import org.sathach.round.Post;

/**
 * A post's results as they stand: every admitted candidate with the outcome of each part, the
 * ranking and the shortlist worked out from them, whether marking is complete, and a SHA-256 of the
 * whole that a committee vote names.
 */
public record PostResult(
    Post post,
    List<ExamPart> parts,
    PostRules rules,
    List<Entry> entries,
    Ranking ranking,
    Shortlist shortlist,
    boolean complete,
    String hash) {

  /** One candidate: the key the ranking knows them by (the candidate number) and their parts. */
  public record Entry(Application application, String key, Map<PartKind, PartOutcome> outcomes) {
    public BigDecimal mark(PartKind kind) {
      PartOutcome outcome = outcomes.get(kind);
      return outcome == null || outcome.mark() == null ? null : outcome.mark().mark();
    }

    public boolean voided(PartKind kind) {
      PartOutcome outcome = outcomes.get(kind);
      return outcome != null && outcome.mark() != null && outcome.mark().voided();
    }

    public boolean pending() {
      return outcomes.values().stream().anyMatch(o -> o.state() == PartOutcome.State.PENDING);
    }
  }

  public Optional<Entry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  public ExamPart part(PartKind kind) {
    return parts.stream().filter(p -> p.getKind() == kind).findFirst().orElseThrow();
  }
}
