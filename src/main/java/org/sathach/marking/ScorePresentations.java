package org.sathach.marking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sathach.exam.ExamPart;
import org.sathach.platform.Messages;

/**
 * A board member's page: their presentation parts, the candidates in the drawn order, and the
 * scoring sheet of the chosen candidate — the form until submitted, then their sheet and the other
 * members' sheets for that candidate.
 */
@Named
@ViewScoped
public class ScorePresentations implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Presentations presentations;

  private Long partId;
  private List<ExamPart> parts = List.of();
  private List<CriterionEntry> criteria = List.of();
  private List<PresentationRow> candidates = List.of();
  private PresentationRow selected;
  private Map<Long, BigDecimal> scores = new HashMap<>();
  private String comment;
  private SheetView mySheet;
  private List<SheetView> sheets = List.of();

  public void load() {
    parts = presentations.myParts();
    if (partId == null && !parts.isEmpty()) {
      partId = parts.get(0).getId();
    }
    showPart();
  }

  /** Shows the chosen part's candidates; nothing is selected. */
  public void showPart() {
    selected = null;
    try {
      if (partId != null) {
        criteria = presentations.criteria(partId);
        candidates = presentations.myCandidates(partId);
      }
    } catch (MarkingProblem problem) {
      partId = null;
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void select(PresentationRow row) {
    selected = row;
    scores = new HashMap<>();
    comment = null;
    readSheets();
  }

  private void readSheets() {
    mySheet = presentations.mySheet(partId, selected.applicationId()).orElse(null);
    sheets = mySheet == null ? List.of() : presentations.sheets(partId, selected.applicationId());
  }

  public void submit() {
    try {
      presentations.submit(partId, selected.applicationId(), scores, comment);
      Messages.info("presentation.sheet.submitted", selected.fullName());
      candidates = presentations.myCandidates(partId);
      long id = selected.applicationId();
      selected =
          candidates.stream().filter(r -> r.applicationId() == id).findFirst().orElse(selected);
      readSheets();
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public BigDecimal getMaxTotal() {
    return criteria.stream()
        .map(CriterionEntry::getMaxPoints)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Long getPartId() {
    return partId;
  }

  public void setPartId(Long partId) {
    this.partId = partId;
  }

  public List<ExamPart> getParts() {
    return parts;
  }

  public List<CriterionEntry> getCriteria() {
    return criteria;
  }

  public List<PresentationRow> getCandidates() {
    return candidates;
  }

  public PresentationRow getSelected() {
    return selected;
  }

  public Map<Long, BigDecimal> getScores() {
    return scores;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public SheetView getMySheet() {
    return mySheet;
  }

  public List<SheetView> getSheets() {
    return sheets;
  }
}
