package io.rakor.persistence.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps the event log append-only: it refuses every update and delete of {@code
 * rakor_event}. Installed by the H2 migration. Stateless and thread-safe.
 */
public final class H2AppendOnlyTrigger implements Trigger {
  /** Creates the trigger; H2 calls this. */
  public H2AppendOnlyTrigger() {}

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "rakor_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " is not allowed",
        "23001");
  }
}
