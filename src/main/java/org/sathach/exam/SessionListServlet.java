package org.sathach.exam;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.platform.Dates;
import org.sathach.platform.Language;
import org.sathach.platform.Messages;
import org.sathach.round.Application;

/**
 * The printable door list of a session ({@code /session-list/{id}}), as PDF in the user's language,
 * for the committee and the session's proctors. It shows who sits there, never the access code or
 * any content.
 */
@WebServlet("/session-list/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"COMMITTEE", "PROCTOR"}))
public class SessionListServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Sessions sessions;
  @Inject transient Dates dates;
  @Inject transient Language language;
  @Inject transient SecurityContext security;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ExamSession session;
    try {
      session =
          sessions.session(
              Long.parseLong(
                  request.getPathInfo() == null ? "" : request.getPathInfo().substring(1)));
    } catch (NumberFormatException | ExamProblem e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean committee = security.isCallerInRole(Role.COMMITTEE.name());
    if (!committee && !session.isProctoredBy(security.getCallerPrincipal().getName())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = language.getLocale();
    byte[] pdf =
        SessionListPdf.render(
            sheet(session, ResourceBundle.getBundle(Messages.BUNDLE, locale)),
            ResourceBundle.getBundle("org.sathach.exam.pdf", locale));
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "inline; filename=\"session-" + session.getId() + ".pdf\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  private SessionSheet sheet(ExamSession session, ResourceBundle messages) {
    List<SessionSheet.Line> lines = new ArrayList<>();
    for (Seat seat : sessions.seats(session)) {
      Application a = seat.getApplication();
      lines.add(
          new SessionSheet.Line(
              a.getCandidateNumber(),
              a.getFullName(),
              dates.formatDate(a.getBirthDate()),
              messages.getString(a.getGender().messageKey()),
              a.getPost().getTitle()));
    }
    ExamPart part = session.getPart();
    String partName = messages.getString("part.kind." + part.getKind());
    if (part.getPost() != null) {
      partName += " — " + part.getPost().getTitle();
    }
    return new SessionSheet(
        part.getRound().getName(),
        partName,
        session.getName(),
        session.getRoom(),
        dates.format(session.getStartsAt()),
        MessageFormat.format(messages.getString("session.minutes"), session.getWindowMinutes()),
        dates.format(session.lateCutoff()),
        session.getProctors().stream().map(User::getFullName).sorted().toList(),
        lines);
  }
}
