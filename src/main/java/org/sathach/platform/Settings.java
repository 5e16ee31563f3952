package org.sathach.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Platform-wide settings read from MicroProfile Config (environment variables override the defaults
 * set in {@code payara-config/}).
 */
@ApplicationScoped
public class Settings {
  @Inject
  @ConfigProperty(name = "sathach.db.url", defaultValue = "")
  String databaseUrl;

  @Inject
  @ConfigProperty(name = "sathach.demo", defaultValue = "auto")
  String demo;

  /** The JDBC URL the application is configured with (credentials are never exposed). */
  public String databaseUrl() {
    return databaseUrl;
  }

  /** True on the embedded database unless switched off, false on MySQL unless switched on. */
  public boolean demoMode() {
    return switch (demo.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> databaseUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    };
  }
}
