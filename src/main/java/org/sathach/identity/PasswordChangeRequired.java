package org.sathach.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * A user whose password must be changed (a reset, or the first administrator's one-time password)
 * sees nothing but the password page until they have changed it.
 */
// Async: the push endpoints under /api (Server-Sent Events) suspend their requests.
@WebFilter(
    urlPatterns = {"*.xhtml", "/api/*"},
    asyncSupported = true)
public class PasswordChangeRequired extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String PAGE = "/account/password.xhtml";

  @Inject CurrentUser currentUser;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    Principal caller = request.getUserPrincipal();
    if (caller == null) {
      // The exam page's endpoints know their caller from the session only.
      SecurityConfiguration.SessionLogin login = SecurityConfiguration.SessionLogin.of(request);
      caller = login == null ? null : login::name;
    }
    if (caller != null
        && !PAGE.equals(path)
        && !"/login.xhtml".equals(path)
        && currentUser.load(caller)
        && currentUser.isMustChangePassword()) {
      if (path.startsWith("/api/")) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "password change required");
      } else {
        response.sendRedirect(request.getContextPath() + PAGE);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
