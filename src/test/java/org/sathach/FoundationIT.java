package org.sathach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sathach.audit.AuditEvent;
import org.sathach.audit.AuditTrail;
import org.sathach.audit.BrokenLink;
import org.sathach.audit.Verification;
import org.sathach.identity.DemoAccounts;
import org.sathach.identity.LoginResult.Outcome;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.identity.UserProblem;
import org.sathach.identity.Users;
import org.sathach.platform.Database;
import org.sathach.testing.Deployments;

/**
 * The foundation on a real Payara Micro against the configured database (embedded H2 by default,
 * MariaDB/MySQL when SATHACH_DB_URL is set): datasource, migrations, login, lockout, roles, audit.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWith(FoundationIT.class);
  }

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;
  @Inject Users users;
  @Inject AuditTrail audit;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private User newUser(String name, Role role, String password) {
    return users.create(name, "Người Thử " + name, null, EnumSet.of(role), password, false);
  }

  @Test
  void applicationIsConnectedToTheConfiguredDatabaseNotPayarasDefault() throws SQLException {
    String configured = System.getenv("SATHACH_DB_URL");
    assertNotNull(configured, "the test run sets SATHACH_DB_URL");
    try (Connection connection = dataSource.getConnection()) {
      String actual = connection.getMetaData().getURL();
      assertEquals(withoutOptions(configured), withoutOptions(actual));
    }
  }

  @Test
  void pooledConnectionsReadCommittedDataOnEitherDatabase() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
    }
  }

  private static String withoutOptions(String url) {
    return url.split("[;?]")[0].replace("jdbc:mariadb:", "jdbc:mysql:");
  }

  @Test
  void flywayAppliedEveryMigrationSuccessfully() {
    MigrationInfo[] applied = Flyway.configure().dataSource(dataSource).load().info().applied();
    assertTrue(applied.length >= 1, "at least V1 is applied");
    assertEquals("1", applied[0].getVersion().getVersion());
    for (MigrationInfo migration : applied) {
      assertEquals(MigrationState.SUCCESS, migration.getState(), migration.getScript());
    }
    assertEquals(0, Flyway.configure().dataSource(dataSource).load().info().pending().length);
  }

  @Test
  void everyRoleHasADemoAccountThatLogsIn() {
    for (Role role : Role.values()) {
      DemoAccounts.Account account =
          DemoAccounts.ACCOUNTS.stream().filter(a -> a.role() == role).findFirst().orElseThrow();
      var result = users.login(account.username(), account.password());
      assertEquals(Outcome.SUCCESS, result.outcome(), account.username());
      assertTrue(result.user().getRoles().contains(role));
    }
  }

  @Test
  void loginIsAuditedWithTheActor() {
    String name = unique("login");
    newUser(name, Role.PROCTOR, "Proctor-2026");
    assertEquals(Outcome.SUCCESS, users.login(name.toUpperCase(), "Proctor-2026").outcome());
    List<AuditEvent> events = audit.latest(0, 5, "LOGIN", name);
    assertEquals(1, events.size());
    assertEquals("user:" + name, events.get(0).getTarget());
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
    String name = unique("lock");
    newUser(name, Role.CANDIDATE, "Candidate-2026");
    for (int i = 1; i <= 4; i++) {
      assertEquals(Outcome.BAD_CREDENTIALS, users.login(name, "wrong-" + i).outcome());
    }
    var fifth = users.login(name, "wrong-5");
    assertEquals(Outcome.JUST_LOCKED, fifth.outcome());
    assertNotNull(fifth.lockedUntil());
    assertEquals(Outcome.LOCKED, users.login(name, "Candidate-2026").outcome());
    assertEquals(1, audit.latest(0, 5, "ACCOUNT_LOCKED", name).size());
    assertEquals(6, audit.latest(0, 10, "LOGIN_FAILED", name).size());
  }

  @Test
  void passwordResetLiftsTheLockAndForcesAChange() {
    String name = unique("reset");
    User user = newUser(name, Role.EXAMINER, "Examiner-2026");
    for (int i = 0; i < 5; i++) {
      users.login(name, "wrong");
    }
    String temporary = users.resetPassword(user.getId(), "forgot password");
    var login = users.login(name, temporary);
    assertEquals(Outcome.SUCCESS, login.outcome());
    assertTrue(login.user().isMustChangePassword());
    UserProblem wrongCurrent =
        assertThrows(
            UserProblem.class, () -> users.changePassword(name, "not-it", "Examiner-2027"));
    assertEquals("password.currentWrong", wrongCurrent.messageKey());
    UserProblem weak =
        assertThrows(UserProblem.class, () -> users.changePassword(name, temporary, "short"));
    assertEquals("password.tooShort", weak.messageKey());
    users.changePassword(name, temporary, "Examiner-2027");
    assertFalse(users.find(name).orElseThrow().isMustChangePassword());
    assertEquals(Outcome.SUCCESS, users.login(name, "Examiner-2027").outcome());
    assertEquals(
        1,
        audit.latest(0, 5, "PASSWORD_RESET", null).stream()
            .filter(e -> e.getTarget().equals("user:" + name))
            .count());
  }

  @Test
  void disabledAndUnknownUsersCannotLogIn() {
    String name = unique("gone");
    User user = newUser(name, Role.CANDIDATE, "Candidate-2026");
    users.setEnabled(user.getId(), false, "left the round");
    assertEquals(Outcome.DISABLED, users.login(name, "Candidate-2026").outcome());
    assertEquals(Outcome.BAD_CREDENTIALS, users.login(unique("nobody"), "x").outcome());
    assertEquals(
        1,
        audit.latest(0, 5, "USER_DISABLED", null).stream()
            .filter(
                e -> e.getTarget().equals("user:" + name) && "left the round".equals(e.getReason()))
            .count());
  }

  @Test
  void rolesChangeIsAuditedAndAUserMayHoldSeveral() {
    String name = unique("multi");
    User user = newUser(name, Role.EXAMINER, "Examiner-2026");
    users.update(user.getId(), "Người Thử", null, EnumSet.of(Role.EXAMINER, Role.PROCTOR), "board");
    assertEquals(
        EnumSet.of(Role.EXAMINER, Role.PROCTOR), users.find(name).orElseThrow().getRoles());
    AuditEvent change = audit.latest(0, 1, "ROLES_CHANGED", null).get(0);
    assertEquals("user:" + name, change.getTarget());
    assertEquals("[EXAMINER] -> [EXAMINER, PROCTOR]", change.getDetails());
    assertEquals("board", change.getReason());
    UserProblem taken =
        assertThrows(UserProblem.class, () -> newUser(name, Role.CANDIDATE, "Candidate-2026"));
    assertEquals("user.username.taken", taken.messageKey());
  }

  @Test
  void verifierFindsAnAlteredRowAndADeletedRow() throws SQLException {
    newUser(unique("chain"), Role.CANDIDATE, "Candidate-2026");
    assertTrue(audit.verify().intact(), "chain intact before tampering");
    long seq = audit.latest(0, 1, null, null).get(0).getSeq() - 1;

    String original = detailsOf(seq);
    execute("UPDATE audit_event SET details = 'tampered' WHERE seq = " + seq);
    try {
      Verification altered = audit.verify();
      assertFalse(altered.intact());
      assertEquals(seq, altered.brokenLink().seq());
      assertEquals(BrokenLink.Kind.ALTERED, altered.brokenLink().kind());
    } finally {
      try (Connection c = dataSource.getConnection();
          PreparedStatement restore =
              c.prepareStatement("UPDATE audit_event SET details = ? WHERE seq = ?")) {
        restore.setString(1, original);
        restore.setLong(2, seq);
        restore.executeUpdate();
      }
    }
    assertTrue(audit.verify().intact(), "restoring the content restores the chain");

    execute("CREATE TABLE audit_event_saved AS SELECT * FROM audit_event WHERE seq = " + seq);
    try {
      execute("DELETE FROM audit_event WHERE seq = " + seq);
      Verification deleted = audit.verify();
      assertFalse(deleted.intact());
      assertEquals(BrokenLink.Kind.MISSING, deleted.brokenLink().kind());
    } finally {
      execute("INSERT INTO audit_event SELECT * FROM audit_event_saved");
      execute("DROP TABLE audit_event_saved");
    }
    assertTrue(audit.verify().intact());
  }

  @Test
  void concurrentAppendsKeepTheChainLinearAndComplete() throws Exception {
    long before = audit.count(null, null);
    int threads = 8;
    int each = 25;
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          executor.submit(
              () -> {
                for (int i = 0; i < each; i++) {
                  audit.record("load-" + thread, "LOAD_TEST", "thread:" + thread, "i=" + i, null);
                }
              }));
    }
    for (Future<?> future : done) {
      future.get(2, TimeUnit.MINUTES);
    }
    assertEquals(before + threads * each, audit.count(null, null));
    Verification verification = audit.verify();
    assertTrue(verification.intact(), () -> String.valueOf(verification.brokenLink()));
  }

  private String detailsOf(long seq) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement("SELECT details FROM audit_event WHERE seq = ?")) {
      query.setLong(1, seq);
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next());
        return rows.getString(1);
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      statement.executeUpdate();
    }
  }
}
