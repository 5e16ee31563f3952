package org.sathach.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.sathach.platform.Messages;

/** Lets a user change their own password; required after a reset or a one-time password. */
@Named
@RequestScoped
public class ChangePassword {
  @Inject Users users;
  @Inject CurrentUser currentUser;

  @NotBlank(message = "{password.current.required}")
  private String current;

  @NotBlank(message = "{password.new.required}")
  private String replacement;

  @NotBlank(message = "{password.confirm.required}")
  private String confirmation;

  public void change() throws IOException {
    if (!replacement.equals(confirmation)) {
      Messages.errorFor("password:confirmation", "password.mismatch");
      return;
    }
    try {
      users.changePassword(currentUser.getUsername(), current, replacement);
    } catch (UserProblem problem) {
      Messages.error(problem.messageKey());
      return;
    }
    currentUser.passwordChanged();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    Messages.info("password.changed");
    external.redirect(external.getRequestContextPath() + currentUser.homePage());
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getReplacement() {
    return replacement;
  }

  public void setReplacement(String replacement) {
    this.replacement = replacement;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
