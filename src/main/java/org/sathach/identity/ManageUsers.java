package org.sathach.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import org.primefaces.PrimeFaces;
import org.sathach.platform.Messages;

/** The user administration page: list, create, edit, enable/disable, roles, password resets. */
@Named
@ViewScoped
public class ManageUsers implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Users users;

  private UserTableModel model;
  private Long editingId;

  @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{user.username.pattern}")
  private String username;

  @NotBlank(message = "{user.fullName.required}")
  private String fullName;

  @Email(message = "{user.email.invalid}")
  private String email;

  private Role[] roles = {};
  private String reason;
  private String issuedPassword;

  @PostConstruct
  void init() {
    model = new UserTableModel(users);
  }

  public void startCreate() {
    editingId = null;
    username = null;
    fullName = null;
    email = null;
    roles = new Role[] {Role.CANDIDATE};
    reason = null;
  }

  public void startEdit(User user) {
    editingId = user.getId();
    username = user.getUsername();
    fullName = user.getFullName();
    email = user.getEmail();
    roles = user.getRoles().toArray(Role[]::new);
    reason = null;
  }

  /** Saves the dialog: a new user gets a one-time password shown once to the administrator. */
  public void save() {
    try {
      EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
      chosen.addAll(Arrays.asList(roles));
      if (editingId == null) {
        if (username == null || username.isBlank()) {
          Messages.errorFor("userForm:username", "user.username.required");
          return;
        }
        String password = Passwords.generate();
        users.create(username, fullName, email, chosen, password, true);
        issuedPassword = password;
        Messages.info("users.created", User.normalize(username), password);
      } else {
        users.update(editingId, fullName, email, chosen, reason);
        Messages.info("users.saved", username);
      }
      PrimeFaces.current().executeScript("PF('userDialog').hide()");
    } catch (UserProblem problem) {
      Messages.error(problem.messageKey());
    }
  }

  public void toggleEnabled(User user) {
    try {
      users.setEnabled(user.getId(), !user.isEnabled(), null);
      Messages.info(user.isEnabled() ? "users.disabled" : "users.enabled", user.getUsername());
    } catch (UserProblem problem) {
      Messages.error(problem.messageKey());
    }
  }

  public void resetPassword(User user) {
    try {
      issuedPassword = users.resetPassword(user.getId(), null);
      Messages.info("users.passwordReset", user.getUsername(), issuedPassword);
    } catch (UserProblem problem) {
      Messages.error(problem.messageKey());
    }
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public boolean isCreating() {
    return editingId == null;
  }

  public UserTableModel getModel() {
    return model;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Role[] getRoles() {
    return roles.clone();
  }

  public void setRoles(Role[] roles) {
    this.roles = roles == null ? new Role[0] : roles.clone();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getIssuedPassword() {
    return issuedPassword;
  }
}
