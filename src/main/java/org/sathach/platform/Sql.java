package org.sathach.platform;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC for the few statements of a hot path (an autosave, a start), on the connection of the
 * caller's transaction. The exam room sends a thousand of them a second; going round the
 * persistence provider saves the work of building a query object for each one.
 */
public final class Sql {
  private Sql() {}

  /** Every row of {@code sql}, each as its columns in order. */
  public static List<Object[]> rows(Connection connection, String sql, Object... parameters) {
    try (PreparedStatement statement = prepared(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      int columns = result.getMetaData().getColumnCount();
      List<Object[]> rows = new ArrayList<>();
      while (result.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = result.getObject(i + 1);
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new PersistenceException(sql, e);
    }
  }

  /** Runs an insert, update or delete; the number of rows it changed. */
  public static int update(Connection connection, String sql, Object... parameters) {
    try (PreparedStatement statement = prepared(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException(sql, e);
    }
  }

  /**
   * Runs an insert; false, with nothing changed, when the row's key is already there. Both
   * databases undo only the failed statement, not the transaction around it.
   */
  public static boolean insertIfAbsent(Connection connection, String sql, Object... parameters) {
    try (PreparedStatement statement = prepared(connection, sql, parameters)) {
      statement.executeUpdate();
      return true;
    } catch (SQLIntegrityConstraintViolationException duplicate) {
      return false;
    } catch (SQLException e) {
      throw new PersistenceException(sql, e);
    }
  }

  private static PreparedStatement prepared(Connection connection, String sql, Object... values)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }
}
