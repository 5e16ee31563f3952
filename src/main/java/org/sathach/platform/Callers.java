package org.sathach.platform;

import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Who is calling a boundary. Work the container starts itself (start-up beans, timers) has no
 * caller, and an EJB's {@code @PostConstruct} may not even ask; both count as {@value #SYSTEM}.
 */
public final class Callers {
  public static final String SYSTEM = "system";

  private Callers() {}

  /** The caller's user name, or {@value #SYSTEM} when the container itself is working. */
  public static String name(SecurityContext security) {
    Principal principal = principal(security);
    return principal == null ? SYSTEM : principal.getName();
  }

  /** Whether nobody is logged in: the container's own work, not a request. */
  public static boolean isSystem(SecurityContext security) {
    return principal(security) == null;
  }

  private static Principal principal(SecurityContext security) {
    try {
      return security.getCallerPrincipal();
    } catch (IllegalStateException outsideRequest) {
      return null;
    }
  }
}
