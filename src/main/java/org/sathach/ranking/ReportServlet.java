package org.sathach.ranking;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sathach.platform.Dates;
import org.sathach.platform.Language;
import org.sathach.ranking.report.RankingExcel;
import org.sathach.ranking.report.RankingPdf;
import org.sathach.ranking.report.SignOffMinutesPdf;

/**
 * The committee's reports of a post, in the user's language: the ranking as PDF ({@code
 * /reports/ranking/{post}.pdf}) and as Excel ({@code .xlsx}), and the sign-off minutes ({@code
 * /reports/minutes/{post}.pdf}). All are written from the same record as the committee's page.
 */
@WebServlet("/reports/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = "COMMITTEE"))
public class ReportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATH =
      Pattern.compile("/(ranking|minutes)/(\\d{1,18})\\.(pdf|xlsx)");
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject transient RankingReports reports;
  @Inject transient Language language;
  @Inject transient Dates dates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!m.matches() || (m.group(1).equals("minutes") && m.group(3).equals("xlsx"))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long postId = Long.parseLong(m.group(2));
    Locale locale = language.getLocale();
    byte[] body;
    String type;
    try {
      if (m.group(1).equals("minutes")) {
        body = SignOffMinutesPdf.write(reports.minutes(postId), locale, dates.zone());
        type = "application/pdf";
      } else if (m.group(3).equals("pdf")) {
        body = RankingPdf.write(reports.report(postId), locale, dates.zone());
        type = "application/pdf";
      } else {
        body = RankingExcel.write(reports.report(postId), locale, dates.zone());
        type = XLSX;
      }
    } catch (RankingProblem | org.sathach.round.RoundProblem problem) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(type);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + m.group(1) + "-" + postId + "." + m.group(3) + "\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
