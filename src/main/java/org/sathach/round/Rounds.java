package org.sathach.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sathach.audit.AuditTrail;
import org.sathach.platform.Callers;

/**
 * The boundary of selection rounds and their posts: opening a round, its posts and their criteria,
 * and the per-post count of eligible candidates that decides whether a post can be examined. Every
 * change is audited.
 */
@ApplicationScoped
@Transactional
public class Rounds {
  /** A post needs at least this many eligible candidates to be examined. */
  public static final int MIN_ELIGIBLE = 2;

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  /** A new round, not yet saved, with the defaults filled in. */
  public SelectionRound draft() {
    return new SelectionRound(actor(), clock.instant());
  }

  /** Saves a new or edited round after checking its values. */
  public SelectionRound save(SelectionRound round) {
    check(round);
    boolean created = round.getId() == null;
    SelectionRound saved;
    if (created) {
      em.persist(round);
      saved = round;
    } else {
      saved = em.merge(round);
    }
    em.flush();
    audit.record(
        created ? "ROUND_CREATED" : "ROUND_UPDATED",
        target(saved),
        saved.getName() + "; appointment " + saved.getAppointmentDate(),
        null);
    return saved;
  }

  /** Opens the round to applications, or closes it. */
  public SelectionRound setStatus(long roundId, RoundStatus status) {
    SelectionRound round = round(roundId);
    if (round.getStatus() != status) {
      RoundStatus before = round.getStatus();
      round.setStatus(status);
      audit.record("ROUND_STATUS", target(round), before + " -> " + status, null);
    }
    return round;
  }

  public SelectionRound round(long id) {
    SelectionRound round = em.find(SelectionRound.class, id);
    if (round == null) {
      throw new RoundProblem("round.notFound");
    }
    return round;
  }

  public List<SelectionRound> all() {
    return em.createNamedQuery(SelectionRound.ALL, SelectionRound.class).getResultList();
  }

  /** The rounds a candidate may apply to now. */
  public List<SelectionRound> open() {
    return em.createNamedQuery(SelectionRound.BY_STATUS, SelectionRound.class)
        .setParameter("status", RoundStatus.OPEN)
        .getResultList();
  }

  /** A new post of the round, not yet saved, with the criteria usual for its level. */
  public Post draftPost(long roundId, PostLevel level) {
    return new Post(round(roundId), level);
  }

  public Post savePost(Post post) {
    if (blank(post.getTitle()) || blank(post.getUnit()) || blank(post.getSector())) {
      throw new RoundProblem("post.required");
    }
    if (post.getVacancies() < 1
        || post.getMinYearsBelow() < 0
        || post.getRatedYears() < 0
        || post.getTermYears() < 0) {
      throw new RoundProblem("post.numbers");
    }
    boolean created = post.getId() == null;
    Post saved;
    if (created) {
      em.persist(post);
      saved = post;
    } else {
      saved = em.merge(post);
    }
    em.flush();
    audit.record(
        created ? "POST_CREATED" : "POST_UPDATED",
        "post:" + saved.getId(),
        saved.getTitle() + " / " + saved.getUnit() + "; " + saved.criteria(),
        null);
    return saved;
  }

  public Post post(long id) {
    Post post = em.find(Post.class, id);
    if (post == null) {
      throw new RoundProblem("post.notFound");
    }
    return post;
  }

  public List<Post> posts(long roundId) {
    return em.createNamedQuery(Post.OF_ROUND, Post.class)
        .setParameter("round", round(roundId))
        .getResultList();
  }

  /**
   * Each post of the round with its applications, eligible count and whether it can be examined (at
   * least {@value #MIN_ELIGIBLE} eligible candidates), in post order.
   */
  public List<PostStanding> standings(long roundId) {
    SelectionRound round = round(roundId);
    Map<Long, List<Application>> byPost =
        em
            .createNamedQuery(Application.OF_ROUND, Application.class)
            .setParameter("round", round)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(a -> a.getPost().getId()));
    return posts(roundId).stream()
        .map(
            post ->
                PostStanding.of(post, byPost.getOrDefault(post.getId(), List.of()), MIN_ELIGIBLE))
        .toList();
  }

  /** The standings of the round's posts, by post id. */
  public Map<Long, PostStanding> standingsById(long roundId) {
    return standings(roundId).stream()
        .collect(Collectors.toMap(s -> s.post().getId(), Function.identity()));
  }

  private void check(SelectionRound round) {
    if (blank(round.getName())
        || blank(round.getOrganiser())
        || round.getAppointmentDate() == null) {
      throw new RoundProblem("round.required");
    }
    if (round.getCoverageFactor() < 1
        || round.getLateMinutes() < 0
        || round.getReprimandPercent() < 0
        || round.getReprimandPercent() > 100
        || round.getWarningPercent() < 0
        || round.getWarningPercent() > 100) {
      throw new RoundProblem("round.numbers");
    }
    if (round.getReservePlaces() < 0
        || round.getReservePlaces() > 20
        || round.getAppealDays() < 1
        || round.getAppealDays() > 90) {
      throw new RoundProblem("round.numbers");
    }
    try {
      round.quorum();
      new org.sathach.ranking.PostRules(
          java.util.Arrays.stream(org.sathach.exam.PartKind.values())
              .map(org.sathach.ranking.PartRule::of)
              .toList(),
          round.tieBreakChain());
    } catch (IllegalArgumentException e) {
      throw new RoundProblem("round.rankingRulesInvalid");
    }
    if (invalidAge(round.getMaleRetirementMonths())
        || invalidAge(round.getFemaleRetirementMonths())) {
      throw new RoundProblem("round.retirementAge");
    }
  }

  private static boolean invalidAge(Integer months) {
    return months != null && (months < 40 * 12 || months > 75 * 12);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private String actor() {
    return Callers.name(security);
  }

  static String target(SelectionRound round) {
    return "round:" + round.getId();
  }
}
