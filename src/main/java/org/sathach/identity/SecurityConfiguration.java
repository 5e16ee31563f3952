package org.sathach.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;

/**
 * How people and programs authenticate. People use the login page ({@code /login.xhtml}, a custom
 * form that calls {@code SecurityContext.authenticate}); REST clients may send HTTP Basic
 * credentials with each request (and get a 401 challenge without them). Both go through {@link
 * DatabaseIdentityStore}, so lockout and audit apply to both. A successful login gets a new session
 * id (session fixation protection).
 *
 * <p>The session keeps the caller's name <em>and groups</em>, and every later request hands both to
 * the container. Soteria's {@code @AutoApplySession} hands over the name only and lets Payara look
 * the groups up again, which under load now and then came back empty (a random 403 in the middle of
 * an exam).
 */
@DeclareRoles({"ADMIN", "BANK_EDITOR", "COMMITTEE", "EXAMINER", "PROCTOR", "CANDIDATE"})
@ApplicationScoped
public class SecurityConfiguration implements HttpAuthenticationMechanism {
  static final String SESSION_LOGIN = "org.sathach.login";

  /**
   * The exam page's small endpoints, a thousand requests a second in a full room. Their servlet
   * reads the caller from the session itself ({@link SessionLogin#of}), so a request there that
   * only carries the session cookie is not handed to the container as a login: that hand-over turns
   * the groups into the request's subject under one lock for the whole server, which queued the
   * room's autosaves behind each other. A submit is still a login: what it starts (the audit trail,
   * the essay scripts) asks the container who the caller is.
   */
  static final String SESSION_ONLY_PATHS = "/api/attempts/";

  /** Who is logged in on a session. */
  public record SessionLogin(String name, Set<String> groups) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The caller of a request: the container's, when this request logged in (HTTP Basic), or else
     * the one its session logged in with; null for nobody.
     */
    public static SessionLogin of(HttpServletRequest request) {
      Principal principal = request.getUserPrincipal();
      if (principal != null) {
        Object known = sessionLogin(request);
        return known instanceof SessionLogin login && login.name().equals(principal.getName())
            ? login
            : null;
      }
      return sessionLogin(request) instanceof SessionLogin login ? login : null;
    }

    public boolean isIn(String group) {
      return groups.contains(group);
    }

    private static Object sessionLogin(HttpServletRequest request) {
      HttpSession session = request.getSession(false);
      return session == null ? null : session.getAttribute(SESSION_LOGIN);
    }
  }

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      credential = basicCredential(request);
    }
    if (credential == null) {
      if (SessionLogin.sessionLogin(request) instanceof SessionLogin known) {
        return sessionOnly(request)
            ? context.doNothing()
            : context.notifyContainerAboutLogin(known.name(), known.groups());
      }
      return context.isProtected() ? challenge(request, response, context) : context.doNothing();
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return isApi(request)
          ? challenge(request, response, context)
          : context.responseUnauthorized();
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request
        .getSession(true)
        .setAttribute(
            SESSION_LOGIN,
            new SessionLogin(
                result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    return context.notifyContainerAboutLogin(result);
  }

  /** REST clients get a Basic challenge; people are sent to the login page and back. */
  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Sat Hach\", charset=\"UTF-8\"");
      return context.responseUnauthorized();
    }
    String next = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      next += "?" + request.getQueryString();
    }
    return context.redirect(
        request.getContextPath()
            + "/login.xhtml?next="
            + URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  private static boolean sessionOnly(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return uri.startsWith(request.getContextPath() + SESSION_ONLY_PATHS)
        && !uri.endsWith("/submit");
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static Credential basicCredential(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
