package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.sathach.bank.QuestionData;
import org.sathach.bank.format.TextHtml;
import org.sathach.delivery.PaperCache;

/**
 * An examiner's desk: the scripts assigned to the caller, and one of them opened with its question,
 * rubric, marking guide and essay text. What leaves here is built field by field, never the script
 * itself, so no page can reach the attempt, the candidate or another marker's mark.
 */
@ApplicationScoped
@Transactional
public class MarkingDesk {
  private static final int SHORT_STEM = 90;

  @PersistenceContext private EntityManager em;
  @Inject private EssayScripts scripts;
  @Inject private PaperCache cache;

  /** One line of the caller's work list: their own mark only. */
  public record Assignment(
      long markId,
      String code,
      ScriptMark.Role role,
      String question,
      BigDecimal maxPoints,
      boolean done,
      BigDecimal points)
      implements Serializable {}

  /** The question a script answers, as a marker reads it. Stem and guide are sanitized HTML. */
  public record EssayQuestion(
      String stem, String shortStem, List<RubricLine> rubric, String markingGuide)
      implements Serializable {}

  /** One criterion of the rubric: plain text, escaped on the page. */
  public record RubricLine(BigDecimal points, String text) implements Serializable {}

  /** One script opened for marking by its assigned marker. */
  public record OpenScript(
      long markId,
      String code,
      ScriptMark.Role role,
      BigDecimal maxPoints,
      EssayQuestion question,
      String essay,
      boolean done,
      BigDecimal points,
      String comment)
      implements Serializable {}

  /** The caller's assignments, those still to mark first. */
  public List<Assignment> myWork() {
    return scripts.myWork().stream()
        .map(
            m ->
                new Assignment(
                    m.getId(),
                    m.getScript().getCode(),
                    m.getRole(),
                    question(m.getScript().getVersionId()).shortStem(),
                    m.getScript().getMaxPoints(),
                    m.isDone(),
                    m.getPoints()))
        .sorted((a, b) -> Boolean.compare(a.done(), b.done()))
        .toList();
  }

  /** One of the caller's scripts with everything needed to mark it; refused if not theirs. */
  public OpenScript open(long markId) {
    ScriptMark mark = scripts.mine(markId);
    EssayScript script = mark.getScript();
    return new OpenScript(
        mark.getId(),
        script.getCode(),
        mark.getRole(),
        script.getMaxPoints(),
        question(script.getVersionId()),
        essayText(script.getAttemptId(), script.getPosition()),
        mark.isDone(),
        mark.getPoints(),
        mark.getComment());
  }

  /** The question of a version, for markers and the committee alike. */
  public EssayQuestion question(long versionId) {
    QuestionData q = cache.version(versionId);
    String plain =
        q.stem() == null ? "" : TextHtml.toPlainText(q.stem()).replaceAll("\\s+", " ").strip();
    String shortStem =
        plain.length() <= SHORT_STEM ? plain : plain.substring(0, SHORT_STEM - 1).strip() + "…";
    List<RubricLine> rubric =
        q.rubric().stream().map(c -> new RubricLine(c.points(), c.description())).toList();
    return new EssayQuestion(q.stem(), shortStem, rubric, q.markingGuide());
  }

  /** The essay's text as submitted; empty when the answer holds none. */
  private String essayText(long attemptId, int position) {
    List<String> rows =
        em.createQuery(
                "SELECT a.response FROM Answer a WHERE a.attemptId = :a AND a.position = :p",
                String.class)
            .setParameter("a", attemptId)
            .setParameter("p", position)
            .getResultList();
    if (rows.isEmpty() || rows.get(0) == null) {
      return "";
    }
    try (JsonReader reader = Json.createReader(new StringReader(rows.get(0)))) {
      JsonObject response = reader.readObject();
      return response.getString("text", "");
    } catch (JsonException | IllegalStateException | ClassCastException unreadable) {
      return "";
    }
  }
}
