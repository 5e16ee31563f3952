package org.sathach.marking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sathach.exam.ExamPart;
import org.sathach.exam.ExamParts;
import org.sathach.exam.ExamProblem;
import org.sathach.platform.Messages;

/**
 * The committee's marking page of a computer part: the marking rules of its objective answers, the
 * essay markers, head marker and threshold, and how the marking goes (scripts by status, marks done
 * per marker, agreement per question). Scripts appear by code with their marks, never with the
 * candidate: blindness holds until the marks are final and published.
 */
@Named
@ViewScoped
public class PartMarking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ExamParts parts;
  @Inject transient MarkingSettings settings;
  @Inject transient EssayScripts scripts;
  @Inject transient MarkingDesk desk;

  /** Scripts in one status. */
  public record StatusCount(EssayScript.Status status, long count) implements Serializable {}

  /** One marker's share of the work: marks assigned and done. */
  public record MarkerProgress(String marker, long assigned, long done) implements Serializable {}

  /** One script as the committee follows it: its code, each mark by role, its final mark. */
  public record ScriptRow(
      String code,
      String question,
      BigDecimal maxPoints,
      EssayScript.Status status,
      Map<String, String> marks,
      BigDecimal finalPoints)
      implements Serializable {
    /** The mark of one role ("marker: points", "marker: —" while pending), or — if none. */
    public String mark(String role) {
      return marks.getOrDefault(role, "—");
    }
  }

  /** The first and second markers' agreement on one question. */
  public record AgreementRow(
      String question, int scripts, int withinThreshold, BigDecimal sharePercent, BigDecimal kappa)
      implements Serializable {
    static AgreementRow of(String question, MarkerAgreement a) {
      return new AgreementRow(
          question, a.scripts(), a.withinThreshold(), a.sharePercent(), a.kappa());
    }
  }

  private Long partId;
  private ExamPart part;
  private MarkingMode mode;
  private BigDecimal negativeFraction;
  private List<String> markers = new ArrayList<>();
  private String head;
  private Integer threshold;
  private List<MarkingSettings.Examiner> examiners = List.of();
  private long submitted;
  private List<StatusCount> statusCounts = List.of();
  private List<MarkerProgress> markerProgress = List.of();
  private List<ScriptRow> scriptRows = List.of();
  private List<AgreementRow> agreement = List.of();

  public void load() {
    try {
      part = parts.part(partId);
    } catch (ExamProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
      return;
    }
    if (!part.getKind().isComputerBased()) {
      Messages.error("essay.notComputerPart");
      part = null;
      return;
    }
    mode = part.getMarkingMode();
    negativeFraction = part.getNegativeFraction();
    markers = new ArrayList<>(scripts.markers(partId));
    head = part.getHeadMarker();
    threshold = part.getEssayThresholdPercent();
    examiners = settings.examiners();
    refresh();
  }

  public void saveRules() {
    try {
      part = settings.save(partId, mode, negativeFraction);
      Messages.info("essay.rulesSaved");
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
    refresh();
  }

  public void saveMarkers() {
    try {
      scripts.setMarkers(partId, markers, head, threshold == null ? -1 : threshold);
      part = parts.part(partId);
      Messages.info("essay.markersSaved");
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
    refresh();
  }

  /** Re-reads the progress, the scripts and the agreement. */
  public void refresh() {
    submitted = settings.submittedAttempts(partId);
    Map<EssayScript.Status, Long> byStatus = new EnumMap<>(EssayScript.Status.class);
    for (EssayScript.Status status : EssayScript.Status.values()) {
      byStatus.put(status, 0L);
    }
    Map<Long, Map<String, String>> marksByScript = new TreeMap<>();
    Map<String, long[]> perMarker = new TreeMap<>();
    for (ScriptMark m : scripts.marksIn(partId)) {
      marksByScript
          .computeIfAbsent(m.getScript().getId(), k -> new TreeMap<>())
          .put(
              m.getRole().name(), m.getMarker() + ": " + (m.isDone() ? plain(m.getPoints()) : "—"));
      long[] counts = perMarker.computeIfAbsent(m.getMarker(), k -> new long[2]);
      counts[0]++;
      counts[1] += m.isDone() ? 1 : 0;
    }
    List<ScriptRow> rows = new ArrayList<>();
    for (EssayScript s : scripts.scriptsIn(partId)) {
      byStatus.merge(s.getStatus(), 1L, Long::sum);
      rows.add(
          new ScriptRow(
              s.getCode(),
              desk.question(s.getVersionId()).shortStem(),
              s.getMaxPoints(),
              s.getStatus(),
              marksByScript.getOrDefault(s.getId(), Map.of()),
              s.getFinalPoints()));
    }
    statusCounts =
        byStatus.entrySet().stream().map(e -> new StatusCount(e.getKey(), e.getValue())).toList();
    markerProgress =
        perMarker.entrySet().stream()
            .map(e -> new MarkerProgress(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList();
    scriptRows = rows;
    agreement =
        scripts.agreement(partId).entrySet().stream()
            .map(e -> AgreementRow.of(desk.question(e.getKey()).shortStem(), e.getValue()))
            .sorted((a, b) -> a.question().compareTo(b.question()))
            .toList();
  }

  /** A number without trailing zeros, or — when there is none. */
  public String plain(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }

  public boolean isRulesLocked() {
    return submitted > 0;
  }

  /** Why the rules can no longer change, in the user's language. */
  public String getLockedReason() {
    return Messages.text("essay.rulesLocked", submitted);
  }

  public MarkingMode[] getModes() {
    return MarkingMode.values();
  }

  public Long getPartId() {
    return partId;
  }

  public void setPartId(Long partId) {
    this.partId = partId;
  }

  public ExamPart getPart() {
    return part;
  }

  public MarkingMode getMode() {
    return mode;
  }

  public void setMode(MarkingMode mode) {
    this.mode = mode;
  }

  public BigDecimal getNegativeFraction() {
    return negativeFraction;
  }

  public void setNegativeFraction(BigDecimal negativeFraction) {
    this.negativeFraction = negativeFraction;
  }

  public List<String> getMarkers() {
    return markers;
  }

  public void setMarkers(List<String> markers) {
    this.markers = markers == null ? new ArrayList<>() : new ArrayList<>(markers);
  }

  public String getHead() {
    return head;
  }

  public void setHead(String head) {
    this.head = head;
  }

  public Integer getThreshold() {
    return threshold;
  }

  public void setThreshold(Integer threshold) {
    this.threshold = threshold;
  }

  public List<MarkingSettings.Examiner> getExaminers() {
    return examiners;
  }

  public long getSubmitted() {
    return submitted;
  }

  public List<StatusCount> getStatusCounts() {
    return statusCounts;
  }

  public List<MarkerProgress> getMarkerProgress() {
    return markerProgress;
  }

  public List<ScriptRow> getScriptRows() {
    return scriptRows;
  }

  public List<AgreementRow> getAgreement() {
    return agreement;
  }
}
