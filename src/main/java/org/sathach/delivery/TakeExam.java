package org.sathach.delivery;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.sathach.exam.ExamPart;
import org.sathach.platform.Messages;

/**
 * The exam page, one view for the attempt's three states: the instructions and Start, the exam
 * itself (the questions without keys; answers go through {@link AttemptsServlet}, not through this
 * bean), and after submission the score when the part shows it. A refresh or another computer comes
 * back here with every acknowledged answer.
 */
@Named
@ViewScoped
public class TakeExam implements Serializable {
  /** Looked up once: {@code JSON.create…} searches the class path for a provider each call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final long serialVersionUID = 1L;

  @Inject transient Attempts attempts;

  private Long attemptId;
  private Attempt attempt;
  private List<CandidateQuestion> questions = List.of();
  private String answersJson = "{}";

  public void load() {
    try {
      attempt = attempts.view(attemptId);
      questions = attempts.questions(attempt);
      if (attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
        answersJson = answersJson(attempts.answers(attemptId));
      }
    } catch (DeliveryProblem problem) {
      attempt = null;
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public String start() {
    try {
      attempts.start(attemptId);
      return "/candidate/exam?faces-redirect=true&attempt=" + attemptId;
    } catch (DeliveryProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
      return null;
    }
  }

  /** Linear mode: leave the current question for the next one. */
  public String next() {
    try {
      attempts.advance(attemptId, attempt.getReached());
    } catch (DeliveryProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
    return "/candidate/exam?faces-redirect=true&attempt=" + attemptId;
  }

  /** The acknowledged answers for the page's script: position → response, flag, revision. */
  private static String answersJson(Map<Integer, Answer> answers) {
    JsonObjectBuilder all = JSON.createObjectBuilder();
    answers.forEach(
        (position, answer) -> {
          JsonObjectBuilder one =
              JSON.createObjectBuilder()
                  .add("flagged", answer.isFlagged())
                  .add("revision", answer.getRevision());
          if (answer.getResponse() != null) {
            one.add(
                "response",
                JSON.createReader(new java.io.StringReader(answer.getResponse())).readObject());
          }
          all.add(Integer.toString(position), one);
        });
    return all.build().toString();
  }

  /** The questions the page shows: all, or in linear mode only the one reached. */
  public List<CandidateQuestion> getShown() {
    if (attempt != null && attempt.isLinear()) {
      return questions.subList(attempt.getReached(), attempt.getReached() + 1);
    }
    return questions;
  }

  public ExamPart getPart() {
    return attempt.getSeat().getSession().getPart();
  }

  /** The computer-marked score scaled to the part's 100, when the part shows it on submit. */
  public BigDecimal getScaledScore() {
    if (attempt == null || attempt.getAutoMax() == null || attempt.getAutoMax().signum() == 0) {
      return BigDecimal.ZERO;
    }
    return attempt
        .getAutoPoints()
        .multiply(ExamPart.MAX_SCORE)
        .divide(attempt.getAutoMax(), 2, RoundingMode.HALF_UP);
  }

  public boolean isLastReached() {
    return attempt != null && attempt.getReached() + 1 >= questions.size();
  }

  public Long getAttemptId() {
    return attemptId;
  }

  public void setAttemptId(Long attemptId) {
    this.attemptId = attemptId;
  }

  public Attempt getAttempt() {
    return attempt;
  }

  public int getQuestionCount() {
    return questions.size();
  }

  public String getAnswersJson() {
    return answersJson;
  }
}
