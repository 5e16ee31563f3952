package org.sathach.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sathach.exam.ExamPart;
import org.sathach.exam.PartKind;
import org.sathach.platform.Callers;
import org.sathach.ranking.report.CandidateResult;
import org.sathach.ranking.report.RankingReport;
import org.sathach.round.Application;
import org.sathach.round.SelectionRound;

/**
 * A candidate's own published result: their marks per part, weighted total, rank among the ranked
 * candidates of their post or the reasons they did not pass. Worked out from the results as they
 * stand (so a decided appeal shows at once), only for the caller's own application and only once
 * the round's results are published. Nobody else's name or marks ever leave this class.
 */
@ApplicationScoped
@Transactional
public class MyResults {
  @PersistenceContext private EntityManager em;
  @Inject private PostResults results;
  @Inject private SecurityContext security;

  /**
   * The caller's result for one of their applications (the committee may print anyone's); empty
   * when the application was not examined (not admitted). Refused ({@code
   * results.candidate.notFound}) for anyone else's application and ({@code
   * results.candidate.notPublished}) before publication.
   */
  public Optional<CandidateResult> result(long applicationId) {
    Application application = em.find(Application.class, applicationId);
    boolean committee = security.isCallerInRole(org.sathach.identity.Role.COMMITTEE.name());
    if (application == null
        || Callers.isSystem(security)
        || (!committee
            && !application.getCandidate().getUsername().equals(Callers.name(security)))) {
      throw new RankingProblem("results.candidate.notFound");
    }
    SelectionRound round = application.getRound();
    if (!round.isResultsPublished()) {
      throw new RankingProblem("results.candidate.notPublished");
    }
    PostResult result = results.of(application.getPost().getId());
    return result.entries().stream()
        .filter(e -> e.application().getId().equals(applicationId))
        .findFirst()
        .map(e -> of(result, e, round));
  }

  private static CandidateResult of(PostResult result, PostResult.Entry e, SelectionRound round) {
    Map<PartKind, BigDecimal> marks = new EnumMap<>(PartKind.class);
    Set<PartKind> voided = EnumSet.noneOf(PartKind.class);
    for (ExamPart part : result.parts()) {
      BigDecimal mark = e.mark(part.getKind());
      if (mark != null) {
        marks.put(part.getKind(), mark);
      }
      if (e.voided(part.getKind())) {
        voided.add(part.getKind());
      }
    }
    List<RankingReport.PartColumn> columns =
        result.parts().stream()
            .map(p -> new RankingReport.PartColumn(p.getKind(), p.getPassMark(), p.getWeight()))
            .toList();
    Optional<RankedCandidate> ranked = result.ranking().find(e.key());
    Optional<Standing> failed =
        result.ranking().failed().stream().filter(s -> s.candidate().equals(e.key())).findFirst();
    return new CandidateResult(
        round.getOrganiser(),
        round.getName(),
        result.post().getTitle(),
        e.key(),
        e.application().getFullName(),
        columns,
        marks,
        voided,
        ranked.map(RankedCandidate::total).orElse(failed.map(Standing::total).orElse(null)),
        ranked.map(RankedCandidate::rank).orElse(null),
        result.ranking().ranked().size(),
        ranked.isPresent(),
        failed.map(Standing::reasons).orElse(List.of()),
        round.getResultsPublishedAt());
  }
}
