package org.sathach.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of one question version, independent of storage and of file formats: what the editor
 * edits, what every import produces and every export consumes. Texts (stem, explanation, options,
 * guide) are HTML fragments; plain text is valid HTML once escaped.
 *
 * <p>Only the fields of the question's {@link #type} are used; the others stay empty. {@link
 * #problems()} lists what makes the question invalid.
 */
public record QuestionData(
    String externalId,
    List<String> topicPath,
    QuestionType type,
    Difficulty difficulty,
    BigDecimal points,
    List<String> tags,
    String stem,
    String explanation,
    List<Choice> choices,
    Boolean trueFalseAnswer,
    List<String> acceptedAnswers,
    MatchMode matchMode,
    List<MatchPair> pairs,
    List<String> orderItems,
    String markingGuide,
    List<Criterion> rubric,
    int line) {

  public QuestionData {
    topicPath = List.copyOf(topicPath == null ? List.of() : topicPath);
    tags = List.copyOf(tags == null ? List.of() : tags);
    choices = List.copyOf(choices == null ? List.of() : choices);
    acceptedAnswers = List.copyOf(acceptedAnswers == null ? List.of() : acceptedAnswers);
    pairs = List.copyOf(pairs == null ? List.of() : pairs);
    orderItems = List.copyOf(orderItems == null ? List.of() : orderItems);
    rubric = List.copyOf(rubric == null ? List.of() : rubric);
    if (points == null) {
      points = BigDecimal.ONE;
    }
    if (matchMode == null && type == QuestionType.SHORT_ANSWER) {
      matchMode = MatchMode.IGNORE_CASE;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.externalId = externalId;
    b.topicPath = new ArrayList<>(topicPath);
    b.type = type;
    b.difficulty = difficulty;
    b.points = points;
    b.tags = new ArrayList<>(tags);
    b.stem = stem;
    b.explanation = explanation;
    b.choices = new ArrayList<>(choices);
    b.trueFalseAnswer = trueFalseAnswer;
    b.acceptedAnswers = new ArrayList<>(acceptedAnswers);
    b.matchMode = matchMode;
    b.pairs = new ArrayList<>(pairs);
    b.orderItems = new ArrayList<>(orderItems);
    b.markingGuide = markingGuide;
    b.rubric = new ArrayList<>(rubric);
    b.line = line;
    return b;
  }

  /** The rules every question must follow, whatever it came from; empty when valid. */
  public List<Problem> problems() {
    return QuestionRules.problemsOf(this);
  }

  /** Builds a {@link QuestionData} field by field; used by parsers and the editor. */
  public static final class Builder {
    private String externalId;
    private List<String> topicPath = new ArrayList<>();
    private QuestionType type;
    private Difficulty difficulty;
    private BigDecimal points;
    private List<String> tags = new ArrayList<>();
    private String stem;
    private String explanation;
    private List<Choice> choices = new ArrayList<>();
    private Boolean trueFalseAnswer;
    private List<String> acceptedAnswers = new ArrayList<>();
    private MatchMode matchMode;
    private List<MatchPair> pairs = new ArrayList<>();
    private List<String> orderItems = new ArrayList<>();
    private String markingGuide;
    private List<Criterion> rubric = new ArrayList<>();
    private int line;

    public Builder externalId(String v) {
      externalId = v;
      return this;
    }

    public Builder topicPath(List<String> v) {
      topicPath = new ArrayList<>(v);
      return this;
    }

    public Builder type(QuestionType v) {
      type = v;
      return this;
    }

    public Builder difficulty(Difficulty v) {
      difficulty = v;
      return this;
    }

    public Builder points(BigDecimal v) {
      points = v;
      return this;
    }

    public Builder tags(List<String> v) {
      tags = new ArrayList<>(v);
      return this;
    }

    public Builder tag(String v) {
      tags.add(v);
      return this;
    }

    public Builder stem(String v) {
      stem = v;
      return this;
    }

    public Builder explanation(String v) {
      explanation = v;
      return this;
    }

    public Builder choices(List<Choice> v) {
      choices = new ArrayList<>(v);
      return this;
    }

    public Builder choice(String text, boolean correct) {
      choices.add(new Choice(text, correct));
      return this;
    }

    public Builder trueFalseAnswer(Boolean v) {
      trueFalseAnswer = v;
      return this;
    }

    public Builder acceptedAnswers(List<String> v) {
      acceptedAnswers = new ArrayList<>(v);
      return this;
    }

    public Builder accept(String v) {
      acceptedAnswers.add(v);
      return this;
    }

    public Builder matchMode(MatchMode v) {
      matchMode = v;
      return this;
    }

    public Builder pairs(List<MatchPair> v) {
      pairs = new ArrayList<>(v);
      return this;
    }

    public Builder pair(String left, String right) {
      pairs.add(new MatchPair(left, right));
      return this;
    }

    public Builder orderItems(List<String> v) {
      orderItems = new ArrayList<>(v);
      return this;
    }

    public Builder orderItem(String v) {
      orderItems.add(v);
      return this;
    }

    public Builder markingGuide(String v) {
      markingGuide = v;
      return this;
    }

    public Builder rubric(List<Criterion> v) {
      rubric = new ArrayList<>(v);
      return this;
    }

    public Builder criterion(BigDecimal points, String text) {
      rubric.add(new Criterion(points, text));
      return this;
    }

    public Builder line(int v) {
      line = v;
      return this;
    }

    public QuestionData build() {
      return new QuestionData(
          externalId,
          topicPath,
          type,
          difficulty,
          points,
          tags,
          stem,
          explanation,
          choices,
          trueFalseAnswer,
          acceptedAnswers,
          matchMode,
          pairs,
          orderItems,
          markingGuide,
          rubric,
          line);
    }
  }
}
