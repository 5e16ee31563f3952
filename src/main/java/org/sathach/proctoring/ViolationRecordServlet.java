package org.sathach.proctoring;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import org.sathach.delivery.Attempt;
import org.sathach.delivery.AttemptControl;
import org.sathach.delivery.ResultSlip;
import org.sathach.delivery.ResultSlipPdf;
import org.sathach.exam.ExamProblem;
import org.sathach.exam.ExamSession;
import org.sathach.platform.Dates;
import org.sathach.platform.Language;
import org.sathach.platform.Messages;

/**
 * The printable violation record (biên bản) {@code /violation-record/{id}}, for the session's
 * proctors and the committee, to be signed by the candidate and the proctor in the room.
 */
@WebServlet("/violation-record/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"PROCTOR", "COMMITTEE"}))
public class ViolationRecordServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Proctoring proctoring;
  @Inject transient AttemptControl attempts;
  @Inject transient Dates dates;
  @Inject transient Language language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ViolationRecord record;
    try {
      record =
          proctoring.violationRecord(
              Long.parseLong(
                  request.getPathInfo() == null ? "" : request.getPathInfo().substring(1)));
    } catch (NumberFormatException | ProctoringProblem | ExamProblem e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ResourceBundle m = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
    ExamSession session = proctoring.readable(record.getSessionId());
    Attempt attempt = attempts.attempt(record.getAttemptId());
    ResultSlip slip =
        new ResultSlip(
            session.getPart().getRound().getOrganiser(),
            m.getString("record.title"),
            List.of(
                new ResultSlip.Line(
                    m.getString("round.name"), session.getPart().getRound().getName()),
                new ResultSlip.Line(
                    m.getString("record.session"), session.getName() + " · " + session.getRoom()),
                new ResultSlip.Line(
                    m.getString("record.candidate"),
                    attempt.getSeat().getCandidateNumber()
                        + " — "
                        + attempt.getSeat().getApplication().getFullName()),
                new ResultSlip.Line(
                    m.getString("record.sanction"),
                    m.getString("sanction." + record.getSanction())
                        + " ("
                        + record.getSanction().label()
                        + ")"),
                new ResultSlip.Line(
                    m.getString("record.deduction"), record.getDeductionPercent() + " %"),
                new ResultSlip.Line(m.getString("record.facts"), record.getFacts()),
                new ResultSlip.Line(
                    m.getString("record.recordedAt"), dates.formatSeconds(record.getRecordedAt())),
                new ResultSlip.Line(m.getString("record.proctor"), record.getRecordedBy())),
            "#",
            String.valueOf(record.getId()),
            List.of(m.getString("record.candidateSigns"), m.getString("record.proctorSigns")));
    byte[] pdf = ResultSlipPdf.render(slip);
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "inline; filename=\"violation-" + record.getId() + ".pdf\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
