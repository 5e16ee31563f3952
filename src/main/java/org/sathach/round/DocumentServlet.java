package org.sathach.round;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves an application's document to its owner and the committee ({@code /documents/{id}}). It is
 * always a download with the checked type, never sniffed or rendered inline in the site's origin.
 */
@WebServlet("/documents/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"COMMITTEE", "CANDIDATE"}))
public class DocumentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Applications applications;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Applications.Download download;
    try {
      download = applications.download(id);
    } catch (RoundProblem notYours) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String encoded =
        URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    response.setContentType(download.contentType());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"document\"; filename*=UTF-8''" + encoded);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "sandbox");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(download.content().length);
    response.getOutputStream().write(download.content());
  }
}
