package org.sathach.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Validates logins against the users table; the roles become groups. REST clients' Basic
 * credentials are checked here (with lockout and audit by {@link Users#login}); the login page
 * checks the password itself and hands over a {@link VerifiedLogin}.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
  @Inject Users users;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof VerifiedLogin verified) {
      return new CredentialValidationResult(verified.username(), verified.groups());
    }
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginResult result = users.login(login.getCaller(), login.getPasswordAsString());
    if (!result.succeeded()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        result.user().getUsername(),
        result.user().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
