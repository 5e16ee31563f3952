package org.sathach.identity;

/**
 * What the user administration table asks for: a text matched against user name and full name, an
 * optional role and enabled state, and the sort.
 */
public record UserFilter(
    String text, Role role, Boolean enabled, String sortField, boolean ascending) {
  public static UserFilter all() {
    return new UserFilter(null, null, null, "username", true);
  }
}
