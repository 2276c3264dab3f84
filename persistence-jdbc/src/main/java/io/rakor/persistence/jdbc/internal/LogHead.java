package io.rakor.persistence.jdbc.internal;

import io.rakor.persistence.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The head of the event log as the store records it apart from the entries, in the single row of
 * {@code rakor_event_head}: the last sequence number and hash, updated with every append. Immutable
 * and thread-safe.
 *
 * @param sequence the last entry's sequence number, 0 for an empty log
 * @param hash the last entry's hash, 64 zeros for an empty log
 */
public record LogHead(long sequence, String hash) {
  /**
   * Reads the recorded head.
   *
   * @param c the connection
   * @return the head
   * @throws StoreException if the row is missing
   * @throws SQLException if the database fails
   */
  public static LogHead read(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT last_sequence, last_hash FROM rakor_event_head WHERE singleton = 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new StoreException(
            "The event log's head row is missing from rakor_event_head; the schema is damaged");
      }
      return new LogHead(rs.getLong(1), rs.getString(2).trim());
    }
  }
}
