package org.sathach.ranking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sathach.exam.PartKind;
import org.sathach.platform.Language;
import org.sathach.platform.Messages;
import org.sathach.ranking.report.RankingReport;
import org.sathach.ranking.report.ResultCharts;
import org.sathach.ranking.report.ResultStatistics;

/**
 * The committee's results page of a post: the distribution of marks per part, the pass rates and a
 * part-against-part scatter, drawn from the same record as the ranking and its reports.
 */
@Named("postCharts")
@ViewScoped
public class ResultsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient RankingReports reports;
  @Inject transient Language language;

  private Long postId;
  private PartKind x = PartKind.THEORY;
  private PartKind y = PartKind.PROFESSIONAL;
  private RankingReport report;
  private ResultStatistics statistics;

  public void load() {
    if (postId == null) {
      return;
    }
    try {
      report = reports.report(postId);
      statistics = ResultStatistics.of(report.parts(), report.lines());
    } catch (RankingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public String getDistribution() {
    return ResultCharts.distribution(statistics, language.getLocale());
  }

  public String getPassRates() {
    return ResultCharts.passRates(statistics, language.getLocale());
  }

  public String getScatter() {
    return ResultCharts.scatter(report.lines(), x, y, language.getLocale());
  }

  public List<PartKind> getKinds() {
    return report.parts().stream().map(RankingReport.PartColumn::kind).toList();
  }

  public RankingReport getReport() {
    return report;
  }

  public ResultStatistics getStatistics() {
    return statistics;
  }

  public Long getPostId() {
    return postId;
  }

  public void setPostId(Long postId) {
    this.postId = postId;
  }

  public PartKind getX() {
    return x;
  }

  public void setX(PartKind x) {
    this.x = x;
  }

  public PartKind getY() {
    return y;
  }

  public void setY(PartKind y) {
    this.y = y;
  }
}
