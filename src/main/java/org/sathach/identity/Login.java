package org.sathach.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sathach.platform.Messages;

/** The login page: authenticates through Jakarta Security and says why a login failed. */
@Named
@RequestScoped
public class Login {
  @Inject SecurityContext security;
  @Inject LoginAttempt attempt;
  @Inject CurrentUser currentUser;
  @Inject Users users;

  @Inject
  @ConfigProperty(name = "sathach.timezone", defaultValue = "Asia/Ho_Chi_Minh")
  String timeZone;

  @NotBlank(message = "{login.username.required}")
  private String username;

  @NotBlank(message = "{login.password.required}")
  private String password;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams().credential(new UsernamePasswordCredential(username, password)));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + currentUser.homePage());
      default -> Messages.error(failureMessageKey(), lockedUntil());
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

  private String failureMessageKey() {
    LoginResult result = attempt.result();
    if (result == null) {
      return "login.failed";
    }
    return switch (result.outcome()) {
      case LOCKED -> "login.locked";
      case JUST_LOCKED -> "login.justLocked";
      case DISABLED -> "login.disabled";
      default -> "login.badCredentials";
    };
  }

  private String lockedUntil() {
    LoginResult result = attempt.result();
    if (result == null || result.lockedUntil() == null) {
      return "";
    }
    return DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
        .withZone(ZoneId.of(timeZone))
        .format(result.lockedUntil());
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
