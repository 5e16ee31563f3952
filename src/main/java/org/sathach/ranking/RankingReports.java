package org.sathach.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sathach.exam.ExamPart;
import org.sathach.exam.PartKind;
import org.sathach.identity.User;
import org.sathach.ranking.report.RankingReport;
import org.sathach.ranking.report.SignOffMinutes;
import org.sathach.round.SelectionRound;

/**
 * Turns a post's results into the one record the committee's page, the PDF and the Excel workbook
 * all show, so that they cannot disagree: the candidates in display order (ranked by rank, then the
 * failed ones), their part marks, totals, places and the notes that explain them.
 */
@ApplicationScoped
@Transactional
public class RankingReports {
  @PersistenceContext private EntityManager em;
  @Inject private SignOffs signOffs;
  @Inject private Clock clock;

  public RankingReport report(long postId) {
    SignOffs.Standing standing = signOffs.standing(postId);
    return report(standing, names(standing.members()));
  }

  /** The report of a sign-off as it stands; the committee's full names sign it. */
  public RankingReport report(SignOffs.Standing standing, List<String> signatories) {
    PostResult result = standing.result();
    SelectionRound round = result.post().getRound();
    List<RankingReport.PartColumn> columns =
        result.parts().stream()
            .map(p -> new RankingReport.PartColumn(p.getKind(), p.getPassMark(), p.getWeight()))
            .toList();
    Set<String> appointees = keys(result.shortlist().appointees());
    Set<String> reserves = keys(result.shortlist().reserves());
    List<RankingReport.Line> lines = new ArrayList<>();
    for (RankedCandidate r : result.ranking().ranked()) {
      PostResult.Entry e = result.entry(r.candidate()).orElseThrow();
      RankingReport.Placement placement =
          appointees.contains(r.candidate())
              ? RankingReport.Placement.APPOINTEE
              : reserves.contains(r.candidate())
                  ? RankingReport.Placement.RESERVE
                  : RankingReport.Placement.NONE;
      lines.add(
          new RankingReport.Line(
              r.candidate(),
              e.application().getFullName(),
              marks(result, e),
              voided(result, e),
              r.total(),
              r.rank(),
              List.of(),
              placement,
              r.decidedBy(),
              r.unbrokenTie(),
              r.committeeReason()));
    }
    for (Standing s : result.ranking().failed()) {
      PostResult.Entry e = result.entry(s.candidate()).orElseThrow();
      lines.add(
          new RankingReport.Line(
              s.candidate(),
              e.application().getFullName(),
              marks(result, e),
              voided(result, e),
              s.total(),
              null,
              s.reasons(),
              RankingReport.Placement.NONE,
              null,
              false,
              null));
    }
    boolean isFinal = standing.state().isFinal();
    return new RankingReport(
        round.getOrganiser(),
        round.getName(),
        result.post().getTitle(),
        result.post().getUnit(),
        Math.max(1, result.post().getVacancies()),
        round.getReservePlaces(),
        columns,
        result.rules().tieBreaks(),
        lines,
        isFinal ? RankingReport.Status.FINAL : RankingReport.Status.PROVISIONAL,
        clock.instant(),
        isFinal ? standing.state().getSnapshotHash() : null,
        signatories);
  }

  /** The sign-off minutes of a post as they stand: the shortlist, votes, recusals, outcome. */
  public SignOffMinutes minutes(long postId) {
    SignOffs.Standing standing = signOffs.standing(postId);
    RankingReport report = report(standing, names(standing.members()));
    PostResult result = standing.result();
    List<SignOffMinutes.VoteLine> votes = new ArrayList<>();
    for (CommitteeVote v : standing.votes()) {
      String counted =
          standing.state().isFinal() ? standing.state().getSnapshotHash() : result.hash();
      if (v.getRankingHash().equals(counted)) {
        votes.add(
            new SignOffMinutes.VoteLine(
                name(v.getMember()), v.getStance(), v.getComment(), v.getVotedAt()));
      }
    }
    List<SignOffMinutes.Recusal> recusals = new ArrayList<>();
    for (ConflictOfInterest c : standing.conflicts()) {
      String candidate =
          result.entries().stream()
              .filter(e -> e.application().getId() == c.getApplicationId())
              .map(PostResult.Entry::key)
              .findFirst()
              .orElse("?");
      recusals.add(new SignOffMinutes.Recusal(name(c.getMember()), candidate, c.getNote()));
    }
    List<SignOffMinutes.Reopening> reopenings = new ArrayList<>();
    for (ShortlistReopening o : standing.reopenings()) {
      reopenings.add(
          new SignOffMinutes.Reopening(name(o.getReopenedBy()), o.getReopenedAt(), o.getReason()));
    }
    SignOff count = standing.count();
    SelectionRound round = result.post().getRound();
    return new SignOffMinutes(
        round.getOrganiser(),
        round.getName(),
        result.post().getTitle(),
        votes,
        recusals,
        count.voters(),
        count.needed(),
        count.approvals(),
        count.objections(),
        standing.state().isFinal() ? SignOff.Status.FINAL : count.status(),
        standing.state().getFinalizedAt(),
        standing.state().getSnapshotHash(),
        report.lines().stream().filter(l -> l.placement() != RankingReport.Placement.NONE).toList(),
        reopenings);
  }

  private String name(String username) {
    return names(Set.of(username)).get(0);
  }

  /** The full names of the given users, in the order given; a missing user by username. */
  public List<String> names(Set<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    Map<String, String> full = new java.util.HashMap<>();
    for (User u :
        em.createQuery("SELECT u FROM User u WHERE u.username IN :names", User.class)
            .setParameter("names", usernames)
            .getResultList()) {
      full.put(u.getUsername(), u.getFullName());
    }
    return usernames.stream().map(u -> full.getOrDefault(u, u)).toList();
  }

  private static Map<PartKind, BigDecimal> marks(PostResult result, PostResult.Entry e) {
    Map<PartKind, BigDecimal> marks = new EnumMap<>(PartKind.class);
    for (ExamPart part : result.parts()) {
      BigDecimal mark = e.mark(part.getKind());
      if (mark != null) {
        marks.put(part.getKind(), mark);
      }
    }
    return marks;
  }

  private static Set<PartKind> voided(PostResult result, PostResult.Entry e) {
    Set<PartKind> voided = EnumSet.noneOf(PartKind.class);
    for (ExamPart part : result.parts()) {
      if (e.voided(part.getKind())) {
        voided.add(part.getKind());
      }
    }
    return voided;
  }

  private static Set<String> keys(List<RankedCandidate> list) {
    Set<String> keys = new java.util.HashSet<>();
    list.forEach(r -> keys.add(r.candidate()));
    return keys;
  }
}
