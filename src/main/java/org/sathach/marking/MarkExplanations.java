package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;
import org.sathach.bank.format.TextHtml;
import org.sathach.delivery.Answer;
import org.sathach.delivery.Attempt;
import org.sathach.delivery.PaperCache;
import org.sathach.exam.ExamPart;
import org.sathach.exam.Paper;
import org.sathach.exam.PaperItem;
import org.sathach.identity.Role;
import org.sathach.platform.Callers;

/**
 * Explains a candidate's mark in a computer part line by line, from the same rows the mark is
 * worked out from, so the explanation and the mark cannot disagree. Committee only.
 */
@ApplicationScoped
@Transactional
public class MarkExplanations {
  private static final int STEM_EXCERPT = 140;

  @PersistenceContext private EntityManager em;
  @Inject private PaperCache cache;
  @Inject private EssayScripts scripts;
  @Inject private PartMarks partMarks;
  @Inject private SecurityContext security;

  public MarkExplanation explain(long partId, long applicationId) {
    if (!security.isCallerInRole(Role.COMMITTEE.name()) && !Callers.isSystem(security)) {
      throw new MarkingProblem("marking.committeeOnly");
    }
    ExamPart part = em.find(ExamPart.class, partId);
    if (part == null) {
      throw new MarkingProblem("marking.partNotFound");
    }
    List<Attempt> attempts =
        em.createQuery(
                "SELECT a FROM Attempt a WHERE a.seat.part = :p AND a.seat.application.id = :app",
                Attempt.class)
            .setParameter("p", part)
            .setParameter("app", applicationId)
            .getResultList();
    PartOutcome outcome =
        partMarks.ofPart(part).getOrDefault(applicationId, PartOutcome.absent(part.getKind()));
    if (attempts.isEmpty() || attempts.get(0).getPaper() == null) {
      return new MarkExplanation(null, null, part.getKind().name(), List.of(), outcome);
    }
    Attempt attempt = attempts.get(0);
    Paper paper = cache.paper(attempt.getPaper().getId());
    Map<Integer, Answer> answers = new HashMap<>();
    for (Answer a :
        em.createQuery("SELECT a FROM Answer a WHERE a.attemptId = :a", Answer.class)
            .setParameter("a", attempt.getId())
            .getResultList()) {
      answers.put(a.getPosition(), a);
    }
    Map<Integer, EssayScript> essays = scripts.scriptsOf(attempt.getId());
    List<MarkExplanation.Line> lines = new ArrayList<>();
    for (int i = 0; i < paper.items().size(); i++) {
      PaperItem item = paper.items().get(i);
      QuestionData q = cache.version(item.versionId());
      Answer answer = answers.get(i);
      String stem = excerpt(q.stem());
      if (q.type() == QuestionType.ESSAY) {
        lines.add(essayLine(i, q, stem, item.points(), essays.get(i)));
        continue;
      }
      BigDecimal awarded =
          answer == null || answer.getPoints() == null ? BigDecimal.ZERO : answer.getPoints();
      MarkExplanation.Basis basis;
      if (answer == null || answer.getResponse() == null) {
        basis = MarkExplanation.Basis.BLANK;
      } else if (awarded.signum() < 0) {
        basis = MarkExplanation.Basis.PENALISED;
      } else if (awarded.compareTo(item.points()) >= 0) {
        basis = MarkExplanation.Basis.RIGHT;
      } else if (awarded.signum() > 0) {
        basis = MarkExplanation.Basis.PARTLY_RIGHT;
      } else {
        basis = MarkExplanation.Basis.WRONG;
      }
      lines.add(
          new MarkExplanation.Line(i + 1, q.type().name(), stem, item.points(), awarded, basis));
    }
    var application = attempt.getSeat().getApplication();
    return new MarkExplanation(
        application.getCandidateNumber(),
        application.getFullName(),
        part.getKind().name(),
        lines,
        outcome);
  }

  private MarkExplanation.Line essayLine(
      int i, QuestionData q, String stem, BigDecimal points, EssayScript script) {
    if (script == null) {
      return new MarkExplanation.Line(
          i + 1, q.type().name(), stem, points, BigDecimal.ZERO, MarkExplanation.Basis.ESSAY_BLANK);
    }
    if (script.getStatus() != EssayScript.Status.FINAL) {
      return new MarkExplanation.Line(
          i + 1, q.type().name(), stem, points, null, MarkExplanation.Basis.ESSAY_PENDING);
    }
    List<ScriptMark> marks =
        em.createQuery("SELECT m FROM ScriptMark m WHERE m.script = :s", ScriptMark.class)
            .setParameter("s", script)
            .getResultList();
    MarkExplanation.Basis basis = MarkExplanation.Basis.ESSAY_MEAN;
    for (ScriptMark m : marks) {
      if (m.getRole() == ScriptMark.Role.APPEAL && m.isDone()) {
        basis = MarkExplanation.Basis.ESSAY_APPEAL;
      } else if (m.getRole() == ScriptMark.Role.THIRD
          && m.isDone()
          && basis != MarkExplanation.Basis.ESSAY_APPEAL) {
        basis = MarkExplanation.Basis.ESSAY_THIRD;
      }
    }
    return new MarkExplanation.Line(
        i + 1, q.type().name(), stem, points, script.getFinalPoints(), basis);
  }

  private static String excerpt(String html) {
    String plain = TextHtml.toPlainText(html).replaceAll("\\s+", " ").strip();
    return plain.length() <= STEM_EXCERPT ? plain : plain.substring(0, STEM_EXCERPT - 1) + "…";
  }
}
