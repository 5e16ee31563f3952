package org.sathach.identity;

import jakarta.enterprise.context.RequestScoped;

/** Carries the outcome of this request's login from the identity store to the login page. */
@RequestScoped
public class LoginAttempt {
  private LoginResult result;

  void record(LoginResult result) {
    this.result = result;
  }

  public LoginResult result() {
    return result;
  }
}
