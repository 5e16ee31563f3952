package org.sathach.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sathach.identity.Role;

/**
 * Stands in for the logged-in caller on the test's thread, for in-container tests: {@link #as} runs
 * work as a given user with given roles. With nobody set it answers what the HTTP request says (so
 * requests from outside keep their real login) and, outside any login, the caller is the system, as
 * for the container's own work. Deployed only with the tests that add it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class CallerStandIn implements SecurityContext {
  private final ThreadLocal<Login> current = new ThreadLocal<>();

  @Inject HttpServletRequest request;

  private record Login(String name, Set<String> roles) {}

  public <T> T as(String name, Set<Role> roles, Supplier<T> work) {
    Login before = current.get();
    current.set(new Login(name, roles.stream().map(Role::name).collect(Collectors.toSet())));
    try {
      return work.get();
    } finally {
      if (before == null) {
        current.remove();
      } else {
        current.set(before);
      }
    }
  }

  @Override
  public Principal getCallerPrincipal() {
    Login login = current.get();
    if (login != null) {
      return login::name;
    }
    try {
      return request.getUserPrincipal();
    } catch (RuntimeException noRequest) {
      return null;
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <P extends Principal> Set<P> getPrincipalsByType(Class<P> type) {
    Principal principal = getCallerPrincipal();
    return principal != null && type.isInstance(principal) ? Set.of((P) principal) : Set.of();
  }

  @Override
  public boolean isCallerInRole(String role) {
    Login login = current.get();
    if (login != null) {
      return login.roles().contains(role);
    }
    try {
      return request.isUserInRole(role);
    } catch (RuntimeException noRequest) {
      return false;
    }
  }

  @Override
  public boolean hasAccessToWebResource(String resource, String... methods) {
    return false;
  }

  @Override
  public AuthenticationStatus authenticate(
      HttpServletRequest request,
      HttpServletResponse response,
      AuthenticationParameters parameters) {
    return AuthenticationStatus.SEND_FAILURE;
  }
}
