package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sathach.bank.QuestionVersion;
import org.sathach.delivery.PaperCache;
import org.sathach.exam.ExamPart;
import org.sathach.exam.Paper;
import org.sathach.exam.PartKind;
import org.sathach.marking.QuestionMark.Voiding;
import org.sathach.ranking.PostResult;
import org.sathach.ranking.PostResults;
import org.sathach.ranking.RankedCandidate;
import org.sathach.ranking.Standing;

/**
 * What {@link Regrades} reads, in the caller's transaction (so a dry run reads its own uncommitted
 * changes): the part's submitted attempts and answers, its voided questions, and each post's
 * candidates as the committee sees them (from {@link PostResults}, the same figures as the ranking
 * page).
 */
@ApplicationScoped
public class RegradeReadings {
  @PersistenceContext private EntityManager em;
  @Inject private PostResults results;
  @Inject private PaperCache cache;

  /** id, paper id and paper seed of each submitted attempt of the part. */
  List<?> submittedAttempts(long partId) {
    return em.createNativeQuery(
            "SELECT a.id, a.paper_id, p.seed FROM attempt a JOIN seat s ON s.id = a.seat_id"
                + " JOIN paper p ON p.id = a.paper_id"
                + " WHERE s.part_id = ? AND a.status = 'SUBMITTED' ORDER BY a.id")
        .setParameter(1, partId)
        .getResultList();
  }

  /** Fills the attempt's stored responses (a key for every row) and points by position. */
  void answers(long attemptId, Map<Integer, String> responses, Map<Integer, BigDecimal> points) {
    for (Object row :
        em.createNativeQuery("SELECT position, response, points FROM answer WHERE attempt_id = ?")
            .setParameter(1, attemptId)
            .getResultList()) {
      Object[] columns = (Object[]) row;
      int position = ((Number) columns[0]).intValue();
      responses.put(position, columns[1] == null ? null : columns[1].toString());
      if (columns[2] != null) {
        points.put(position, new BigDecimal(columns[2].toString()));
      }
    }
  }

  /** The part's voided question versions and how each is voided. */
  Map<Long, Voiding> voidsOf(long partId) {
    Map<Long, Voiding> voids = new HashMap<>();
    for (Object row :
        em.createNativeQuery("SELECT version_id, mode FROM question_void WHERE part_id = ?")
            .setParameter(1, partId)
            .getResultList()) {
      Object[] columns = (Object[]) row;
      voids.put(((Number) columns[0]).longValue(), RegradeAction.voidingOf(columns[1].toString()));
    }
    return voids;
  }

  /** The posts whose results the part counts in: its own, or every post of the round. */
  List<Long> postIdsOf(ExamPart part) {
    if (part.getPost() != null) {
      return List.of(part.getPost().getId());
    }
    return em.createQuery("SELECT p.id FROM Post p WHERE p.round.id = :r ORDER BY p.id", Long.class)
        .setParameter("r", part.getRound().getId())
        .getResultList();
  }

  String postTitle(long postId) {
    return em.createQuery("SELECT p.title FROM Post p WHERE p.id = :p", String.class)
        .setParameter("p", postId)
        .getSingleResult();
  }

  /** Every candidate of the post with the figures a regrade of a {@code kind} part can change. */
  List<RegradeLine> lines(long postId, PartKind kind) {
    PostResult result = results.of(postId);
    List<RegradeLine> lines = new ArrayList<>();
    for (PostResult.Entry entry : result.entries()) {
      String key = entry.key();
      RankedCandidate ranked = result.ranking().find(key).orElse(null);
      BigDecimal total =
          ranked != null
              ? ranked.total()
              : result.ranking().failed().stream()
                  .filter(s -> s.candidate().equals(key))
                  .map(Standing::total)
                  .findFirst()
                  .orElse(null);
      RegradeLine.Place place = null;
      if (result.shortlist().appointees().stream().anyMatch(r -> r.candidate().equals(key))) {
        place = RegradeLine.Place.APPOINTEE;
      } else if (result.shortlist().reserves().stream().anyMatch(r -> r.candidate().equals(key))) {
        place = RegradeLine.Place.RESERVE;
      }
      lines.add(
          new RegradeLine(
              key,
              entry.application().getFullName(),
              entry.mark(kind),
              total,
              ranked != null,
              ranked == null ? null : ranked.rank(),
              place));
    }
    return lines;
  }

  /** The versions shown in the part's submitted attempts, by first position on a paper. */
  List<RegradeQuestion> questions(ExamPart part) {
    Map<Long, Integer> first = new LinkedHashMap<>();
    Map<Long, Integer> shownIn = new HashMap<>();
    for (Object row : submittedAttempts(part.getId())) {
      Paper paper = cache.paper(((Number) ((Object[]) row)[1]).longValue());
      for (int i = 0; i < paper.items().size(); i++) {
        long versionId = paper.items().get(i).versionId();
        first.merge(versionId, i, Math::min);
        shownIn.merge(versionId, 1, Integer::sum);
      }
    }
    Map<Long, Voiding> voids = voidsOf(part.getId());
    List<RegradeQuestion> list = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : first.entrySet()) {
      QuestionVersion v = em.find(QuestionVersion.class, e.getKey());
      Voiding voiding = voids.get(e.getKey());
      list.add(
          new RegradeQuestion(
              v.getId(),
              v.getQuestion().getId(),
              v.getVersionNo(),
              v.getType(),
              e.getValue(),
              Regrades.excerpt(v.getStem()),
              shownIn.get(e.getKey()),
              voiding == null ? null : RegradeAction.storedMode(voiding)));
    }
    list.sort(
        java.util.Comparator.comparingInt(RegradeQuestion::firstPosition)
            .thenComparingLong(RegradeQuestion::versionId));
    return list;
  }
}
