package org.sathach.identity;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A login the login page has already checked with {@link Users#login}. Handing this to Jakarta
 * Security (instead of the password a second time) lets a failed login stay on the login page with
 * its reason, and counts each attempt once. Only this package can create one, and only from a
 * successful {@link LoginResult}; no request can carry it.
 */
final class VerifiedLogin implements Credential {
  private final String username;
  private final Set<String> groups;

  VerifiedLogin(LoginResult result) {
    if (!result.succeeded()) {
      throw new IllegalArgumentException("only a successful login can be verified");
    }
    this.username = result.user().getUsername();
    this.groups = result.user().getRoles().stream().map(Role::name).collect(Collectors.toSet());
  }

  String username() {
    return username;
  }

  Set<String> groups() {
    return groups;
  }
}
