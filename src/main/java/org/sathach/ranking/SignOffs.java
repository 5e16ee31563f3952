package org.sathach.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sathach.audit.AuditTrail;
import org.sathach.exam.ExamPart;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.platform.Callers;
import org.sathach.platform.Hashes;
import org.sathach.platform.UtcInstantConverter;
import org.sathach.round.Application;
import org.sathach.round.Post;
import org.sathach.round.SelectionRound;

/**
 * The committee's sign-off of each post's shortlist. Every member of the committee (the enabled
 * COMMITTEE users) approves or objects with a comment; a member who declared a conflict of interest
 * with any of the post's candidates is recused. A vote names the hash of the results it was cast on
 * and counts only while they are unchanged. When the round's quorum of approvals is reached the
 * shortlist is final and frozen with a snapshot; only the round's chair can reopen it, with a
 * recorded reason, and a reopened shortlist starts a new cycle of votes. Everything is audited.
 */
@ApplicationScoped
@Transactional
public class SignOffs {
  @PersistenceContext private EntityManager em;
  @Inject private PostResults results;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  /** A post's sign-off as it stands. */
  public record Standing(
      PostResult result,
      ShortlistState state,
      SignOff count,
      List<CommitteeVote> votes,
      Set<String> members,
      Set<String> recused,
      List<ConflictOfInterest> conflicts,
      List<ShortlistReopening> reopenings) {

    /** The caller's current vote, if any. */
    public CommitteeVote voteOf(String member) {
      return votes.stream().filter(v -> v.getMember().equals(member)).findFirst().orElse(null);
    }
  }

  public Standing standing(long postId) {
    requireCommittee();
    return standing(postId, results.of(postId), state(postId));
  }

  private Standing standing(long postId, PostResult result, ShortlistState state) {
    Set<String> members = members();
    List<ConflictOfInterest> conflicts = conflicts(postId);
    Set<String> recused = new TreeSet<>();
    conflicts.forEach(c -> recused.add(c.getMember()));
    recused.retainAll(members);
    List<CommitteeVote> votes =
        em.createQuery(
                "SELECT v FROM CommitteeVote v WHERE v.postId = :p AND v.cycle = :c"
                    + " ORDER BY v.votedAt",
                CommitteeVote.class)
            .setParameter("p", postId)
            .setParameter("c", state.getCycle())
            .getResultList();
    String hash = state.isFinal() ? state.getSnapshotHash() : result.hash();
    List<Vote> counted =
        votes.stream()
            .filter(v -> v.getRankingHash().equals(hash))
            .filter(v -> members.contains(v.getMember()) && !recused.contains(v.getMember()))
            .map(CommitteeVote::toVote)
            .toList();
    SignOff count = SignOff.count(members, recused, counted, post(postId).getRound().quorum());
    List<ShortlistReopening> reopenings =
        em.createQuery(
                "SELECT r FROM ShortlistReopening r WHERE r.postId = :p ORDER BY r.reopenedAt",
                ShortlistReopening.class)
            .setParameter("p", postId)
            .getResultList();
    return new Standing(result, state, count, votes, members, recused, conflicts, reopenings);
  }

  /**
   * Records the caller's vote on the shortlist as it stands now (replacing an earlier vote of this
   * cycle), and freezes the shortlist when the approvals reach the quorum.
   */
  public Standing vote(long postId, Vote.Stance stance, String comment, String seenHash) {
    requireCommittee();
    ShortlistState state = lockedState(postId);
    if (state.isFinal()) {
      throw new RankingProblem("signoff.final");
    }
    PostResult result = results.of(postId);
    if (seenHash != null && !seenHash.equals(result.hash())) {
      throw new RankingProblem("signoff.changed");
    }
    if (!result.complete()) {
      throw new RankingProblem("signoff.incomplete");
    }
    if (result.shortlist().blocked()) {
      throw new RankingProblem("signoff.tie", String.join(", ", result.shortlist().blockedBy()));
    }
    String me = actor();
    Standing before = standing(postId, result, state);
    if (!before.members().contains(me)) {
      throw new RankingProblem("signoff.notMember");
    }
    if (before.recused().contains(me)) {
      throw new RankingProblem("signoff.recusedRefused");
    }
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    if (stance == Vote.Stance.OBJECT && note == null) {
      throw new RankingProblem("signoff.objectionNeedsComment");
    }
    CommitteeVote vote = before.voteOf(me);
    if (vote == null) {
      vote = new CommitteeVote(postId, state.getCycle(), me);
      em.persist(vote);
    }
    vote.cast(stance, note, result.hash(), clock.instant());
    em.flush();
    audit.record(
        "SHORTLIST_VOTE",
        "post " + postId,
        stance + " cycle " + state.getCycle() + " results sha256=" + result.hash(),
        note);
    Standing after = standing(postId, result, state);
    if (after.count().status() == SignOff.Status.FINAL) {
      String snapshot = snapshot(result, after);
      String hash = result.hash();
      state.freeze(snapshot, hash, clock.instant());
      audit.record(
          "SHORTLIST_FINAL",
          "post " + postId,
          after.count().approvals()
              + " of "
              + after.count().voters()
              + " approved (needed "
              + after.count().needed()
              + "); snapshot sha256="
              + Hashes.sha256(snapshot)
              + " results sha256="
              + hash,
          null);
      return standing(postId, result, state);
    }
    return after;
  }

  /** Declares the caller's conflict of interest with a candidate: recused from the post. */
  public void declareConflict(long applicationId, String note) {
    requireCommittee();
    if (note == null || note.isBlank()) {
      throw new RankingProblem("signoff.conflictNeedsNote");
    }
    Application application = em.find(Application.class, applicationId);
    if (application == null) {
      throw new RankingProblem("signoff.noCandidate");
    }
    ShortlistState state = lockedState(application.getPost().getId());
    if (state.isFinal()) {
      throw new RankingProblem("signoff.final");
    }
    boolean exists =
        !em.createQuery(
                "SELECT c FROM ConflictOfInterest c WHERE c.applicationId = :a AND c.member = :m",
                ConflictOfInterest.class)
            .setParameter("a", applicationId)
            .setParameter("m", actor())
            .getResultList()
            .isEmpty();
    if (!exists) {
      em.persist(new ConflictOfInterest(applicationId, actor(), note.strip(), clock.instant()));
      audit.record(
          "CONFLICT_DECLARED",
          "application " + applicationId,
          "post " + application.getPost().getId(),
          note.strip());
    }
  }

  /**
   * Records the committee's order for candidates the tie-break chain left tied, with its reason.
   * Refused unless the candidates are exactly a tie of the current ranking.
   */
  public void decideTie(long postId, List<String> order, String reason) {
    requireCommittee();
    if (reason == null || reason.isBlank()) {
      throw new RankingProblem("tie.reasonRequired");
    }
    ShortlistState state = lockedState(postId);
    if (state.isFinal()) {
      throw new RankingProblem("signoff.final");
    }
    PostResult result = results.of(postId);
    // The candidates named must be exactly one group sharing a rank in an unbroken tie.
    RankedCandidate first = result.ranking().find(order.isEmpty() ? "" : order.get(0)).orElse(null);
    Set<String> tied = new HashSet<>();
    if (first != null && first.unbrokenTie()) {
      result.ranking().ranked().stream()
          .filter(r -> r.rank() == first.rank())
          .forEach(r -> tied.add(r.candidate()));
    }
    if (tied.size() < 2 || order.size() != tied.size() || !tied.equals(new HashSet<>(order))) {
      throw new RankingProblem("tie.notOneTie");
    }
    em.persist(new TieDecision(postId, order, reason.strip(), actor(), clock.instant()));
    audit.record("TIE_DECIDED", "post " + postId, String.join(" > ", order), reason.strip());
  }

  /** The chair reopens a final shortlist, with a recorded reason; votes start again. */
  public void reopen(long postId, String reason) {
    requireCommittee();
    if (reason == null || reason.isBlank()) {
      throw new RankingProblem("signoff.reopenReason");
    }
    Post post = post(postId);
    if (!actor().equals(post.getRound().getChair())) {
      throw new RankingProblem("signoff.chairOnly");
    }
    ShortlistState state = lockedState(postId);
    if (!state.isFinal()) {
      throw new RankingProblem("signoff.notFinal");
    }
    String was = state.getSnapshotHash();
    state.reopen();
    em.persist(
        new ShortlistReopening(postId, state.getCycle(), actor(), clock.instant(), reason.strip()));
    audit.record(
        "SHORTLIST_REOPENED",
        "post " + postId,
        "was sha256=" + was + "; cycle " + state.getCycle(),
        reason.strip());
  }

  /**
   * Reopens a final shortlist whose results a decided appeal or an applied regrade has changed,
   * with the recorded reason; does nothing when the shortlist is open or its results are unchanged.
   * Returns whether it reopened. Unlike {@link #reopen}, the chair's word is not needed: the change
   * itself was decided and audited by whoever applied it.
   */
  public boolean reopenIfChanged(long postId, String reason) {
    ShortlistState state = lockedState(postId);
    if (!state.isFinal() || results.of(postId).hash().equals(state.getSnapshotHash())) {
      return false;
    }
    String was = state.getSnapshotHash();
    state.reopen();
    em.persist(
        new ShortlistReopening(postId, state.getCycle(), actor(), clock.instant(), reason.strip()));
    audit.record(
        "SHORTLIST_REOPENED",
        "post " + postId,
        "results changed; was sha256=" + was + "; cycle " + state.getCycle(),
        reason.strip());
    return true;
  }

  /** The shortlist's state, created open on first need. */
  public ShortlistState state(long postId) {
    ShortlistState state = em.find(ShortlistState.class, postId);
    if (state == null) {
      state = new ShortlistState(post(postId).getId());
      em.persist(state);
      em.flush();
    }
    return state;
  }

  private ShortlistState lockedState(long postId) {
    state(postId);
    return em.find(ShortlistState.class, postId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The members of the committee: enabled users with the COMMITTEE role, by username. */
  public Set<String> members() {
    List<User> users =
        em.createQuery(
                "SELECT u FROM User u JOIN u.roles r WHERE r = org.sathach.identity.Role.COMMITTEE",
                User.class)
            .getResultList();
    Set<String> members = new TreeSet<>();
    users.stream().filter(User::isEnabled).forEach(u -> members.add(u.getUsername()));
    return members;
  }

  private List<ConflictOfInterest> conflicts(long postId) {
    return em.createQuery(
            "SELECT c FROM ConflictOfInterest c WHERE c.applicationId IN"
                + " (SELECT a.id FROM Application a WHERE a.post.id = :p) ORDER BY c.declaredAt",
            ConflictOfInterest.class)
        .setParameter("p", postId)
        .getResultList();
  }

  /** Publishes a round's results once every post's shortlist is final. */
  public void publish(long roundId) {
    requireCommittee();
    SelectionRound round = em.find(SelectionRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
    if (round == null) {
      throw new RankingProblem("signoff.noRound");
    }
    if (round.isResultsPublished()) {
      throw new RankingProblem("results.alreadyPublished");
    }
    List<Post> posts =
        em.createQuery("SELECT p FROM Post p WHERE p.round = :r ORDER BY p.id", Post.class)
            .setParameter("r", round)
            .getResultList();
    for (Post post : posts) {
      if (!state(post.getId()).isFinal()) {
        throw new RankingProblem("results.notAllFinal", post.getTitle());
      }
    }
    // Native: the entity's publication columns are read-only, so saving an edited round never
    // undoes a publication.
    em.createNativeQuery(
            "UPDATE selection_round SET results_published_at = ?, results_published_by = ?"
                + " WHERE id = ?")
        .setParameter(1, new UtcInstantConverter().convertToDatabaseColumn(clock.instant()))
        .setParameter(2, actor())
        .setParameter(3, roundId)
        .executeUpdate();
    em.refresh(round);
    audit.record("RESULTS_PUBLISHED", "round " + roundId, posts.size() + " posts", null);
  }

  /** The frozen record of what the committee approved: marks, ranking, shortlist, votes. */
  static String snapshot(PostResult result, Standing standing) {
    JsonArrayBuilder candidates = Json.createArrayBuilder();
    for (PostResult.Entry e : result.entries()) {
      JsonObjectBuilder c =
          Json.createObjectBuilder()
              .add("candidate", e.key())
              .add("name", e.application().getFullName());
      JsonObjectBuilder marks = Json.createObjectBuilder();
      for (ExamPart part : result.parts()) {
        var mark = e.mark(part.getKind());
        if (mark != null) {
          marks.add(part.getKind().name(), mark);
        }
      }
      c.add("marks", marks);
      result
          .ranking()
          .find(e.key())
          .ifPresent(r -> c.add("rank", r.rank()).add("total", r.total()));
      candidates.add(c);
    }
    JsonArrayBuilder appointees = Json.createArrayBuilder();
    result.shortlist().appointees().forEach(r -> appointees.add(r.candidate()));
    JsonArrayBuilder reserves = Json.createArrayBuilder();
    result.shortlist().reserves().forEach(r -> reserves.add(r.candidate()));
    JsonArrayBuilder votes = Json.createArrayBuilder();
    standing
        .votes()
        .forEach(
            v ->
                votes.add(
                    Json.createObjectBuilder()
                        .add("member", v.getMember())
                        .add("stance", v.getStance().name())
                        .add("at", v.getVotedAt().toString())));
    return Json.createObjectBuilder()
        .add("post", result.post().getId())
        .add("resultsHash", result.hash())
        .add("candidates", candidates)
        .add("appointees", appointees)
        .add("reserves", reserves)
        .add("votes", votes)
        .build()
        .toString();
  }

  private Post post(long postId) {
    Post post = em.find(Post.class, postId);
    if (post == null) {
      throw new RankingProblem("post.notFound");
    }
    return post;
  }

  private void requireCommittee() {
    if (!security.isCallerInRole(Role.COMMITTEE.name()) && !Callers.isSystem(security)) {
      throw new RankingProblem("signoff.committeeOnly");
    }
  }

  private String actor() {
    return Callers.name(security);
  }
}
