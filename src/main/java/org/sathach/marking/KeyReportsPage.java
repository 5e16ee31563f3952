package org.sathach.marking;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sathach.platform.Messages;

/** The bank editors' list of candidates' wrong-key reports ({@code bank/key-reports.xhtml}). */
@Named("keyReportsPage")
@ViewScoped
public class KeyReportsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient KeyReports keyReports;

  private boolean openOnly = true;
  private transient List<KeyReport> reports;
  private final Map<Long, String> notes = new HashMap<>();

  @PostConstruct
  public void load() {
    reports = keyReports.forEditors(openOnly);
  }

  public void close(KeyReport report) {
    try {
      keyReports.close(report.getId(), notes.get(report.getId()));
      Messages.info("appeal.key.closedDone");
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
    load();
  }

  public String stem(KeyReport report) {
    return keyReports.stemOf(report);
  }

  public List<KeyReport> getReports() {
    if (reports == null) {
      load();
    }
    return reports;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
