package org.sathach.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sathach.platform.Settings;

/**
 * Makes sure somebody can log in after the first start. In demo mode the demo accounts of every
 * role exist (see README). Otherwise, with no enabled administrator, an {@code admin} account is
 * created with {@code SATHACH_ADMIN_PASSWORD}, or with a one-time password printed to the log that
 * must be changed at first login. There is no default password outside demo mode.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class FirstStart {
  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

  @Inject Users users;
  @Inject Settings settings;
  @Inject DemoAccounts demoAccounts;

  @Inject
  @ConfigProperty(name = "sathach.admin.password")
  Optional<String> adminPassword;

  @PostConstruct
  void start() {
    if (settings.demoMode()) {
      demoAccounts.ensure();
    }
    if (users.countActiveAdmins() == 0 && users.find("admin").isEmpty()) {
      createFirstAdministrator();
    }
  }

  private void createFirstAdministrator() {
    Optional<String> given = adminPassword.filter(p -> !p.isBlank());
    String password = given.orElseGet(Passwords::generate);
    users.create(
        "admin", "Quản trị hệ thống", null, EnumSet.of(Role.ADMIN), password, given.isEmpty());
    if (given.isPresent()) {
      LOG.info(
          "Created the first administrator 'admin' with the password from SATHACH_ADMIN_PASSWORD");
    } else {
      LOG.warning(
          "\n==============================================================\n"
              + " First administrator: user 'admin', one-time password: "
              + password
              + "\n It must be changed at first login.\n"
              + "==============================================================");
    }
  }
}
