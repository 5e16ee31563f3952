package org.sathach.marking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sathach.exam.ExamPart;
import org.sathach.identity.User;
import org.sathach.platform.Messages;

/**
 * The committee's page of a round's presentation part: the scoring sheet's criteria, the board and
 * how its sheets combine, the draw of the presentation order, and the progress of the sheets with
 * the resulting marks and each sheet once a candidate is complete.
 */
@Named
@ViewScoped
public class EditPresentation implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Presentations presentations;
  @Inject transient PresentationAbsences absences;

  private Long partId;
  private String absenceReason;
  private java.util.Set<Long> absent;
  private ExamPart part;
  private List<CriterionInput> criteria = new ArrayList<>();
  private List<CriterionEntry> savedCriteria = List.of();
  private List<Long> memberIds = new ArrayList<>();
  private List<User> memberChoices = List.of();
  private BoardAggregation aggregation;
  private PresentationDraw draw;
  private List<PresentationRow> progress = List.of();
  private final Map<Long, List<SheetView>> sheets = new HashMap<>();

  /** An editable row of the criteria editor. */
  public static class CriterionInput implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private BigDecimal maxPoints;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public BigDecimal getMaxPoints() {
      return maxPoints;
    }

    public void setMaxPoints(BigDecimal maxPoints) {
      this.maxPoints = maxPoints;
    }
  }

  public void load() {
    try {
      part = presentations.part(partId == null ? -1 : partId);
      memberChoices = presentations.memberChoices();
      criteria = new ArrayList<>();
      for (CriterionEntry c : presentations.criteria(partId)) {
        CriterionInput row = new CriterionInput();
        row.setName(c.getName());
        row.setMaxPoints(c.getMaxPoints());
        criteria.add(row);
      }
      memberIds = new ArrayList<>(presentations.members(partId).stream().map(User::getId).toList());
      aggregation = presentations.aggregation(partId);
      refresh();
    } catch (MarkingProblem problem) {
      part = null;
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  private void refresh() {
    savedCriteria = presentations.criteria(partId);
    draw = presentations.drawOf(partId).orElse(null);
    progress = presentations.progress(partId);
    sheets.clear();
  }

  public void addCriterion() {
    criteria.add(new CriterionInput());
  }

  public void removeCriterion(CriterionInput row) {
    criteria.remove(row);
  }

  public void saveCriteria() {
    try {
      List<PresentationCriterion> typed = new ArrayList<>();
      for (int i = 0; i < criteria.size(); i++) {
        CriterionInput row = criteria.get(i);
        typed.add(PresentationRules.criterion(row.getName(), row.getMaxPoints(), i + 1));
      }
      presentations.setCriteria(partId, typed);
      refresh();
      Messages.info("presentation.criteria.saved");
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void saveBoard() {
    try {
      presentations.setMembers(partId, memberIds);
      refresh();
      Messages.info("presentation.board.saved");
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void saveAggregation() {
    try {
      presentations.setAggregation(partId, aggregation);
      refresh();
      Messages.info("presentation.aggregation.saved");
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void drawOrder() {
    try {
      draw = presentations.draw(partId);
      refresh();
      Messages.info("presentation.draw.done");
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  /** Records that a candidate did not present, with the reason typed above the table. */
  public void markAbsent(PresentationRow row) {
    try {
      absences.record(partId, row.applicationId(), absenceReason);
      absenceReason = null;
      absent = null;
      Messages.info("presentation.absence.recorded");
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  /** Withdraws a mistaken absence, with the reason typed above the table. */
  public void withdrawAbsence(PresentationRow row) {
    try {
      absences.withdraw(partId, row.applicationId(), absenceReason);
      absenceReason = null;
      absent = null;
      Messages.info("presentation.absence.withdrawn");
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public boolean isAbsent(PresentationRow row) {
    if (absent == null) {
      absent = absences.absent(partId);
    }
    return absent.contains(row.applicationId());
  }

  public String getAbsenceReason() {
    return absenceReason;
  }

  public void setAbsenceReason(String absenceReason) {
    this.absenceReason = absenceReason;
  }

  /** The sheets of a complete candidate, read once per view. */
  public List<SheetView> sheetsOf(PresentationRow row) {
    if (!row.isComplete()) {
      return List.of();
    }
    return sheets.computeIfAbsent(
        row.applicationId(), id -> presentations.sheets(partId, row.applicationId()));
  }

  /** The sum of the maxima as typed, for the editor's footer. */
  public BigDecimal getTypedTotal() {
    return criteria.stream()
        .map(CriterionInput::getMaxPoints)
        .filter(m -> m != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BoardAggregation[] getAggregations() {
    return BoardAggregation.values();
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

  public List<CriterionInput> getCriteria() {
    return criteria;
  }

  public List<CriterionEntry> getSavedCriteria() {
    return savedCriteria;
  }

  public List<Long> getMemberIds() {
    return memberIds;
  }

  public void setMemberIds(List<Long> memberIds) {
    this.memberIds = memberIds;
  }

  public List<User> getMemberChoices() {
    return memberChoices;
  }

  public BoardAggregation getAggregation() {
    return aggregation;
  }

  public void setAggregation(BoardAggregation aggregation) {
    this.aggregation = aggregation;
  }

  public PresentationDraw getDraw() {
    return draw;
  }

  public List<PresentationRow> getProgress() {
    return progress;
  }
}
