package org.sathach.marking;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sathach.delivery.Attempt;
import org.sathach.exam.ExamPart;
import org.sathach.exam.ExamParts;
import org.sathach.exam.PartKind;
import org.sathach.platform.Messages;
import org.sathach.ranking.MyResults;
import org.sathach.ranking.RankingProblem;
import org.sathach.ranking.report.CandidateResult;
import org.sathach.round.Application;
import org.sathach.round.Applications;

/**
 * The candidate's results page: for each of their applications, once the round's results are
 * published, their own marks, total and rank (or why they did not pass), the appeal forms with the
 * deadline, and the wrong-key report form per computer-marked question. Nothing about anyone else.
 */
@Named("candidateResults")
@ViewScoped
public class CandidateResultsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Applications applications;
  @Inject transient MyResults myResults;
  @Inject transient Appeals appeals;
  @Inject transient KeyReports keyReports;
  @Inject transient ExamParts parts;

  /** An essay of the candidate's that may be appealed. */
  public record Essay(long scriptId, long partId, PartKind part, int number, boolean marked) {}

  /** One application as the page shows it. */
  public record Card(
      Application application,
      boolean published,
      CandidateResult result,
      AppealWindow window,
      boolean open,
      List<Essay> essays,
      Long presentationPart,
      List<Appeal> appeals,
      List<KeyReports.Question> questions,
      Map<Long, PartKind> attemptParts) {}

  private transient List<Card> cards;
  private final Map<String, String> reasons = new HashMap<>();
  private final Map<String, String> keyTexts = new HashMap<>();

  @PostConstruct
  void init() {
    load();
  }

  private void load() {
    cards = new ArrayList<>();
    for (Application a : applications.mine()) {
      cards.add(card(a));
    }
  }

  private Card card(Application a) {
    if (!a.getRound().isResultsPublished()) {
      return new Card(a, false, null, null, false, List.of(), null, List.of(), List.of(), Map.of());
    }
    CandidateResult result;
    try {
      result = myResults.result(a.getId()).orElse(null);
    } catch (RankingProblem notYours) {
      result = null;
    }
    AppealWindow window = appeals.window(a.getRound()).orElseThrow();
    List<Essay> essays = new ArrayList<>();
    for (EssayScript s : appeals.myScripts(a.getId())) {
      ExamPart part = parts.part(s.getPartId());
      essays.add(
          new Essay(
              s.getId(),
              s.getPartId(),
              part.getKind(),
              s.getPosition() + 1,
              s.getStatus() == EssayScript.Status.FINAL));
    }
    Long presentation =
        parts.partsOf(a.getRound().getId()).stream()
            .filter(p -> p.getKind() == PartKind.PRESENTATION)
            .map(ExamPart::getId)
            .findFirst()
            .orElse(null);
    List<KeyReports.Question> questions = new ArrayList<>();
    Map<Long, PartKind> attemptParts = new HashMap<>();
    for (Attempt t : keyReports.mySubmitted(a.getId())) {
      attemptParts.put(t.getId(), t.getSeat().getPart().getKind());
      questions.addAll(keyReports.questions(t.getId()));
    }
    return new Card(
        a,
        true,
        result,
        window,
        window.isOpenAt(java.time.Instant.now()),
        essays,
        result == null ? null : presentation,
        appeals.mine(a.getId()),
        questions,
        attemptParts);
  }

  public void appealEssay(Card card, Essay essay) {
    act(
        () ->
            appeals.file(
                card.application().getId(),
                essay.partId(),
                essay.scriptId(),
                reasons.get("s" + essay.scriptId())));
  }

  public void appealPresentation(Card card) {
    act(
        () ->
            appeals.file(
                card.application().getId(),
                card.presentationPart(),
                null,
                reasons.get("p" + card.application().getId())));
  }

  public void reportKey(KeyReports.Question q) {
    String key = q.attemptId() + "-" + q.position();
    try {
      keyReports.report(q.attemptId(), q.position(), keyTexts.get(key));
      keyTexts.remove(key);
      Messages.info("appeal.key.reported");
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
    load();
  }

  private void act(Runnable filing) {
    try {
      filing.run();
      reasons.clear();
      Messages.info("appeal.filed");
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
    load();
  }

  /** Whether an essay (by script) or the presentation (scriptId null) already has an appeal. */
  public Appeal appealOf(Card card, Long scriptId) {
    return card.appeals().stream()
        .filter(
            x ->
                scriptId == null
                    ? x.getKind() == Appeal.Kind.PRESENTATION
                    : scriptId.equals(x.getScriptId()))
        .findFirst()
        .orElse(null);
  }

  public List<Card> getCards() {
    if (cards == null) {
      load();
    }
    return cards;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }

  public Map<String, String> getKeyTexts() {
    return keyTexts;
  }
}
