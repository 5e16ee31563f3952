package org.sathach.bank;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sathach.bank.format.TextHtml;
import org.sathach.platform.Messages;

/**
 * The question editor: one form for all seven types, a live preview of what a candidate sees (no
 * keys), and validation messages next to the field they concern.
 */
@Named
@ViewScoped
public class EditQuestion implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELD_OF_PROBLEM =
      Map.of(
          "question.stem.required", "editor:stem",
          "question.level.required", "editor:difficulty",
          "question.points.positive", "editor:points",
          "question.trueFalse.answerRequired", "editor:trueFalse",
          "question.type.required", "editor:type");

  @Inject transient Questions questions;
  @Inject transient Topics topics;

  private Long versionId;
  private QuestionVersion loaded;
  private Long topicId;
  private QuestionType type = QuestionType.SINGLE_CHOICE;
  private Difficulty difficulty = Difficulty.NHAN_BIET;
  private BigDecimal points = BigDecimal.ONE;
  private String tags;
  private String stem;
  private String explanation;
  private Boolean trueFalse;
  private MatchMode matchMode = MatchMode.IGNORE_CASE;
  private String guide;
  private String reason;
  private List<EditorRow> rows = new ArrayList<>();

  /** Loads the version named by the {@code id} parameter, or starts a new question. */
  public void load() {
    if (versionId == null) {
      resetRows();
      return;
    }
    loaded = questions.version(versionId);
    QuestionData q = questions.data(loaded);
    topicId = loaded.getTopic().getId();
    type = q.type();
    difficulty = q.difficulty();
    points = q.points();
    tags = String.join("; ", q.tags());
    stem = q.stem();
    explanation = q.explanation();
    trueFalse = q.trueFalseAnswer();
    matchMode = q.matchMode() == null ? MatchMode.IGNORE_CASE : q.matchMode();
    guide = q.markingGuide();
    rows = EditorRows.from(q);
  }

  /** A type change starts the type's rows afresh (four empty options, two pairs, ...). */
  public void typeChanged() {
    resetRows();
  }

  private void resetRows() {
    rows = EditorRows.empty(type);
  }

  public void addRow() {
    rows.add(new EditorRow("", "", false, BigDecimal.ONE));
  }

  public void removeRow(EditorRow row) {
    rows.remove(row);
  }

  /** The question as it stands in the form, sanitized like a saved one. */
  public QuestionData getPreview() {
    return Sanitized.of(build());
  }

  public List<String> getPreviewProblems() {
    return getPreview().problems().stream().map(EditQuestion::withoutLine).toList();
  }

  /** A problem's text for the editor, where "line" means nothing: "Cần đúng một phương án...". */
  private static String withoutLine(Problem p) {
    String text = Messages.text(p.key(), "", p.detail()).replaceFirst("^[^:]*:\\s*", "");
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  QuestionData build() {
    List<String> path = topicId == null ? List.of() : topics.pathNames(topics.find(topicId));
    QuestionData.Builder b =
        QuestionData.builder()
            .externalId(loaded == null ? null : loaded.getQuestion().getExternalId())
            .topicPath(path)
            .type(type)
            .difficulty(difficulty)
            .points(points == null ? BigDecimal.ZERO : points)
            .tags(
                tags == null
                    ? List.of()
                    : Arrays.stream(tags.split(";"))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList())
            .stem(stem)
            .explanation(blankToNull(explanation))
            .trueFalseAnswer(trueFalse)
            .matchMode(type == QuestionType.SHORT_ANSWER ? matchMode : null)
            .markingGuide(type == QuestionType.ESSAY ? TextHtml.fromPlainText(guide) : null);
    EditorRows.into(b, type, rows);
    return b.build();
  }

  public void save() throws IOException {
    if (topicId == null) {
      Messages.errorFor("editor:topic", "bank.topicRequired");
      return;
    }
    QuestionData data = build();
    List<Problem> problems = Sanitized.of(data).problems();
    if (!problems.isEmpty()) {
      for (Problem p : problems) {
        String field = FIELD_OF_PROBLEM.getOrDefault(p.key(), "editor:rows");
        Messages.errorTextFor(field, withoutLine(p));
      }
      Messages.error("bank.fixProblems");
      return;
    }
    try {
      QuestionVersion saved =
          loaded == null ? questions.create(data) : questions.edit(loaded.getId(), data, reason);
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      Messages.info(
          loaded != null && saved.getId().equals(loaded.getId())
              ? "bank.saved"
              : "bank.savedVersion",
          saved.getVersionNo());
      external.redirect(external.getRequestContextPath() + "/bank/edit.xhtml?id=" + saved.getId());
    } catch (BankProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  /** Sends the loaded draft to the review queue. */
  public void submitForReview() {
    try {
      questions.submit(List.of(loaded.getId()));
      loaded = questions.version(loaded.getId());
      Messages.info("bank.submitted", 1);
    } catch (BankProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public boolean isSubmittable() {
    return loaded != null && loaded.getStatus() == QuestionStatus.DRAFT;
  }

  private static String blankToNull(String html) {
    return html == null || TextHtml.toPlainText(html).isBlank() && !html.contains("<img")
        ? null
        : html;
  }

  public boolean isFrozen() {
    return loaded != null && !loaded.editableInPlaceBy(questions.actor());
  }

  public QuestionVersion getLoaded() {
    return loaded;
  }

  public List<Topic> getTopics() {
    return topics.all();
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }

  public QuestionType getType() {
    return type;
  }

  public void setType(QuestionType type) {
    this.type = type;
  }

  public Difficulty getDifficulty() {
    return difficulty;
  }

  public void setDifficulty(Difficulty difficulty) {
    this.difficulty = difficulty;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getStem() {
    return stem;
  }

  public void setStem(String stem) {
    this.stem = stem;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public Boolean getTrueFalse() {
    return trueFalse;
  }

  public void setTrueFalse(Boolean trueFalse) {
    this.trueFalse = trueFalse;
  }

  public MatchMode getMatchMode() {
    return matchMode;
  }

  public void setMatchMode(MatchMode matchMode) {
    this.matchMode = matchMode;
  }

  public String getGuide() {
    return guide;
  }

  public void setGuide(String guide) {
    this.guide = guide;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<EditorRow> getRows() {
    return rows;
  }
}
