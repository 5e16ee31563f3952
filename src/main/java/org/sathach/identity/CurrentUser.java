package org.sathach.identity;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.sathach.platform.Language;

/**
 * Who is logged in for this session: name, roles, whether the password must be changed before
 * anything else, and the page to land on. Loaded once after login.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SecurityContext security;
  @Inject transient Users users;
  @Inject Language language;

  private String username;
  private String fullName;
  private Set<Role> roles = EnumSet.noneOf(Role.class);
  private boolean mustChangePassword;

  /** Loads the logged-in user's details, once per login. Returns false when nobody is logged in. */
  public boolean load() {
    return load(security.getCallerPrincipal());
  }

  /**
   * Loads the user named by {@code principal} (the request's own, which a filter has at hand and
   * which costs nothing to ask, unlike Jakarta Security's context).
   */
  boolean load(Principal principal) {
    if (principal == null) {
      username = null;
      return false;
    }
    if (!principal.getName().equals(username)) {
      users
          .find(principal.getName())
          .ifPresent(
              user -> {
                username = user.getUsername();
                fullName = user.getFullName();
                roles = user.getRoles();
                mustChangePassword = user.isMustChangePassword();
                language.apply(user.getPreferredLocale());
              });
    }
    return username != null;
  }

  /**
   * The first page for this user: the password change if required, else their first role's home.
   */
  public String homePage() {
    if (!load()) {
      return "/login.xhtml";
    }
    if (mustChangePassword) {
      return "/account/password.xhtml";
    }
    return roles.stream().findFirst().map(Role::homePage).orElse("/account/password.xhtml");
  }

  void passwordChanged() {
    mustChangePassword = false;
  }

  void rememberLanguage(@Observes Language.LanguageChosen chosen) {
    if (username != null) {
      users.setPreferredLocale(username, chosen.locale());
    }
  }

  public boolean isLoggedIn() {
    return load();
  }

  public boolean has(String role) {
    return load() && roles.contains(Role.valueOf(role));
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public Set<Role> getRoles() {
    return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }
}
