package org.sathach.delivery;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.sathach.exam.ExamPart;
import org.sathach.exam.ExamSession;
import org.sathach.exam.Seat;
import org.sathach.platform.Dates;
import org.sathach.platform.Language;
import org.sathach.platform.Messages;

/**
 * The printable result slip of the caller's own submitted attempt ({@code /result-slip/{id}}), when
 * the part shows its score on submit: candidate, session, part, score, times, the fingerprint of
 * the submitted answers and the signature boxes.
 */
@WebServlet("/result-slip/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = "CANDIDATE"))
public class ResultSlipServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Attempts attempts;
  @Inject transient Dates dates;
  @Inject transient Language language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Attempt attempt;
    try {
      attempt =
          attempts.view(
              Long.parseLong(
                  request.getPathInfo() == null ? "" : request.getPathInfo().substring(1)));
    } catch (NumberFormatException | DeliveryProblem e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Seat seat = attempt.getSeat();
    ExamPart part = seat.getPart();
    if (attempt.getStatus() != AttemptStatus.SUBMITTED || !part.isShowScore()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf = ResultSlipPdf.render(slip(attempt, seat, part));
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "inline; filename=\"result-" + attempt.getId() + ".pdf\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  private ResultSlip slip(Attempt attempt, Seat seat, ExamPart part) {
    ResourceBundle m = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
    ExamSession session = seat.getSession();
    String partName = m.getString("part.kind." + part.getKind());
    if (part.getPost() != null) {
      partName += " — " + part.getPost().getTitle();
    }
    String scaled =
        attempt.getAutoMax().signum() == 0
            ? "0"
            : attempt
                .getAutoPoints()
                .multiply(ExamPart.MAX_SCORE)
                .divide(attempt.getAutoMax(), 2, RoundingMode.HALF_UP)
                .toPlainString();
    return new ResultSlip(
        part.getRound().getOrganiser(),
        m.getString("slip.title"),
        List.of(
            new ResultSlip.Line(m.getString("round.name"), part.getRound().getName()),
            new ResultSlip.Line(
                m.getString("application.fullName"), seat.getApplication().getFullName()),
            new ResultSlip.Line(
                m.getString("application.candidateNumber"), seat.getCandidateNumber()),
            new ResultSlip.Line(m.getString("part.kind"), partName),
            new ResultSlip.Line(
                m.getString("session.name"), session.getName() + " · " + session.getRoom()),
            new ResultSlip.Line(
                m.getString("slip.started"), dates.formatSeconds(attempt.getStartedAt())),
            new ResultSlip.Line(
                m.getString("exam.submittedAt"), dates.formatSeconds(attempt.getSubmittedAt())),
            new ResultSlip.Line(
                m.getString("exam.score"),
                MessageFormat.format(
                    m.getString("slip.score"),
                    scaled,
                    attempt.getAutoPoints().toPlainString(),
                    attempt.getAutoMax().toPlainString()))),
        m.getString("exam.answersHash"),
        attempt.getAnswersHash(),
        List.of(m.getString("slip.candidateSigns"), m.getString("slip.proctorSigns")));
  }
}
