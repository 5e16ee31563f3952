package org.sathach.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import java.sql.Connection;

/**
 * The application's one datasource. Its URL and credentials come from MicroProfile Config: the
 * defaults (an embedded H2 file database) are set by {@code
 * payara-config/post-boot-commands.asadmin}, and the environment variables {@code SATHACH_DB_URL},
 * {@code SATHACH_DB_USER} and {@code SATHACH_DB_PASSWORD} override them. {@link JdbcUrlDataSource}
 * picks the driver from the URL, so the same build runs on H2 and on MySQL/MariaDB.
 *
 * <p>Transactions read committed data on both databases (H2's default; MySQL's is repeatable read).
 * Where a rule needs a stable view, the code takes a row lock ({@code FOR UPDATE}) and says so.
 * Repeatable read would add gap locks: two candidates saving their first answer at once would then
 * wait for each other's gap in the answer table, a deadlock.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.sathach.platform.JdbcUrlDataSource",
    url = "${MPCONFIG=sathach.db.url}",
    user = "${MPCONFIG=sathach.db.user}",
    password = "${MPCONFIG=sathach.db.password}",
    minPoolSize = 2,
    maxPoolSize = 64,
    isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
    properties = {
      // A pooled connection dropped by the database server is replaced, not handed out.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true",
      // Every connection is the application's own: the pool need not compare each caller's
      // credentials with a free connection's (which it does under a lock, at every request).
      "fish.payara.match-connections=false"
    })
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/sathach";

  private Database() {}
}
