package org.sathach.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sathach.exam.ExamPart;
import org.sathach.exam.ExamParts;
import org.sathach.exam.PartKind;
import org.sathach.marking.Appeals;
import org.sathach.marking.PartMarks;
import org.sathach.marking.PartOutcome;
import org.sathach.marking.PresentationAbsences;
import org.sathach.marking.PresentationMarks;
import org.sathach.platform.Hashes;
import org.sathach.round.Application;
import org.sathach.round.Applications;
import org.sathach.round.Post;
import org.sathach.round.RoundProblem;

/**
 * Works out a post's results from the stored marks: the parts that count for the post (the round's
 * theory and presentation, the post's professional part), each admitted candidate's outcome in
 * each, the ranking under the round's tie-break chain and the committee's recorded tie decisions,
 * and the shortlist. Read only; the committee's page, the reports and the sign-off all use it.
 */
@ApplicationScoped
@Transactional
public class PostResults {
  @PersistenceContext private EntityManager em;
  @Inject private ExamParts examParts;
  @Inject private Applications applications;
  @Inject private PartMarks partMarks;
  @Inject private Instance<PresentationMarks> presentations;
  @Inject private PresentationAbsences absences;
  @Inject private Appeals appeals;

  public PostResult of(long postId) {
    Post post = em.find(Post.class, postId);
    if (post == null) {
      throw new RoundProblem("post.notFound");
    }
    List<ExamPart> parts =
        examParts.partsOf(post.getRound().getId()).stream()
            .filter(p -> p.getPost() == null || p.getPost().getId().equals(postId))
            .sorted((a, b) -> a.getKind().compareTo(b.getKind()))
            .toList();
    Map<PartKind, Map<Long, PartOutcome>> byPart = new EnumMap<>(PartKind.class);
    for (ExamPart part : parts) {
      byPart.put(
          part.getKind(),
          part.getKind() == PartKind.PRESENTATION
              ? presentationOutcomes(part)
              : partMarks.ofPart(part));
    }
    List<PostResult.Entry> entries = new ArrayList<>();
    List<CandidateMarks> marks = new ArrayList<>();
    for (Application a : applications.admitted(List.of(postId))) {
      Map<PartKind, PartOutcome> outcomes = new EnumMap<>(PartKind.class);
      Map<PartKind, org.sathach.marking.PartMark> counted = new EnumMap<>(PartKind.class);
      for (ExamPart part : parts) {
        PartOutcome outcome =
            byPart.get(part.getKind()).getOrDefault(a.getId(), absentOrPending(part));
        outcomes.put(part.getKind(), outcome);
        if (outcome.mark() != null) {
          counted.put(part.getKind(), outcome.mark());
        }
      }
      String key = keyOf(a);
      entries.add(new PostResult.Entry(a, key, outcomes));
      marks.add(new CandidateMarks(key, counted));
    }
    PostRules rules =
        new PostRules(
            parts.stream()
                .map(p -> new PartRule(p.getKind(), p.getPassMark(), p.getWeight()))
                .toList(),
            post.getRound().tieBreakChain());
    List<CommitteeDecision> decisions = decisions(postId, entries);
    Ranking ranking = Ranking.of(rules, marks, decisions);
    Shortlist shortlist =
        Shortlist.of(ranking, Math.max(1, post.getVacancies()), post.getRound().getReservePlaces());
    boolean complete = entries.stream().noneMatch(PostResult.Entry::pending);
    return new PostResult(
        post,
        parts,
        rules,
        entries,
        ranking,
        shortlist,
        complete,
        Hashes.sha256(fingerprint(entries, ranking, shortlist)));
  }

  /** The candidate number, or the application's id for a candidate never seated. */
  public static String keyOf(Application a) {
    return a.getCandidateNumber() != null ? a.getCandidateNumber() : "HS" + a.getId();
  }

  private Map<Long, PartOutcome> presentationOutcomes(ExamPart part) {
    Map<Long, PartOutcome> outcomes = new java.util.HashMap<>();
    for (long absent : absences.absent(part.getId())) {
      outcomes.put(absent, PartOutcome.absent(PartKind.PRESENTATION));
    }
    if (presentations.isUnsatisfied()) {
      return outcomes;
    }
    Map<Long, BigDecimal> board = new java.util.HashMap<>(presentations.get().marks(part.getId()));
    // A decided appeal's re-mark replaces the board's mark.
    board.putAll(appeals.presentationOverrides(part.getId()));
    board.forEach((application, mark) -> outcomes.put(application, PartMarks.presentation(mark)));
    return outcomes;
  }

  private static PartOutcome absentOrPending(ExamPart part) {
    // A computer part without a seat was never sat; a presentation without its sheets is pending.
    return part.getKind() == PartKind.PRESENTATION
        ? PartOutcome.pending(part.getKind())
        : PartOutcome.absent(part.getKind());
  }

  /** The latest decision of the committee for each set of tied candidates still in the post. */
  private List<CommitteeDecision> decisions(long postId, List<PostResult.Entry> entries) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    entries.forEach(e -> keys.add(e.key()));
    Map<java.util.Set<String>, CommitteeDecision> latest = new java.util.LinkedHashMap<>();
    for (TieDecision d :
        em.createQuery(
                "SELECT d FROM TieDecision d WHERE d.postId = :p ORDER BY d.decidedAt, d.id",
                TieDecision.class)
            .setParameter("p", postId)
            .getResultList()) {
      if (keys.containsAll(d.order())) {
        latest.put(java.util.Set.copyOf(d.order()), d.toDecision());
      }
    }
    return new ArrayList<>(latest.values());
  }

  /** Every figure the committee signs: the marks, the ranking and the shortlist, in one text. */
  static String fingerprint(List<PostResult.Entry> entries, Ranking ranking, Shortlist shortlist) {
    StringBuilder text = new StringBuilder();
    for (PostResult.Entry e : entries) {
      text.append("C ").append(e.key());
      e.outcomes()
          .forEach(
              (kind, o) ->
                  text.append(' ')
                      .append(kind)
                      .append('=')
                      .append(o.state())
                      .append(o.mark() == null ? "" : ":" + o.mark().mark().toPlainString())
                      .append(o.mark() != null && o.mark().voided() ? ":VOID" : ""));
      text.append('\n');
    }
    for (RankedCandidate r : ranking.ranked()) {
      text.append("R ")
          .append(r.rank())
          .append(' ')
          .append(r.candidate())
          .append(' ')
          .append(r.total().toPlainString())
          .append(' ')
          .append(r.decidedBy())
          .append(r.unbrokenTie() ? " TIE" : "")
          .append(r.committeeReason() == null ? "" : " " + r.committeeReason())
          .append('\n');
    }
    shortlist.appointees().forEach(r -> text.append("A ").append(r.candidate()).append('\n'));
    shortlist.reserves().forEach(r -> text.append("S ").append(r.candidate()).append('\n'));
    return text.toString();
  }
}
