package io.rakor.persistence.jdbc.internal;

import io.rakor.persistence.ConcurrencyConflictException;
import io.rakor.persistence.StoreException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/** Turns JDBC failures into the store's typed exceptions. Stateless and thread-safe. */
public final class SqlErrors {
  private SqlErrors() {}

  /**
   * The store exception for a failed SQL operation.
   *
   * @param doing what the store was doing, for example {@code "saving commitment c-1"}
   * @param e the failure
   * @return a {@link ConcurrencyConflictException} for deadlocks, serialization failures and lock
   *     timeouts (another transaction got in the way; retrying may succeed), otherwise a {@link
   *     StoreException} that says whether the connection was lost
   */
  public static StoreException translate(String doing, SQLException e) {
    // A batch failure's own message repeats the whole statement; the next exception says why.
    SQLException why =
        e instanceof BatchUpdateException && e.getNextException() != null
            ? e.getNextException()
            : e;
    String state = why.getSQLState() == null ? "" : why.getSQLState();
    String detail = why.getMessage() + " (SQLState " + (state.isEmpty() ? "none" : state) + ")";
    if (isConflict(why, state)) {
      return new ConcurrencyConflictException(
          "Another transaction got in the way while " + doing + ": " + detail, e);
    }
    if (isConnectionLoss(why, state)) {
      return new StoreException(
          "The database connection failed while "
              + doing
              + "; nothing of the transaction was committed: "
              + detail,
          e);
    }
    return new StoreException("The database failed while " + doing + ": " + detail, e);
  }

  /**
   * Whether a failure is a violation of the named unique or primary key constraint.
   *
   * @param e the failure (a batch failure's next exception is looked at too)
   * @param constraint the constraint's name, in any case
   * @return true for a unique violation (SQLState 23505) naming the constraint
   */
  public static boolean violates(SQLException e, String constraint) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if ("23505".equals(x.getSQLState())
          && String.valueOf(x.getMessage())
              .toLowerCase(Locale.ROOT)
              .contains(constraint.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConflict(SQLException e, String state) {
    return e instanceof SQLTransactionRollbackException
        || state.equals("40001") // serialization failure (both)
        || state.equals("40P01") // deadlock (PostgreSQL)
        || state.equals("55P03") // lock not available (PostgreSQL)
        || state.equals("HYT00"); // lock timeout (H2)
  }

  private static boolean isConnectionLoss(SQLException e, String state) {
    return e instanceof SQLTransientConnectionException
        || state.startsWith("08")
        || state.equals("57P01") // admin shutdown (PostgreSQL)
        || state.equals("57P02")
        || state.equals("57P03");
  }
}
