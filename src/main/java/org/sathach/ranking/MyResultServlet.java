package org.sathach.ranking;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.sathach.platform.Dates;
import org.sathach.platform.Language;
import org.sathach.ranking.report.CandidateResult;
import org.sathach.ranking.report.CandidateResultPdf;

/**
 * The printable published result of the caller's own application ({@code /my-result/{id}}), or of
 * any candidate for the committee. For a candidate, anyone else's application, an unpublished round
 * or an application never examined answers 404, so the address tells nothing about other
 * candidates.
 */
@WebServlet("/my-result/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"CANDIDATE", "COMMITTEE"}))
public class MyResultServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient MyResults myResults;
  @Inject transient Dates dates;
  @Inject transient Language language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<CandidateResult> result;
    try {
      String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
      result = myResults.result(Long.parseLong(id.replaceAll("\\.pdf$", "")));
    } catch (NumberFormatException | RankingProblem e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (result.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf = CandidateResultPdf.write(result.get(), language.getLocale(), dates.zone());
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        "inline; filename=\"result-" + result.get().candidateNumber() + ".pdf\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
