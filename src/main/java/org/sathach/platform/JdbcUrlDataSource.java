package org.sathach.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A datasource that chooses the vendor's own {@link DataSource} from the JDBC URL: H2 for {@code
 * jdbc:h2:}, MySQL Connector/J for {@code jdbc:mysql:} (also used for MariaDB). Payara pools the
 * connections it returns; this class only lets one {@code @DataSourceDefinition} serve both
 * databases, so switching needs nothing but the URL and credentials.
 */
public class JdbcUrlDataSource implements DataSource {
  private static final List<String> MYSQL_DEFAULTS =
      List.of(
          "cachePrepStmts=true",
          "prepStmtCacheSize=250",
          "prepStmtCacheSqlLimit=2048",
          "useLocalSessionState=true",
          "cacheServerConfiguration=true",
          "useServerPrepStmts=true",
          "openTelemetry=DISABLED");

  private String url;
  private String user;
  private String password;
  private volatile DataSource vendor;

  public void setUrl(String url) {
    this.url = url;
    this.vendor = null;
  }

  public String getUrl() {
    return url;
  }

  public void setURL(String url) {
    setUrl(url);
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  private DataSource vendor() throws SQLException {
    DataSource current = vendor;
    if (current == null) {
      current = createVendorDataSource();
      vendor = current;
    }
    return current;
  }

  private DataSource createVendorDataSource() throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("No database URL: set sathach.db.url or SATHACH_DB_URL");
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(url);
      return h2;
    }
    if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
      com.mysql.cj.jdbc.MysqlDataSource mysql = new com.mysql.cj.jdbc.MysqlDataSource();
      // Connector/J speaks to MariaDB too; it only accepts its own URL scheme.
      mysql.setURL(
          withDefaults(
              lower.startsWith("jdbc:mariadb:") ? "jdbc:mysql:" + url.substring(13) : url));
      return mysql;
    }
    throw new SQLException("Unsupported database URL (expected jdbc:h2: or jdbc:mysql:): " + url);
  }

  /**
   * Connector/J settings for a pooled server application, each added unless the URL sets it: keep
   * each prepared statement prepared on the server, once per connection (the save path runs the
   * same few again and again, and sends its parameters in binary instead of escaping them into the
   * text of a query); trust the driver's own record of auto-commit and isolation instead of asking
   * the server each time the pool hands a connection out; and no tracing span per statement (Payara
   * brings OpenTelemetry, which the driver would otherwise use).
   */
  static String withDefaults(String mysqlUrl) {
    StringBuilder result = new StringBuilder(mysqlUrl);
    String lower = mysqlUrl.toLowerCase(Locale.ROOT);
    for (String setting : MYSQL_DEFAULTS) {
      String name = setting.substring(0, setting.indexOf('=')).toLowerCase(Locale.ROOT);
      if (!lower.matches(".*[?&]" + name + "=.*")) {
        result.append(result.indexOf("?") < 0 ? '?' : '&').append(setting);
      }
    }
    return result.toString();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return vendor().getConnection(user, password == null ? "" : password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return vendor().getConnection(username, pass == null ? "" : pass);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Connections log through java.util.logging; a writer is not used.
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    vendor().setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return vendor().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || vendor().isWrapperFor(iface);
  }
}
