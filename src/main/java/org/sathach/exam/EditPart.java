package org.sathach.exam;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sathach.bank.BankProblem;
import org.sathach.bank.Difficulty;
import org.sathach.bank.Topic;
import org.sathach.bank.Topics;
import org.sathach.platform.Messages;

/**
 * An exam part's page: its rules, and for a computer part the blueprint editor that shows, row by
 * row as the author types, how many approved questions the bank holds for the cell against what
 * publication needs; then publication.
 */
@Named
@ViewScoped
public class EditPart implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ExamParts parts;
  @Inject transient Topics topics;

  private Long id;
  private ExamPart part;
  private List<RowInput> rows = new ArrayList<>();
  private List<CellCoverage> coverage = List.of();
  private List<Topic> topicChoices = List.of();
  private int snapshotSize;

  public void load() {
    try {
      part = parts.part(id);
      rows = new ArrayList<>(part.getEntries().stream().map(RowInput::of).toList());
      String root =
          "/"
              + (part.getKind() == PartKind.THEORY ? Topic.THEORY_ROOT : Topic.PROFESSIONAL_ROOT)
              + "/";
      topicChoices = topics.all().stream().filter(t -> t.getPath().startsWith(root)).toList();
      snapshotSize = part.isPublished() ? parts.snapshot(part).size() : 0;
      recount();
    } catch (ExamProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  /** Recomputes the coverage of every row; called on each change in the editor. */
  public void recount() {
    if (part != null && part.getKind().isComputerBased()) {
      coverage = parts.coverage(part.getId(), rows);
    }
  }

  public void addRow() {
    rows.add(new RowInput(null, Difficulty.NHAN_BIET, 1, BigDecimal.ONE));
    recount();
  }

  public void removeRow(int index) {
    rows.remove(index);
    recount();
  }

  public void saveRules() {
    try {
      part = parts.saveRules(part);
      Messages.info("part.rulesSaved");
    } catch (ExamProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void saveBlueprint() {
    try {
      part = parts.saveBlueprint(part.getId(), rows);
      recount();
      Messages.info("blueprint.saved");
    } catch (ExamProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    } catch (BankProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void publish() {
    try {
      part = parts.saveBlueprint(part.getId(), rows);
      part = parts.publish(part.getId());
      snapshotSize = parts.snapshot(part).size();
      Messages.info("part.publishedOk", snapshotSize);
    } catch (ExamProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public CellCoverage coverageOf(int index) {
    return index < coverage.size() ? coverage.get(index) : new CellCoverage(-1, 0);
  }

  public int getTotalQuestions() {
    return rows.stream().mapToInt(r -> r.getCount() == null ? 0 : r.getCount()).sum();
  }

  public BigDecimal getTotalPoints() {
    return rows.stream()
        .filter(r -> r.getCount() != null && r.getPointsEach() != null)
        .map(r -> r.getPointsEach().multiply(BigDecimal.valueOf(r.getCount())))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean isAnyShort() {
    return coverage.stream().anyMatch(CellCoverage::isShort);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ExamPart getPart() {
    return part;
  }

  public List<RowInput> getRows() {
    return rows;
  }

  public List<Topic> getTopicChoices() {
    return topicChoices;
  }

  public Difficulty[] getDifficulties() {
    return Difficulty.values();
  }

  public Navigation[] getNavigations() {
    return Navigation.values();
  }

  public int getSnapshotSize() {
    return snapshotSize;
  }
}
