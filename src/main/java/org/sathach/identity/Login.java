package org.sathach.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.sathach.platform.Dates;
import org.sathach.platform.Messages;

/** The login page: authenticates through Jakarta Security and says why a login failed. */
@Named
@RequestScoped
public class Login {
  @Inject SecurityContext security;
  @Inject CurrentUser currentUser;
  @Inject Users users;

  @Inject Dates dates;

  @NotBlank(message = "{login.username.required}")
  private String username;

  @NotBlank(message = "{login.password.required}")
  private String password;

  private String next;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    LoginResult result = users.login(username, password);
    if (!result.succeeded()) {
      Messages.error(failureMessageKey(result), lockedUntil(result));
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams().credential(new VerifiedLogin(result)).newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + landingPage());
      default -> Messages.error("login.failed");
    }
  }

  /** Already logged in users skip the login page. */
  public void skipIfLoggedIn() throws IOException {
    if (security.getCallerPrincipal() != null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + currentUser.homePage());
    }
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getUserPrincipal() != null) {
      users.recordLogout(request.getUserPrincipal().getName());
    }
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }

  /**
   * The page the user asked for before logging in, if it is a local path, else their home page.
   * Only local paths are followed, so a crafted link cannot send a user to another site.
   */
  private String landingPage() {
    String home = currentUser.homePage();
    boolean local =
        next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\");
    return local && !home.equals("/account/password.xhtml") ? next : home;
  }

  private static String failureMessageKey(LoginResult result) {
    return switch (result.outcome()) {
      case LOCKED -> "login.locked";
      case JUST_LOCKED -> "login.justLocked";
      case DISABLED -> "login.disabled";
      default -> "login.badCredentials";
    };
  }

  private String lockedUntil(LoginResult result) {
    if (result.lockedUntil() == null) {
      return "";
    }
    return dates.format(result.lockedUntil());
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
