package org.sathach.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Validates user names and passwords against the users table; the roles become groups. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
  @Inject Users users;
  @Inject LoginAttempt attempt;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginResult result = users.login(login.getCaller(), login.getPasswordAsString());
    attempt.record(result);
    if (!result.succeeded()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    User user = result.user();
    return new CredentialValidationResult(
        user.getUsername(), user.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
