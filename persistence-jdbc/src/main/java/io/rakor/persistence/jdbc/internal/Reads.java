package io.rakor.persistence.jdbc.internal;

import com.google.common.collect.ImmutableList;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.json.RakorJson;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.Versioned;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The store's reads of aggregates and of the event log. Stateless and thread-safe. */
public final class Reads {
  private static final String EVENT_COLUMNS = "sequence, previous_hash, hash, event_json";

  private Reads() {}

  /**
   * Loads one aggregate.
   *
   * @param c the connection
   * @param bodies the store's decoded bodies
   * @param table the kind's table
   * @param idText the id's text
   * @param <T> the value type
   * @return the value and version, or empty
   * @throws SQLException if the database fails
   */
  public static <T> Optional<Versioned<T>> load(
      Connection c, DecodedBodies bodies, Table<T> table, String idText) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT version, body_version, body FROM "
                + table.name()
                + " WHERE "
                + table.keyCondition())) {
      table.bindKey(ps, 1, idText);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            bodies.versioned(table, idText, rs.getLong(1), rs.getInt(2), rs.getString(3)));
      }
    }
  }

  /**
   * Loads many aggregates, in chunks of at most 500 ids per statement.
   *
   * @param c the connection
   * @param bodies the store's decoded bodies
   * @param table the kind's table
   * @param idTexts the ids' texts, each once
   * @param <T> the value type
   * @return the values found, by id text
   * @throws SQLException if the database fails
   */
  public static <T> Map<String, Versioned<T>> loadAll(
      Connection c, DecodedBodies bodies, Table<T> table, Collection<String> idTexts)
      throws SQLException {
    Map<String, Versioned<T>> found = new HashMap<>();
    List<String> all = ImmutableList.copyOf(idTexts);
    for (int from = 0; from < all.size(); from += 500) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
      String sql =
          "SELECT id, version, body_version, body FROM "
              + table.name()
              + " WHERE "
              + table.kindCondition()
              + " AND id IN ("
              + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
              + ")";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            found.put(
                id, bodies.versioned(table, id, rs.getLong(2), rs.getInt(3), rs.getString(4)));
          }
        }
      }
    }
    return found;
  }

  /**
   * The committed (or this transaction's) version of an aggregate.
   *
   * @param c the connection
   * @param table the kind's table
   * @param idText the id's text
   * @return the version, or {@link Versioned#NONE} if it does not exist
   * @throws SQLException if the database fails
   */
  public static long version(Connection c, Table<?> table, String idText) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT version FROM " + table.name() + " WHERE " + table.keyCondition())) {
      table.bindKey(ps, 1, idText);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : Versioned.NONE;
      }
    }
  }

  /**
   * Reads a row's value and version. A body written by an older schema version (its {@code
   * body_version}; rows kept from before migration V3 are version 1) is upgraded as it is read,
   * through {@link RakorJson#read(String, Class, int)}.
   *
   * @param table the kind's table
   * @param idText the row's id, to name it if it cannot be read
   * @param version the version column
   * @param bodyVersion the body_version column: the JSON schema version the body was written in
   * @param body the body column
   * @param <T> the value type
   * @return the versioned value
   * @throws StoreException if the body is not a valid value of the kind (a row written by hand or
   *     by an older version): the message names the kind, the id and the version, and the cause is
   *     the reader's exception
   */
  public static <T> Versioned<T> versioned(
      Table<T> table, String idText, long version, int bodyVersion, String body) {
    T value;
    try {
      value = RakorJson.read(body, table.kind().valueType(), bodyVersion);
    } catch (RuntimeException e) {
      throw unreadable(table.kind().name() + " " + idText + " (version " + version + ")", e);
    }
    return Versioned.of(value, version);
  }

  private static StoreException unreadable(String what, RuntimeException cause) {
    return new StoreException(
        "Cannot read "
            + what
            + " from the store: the stored row is not a valid value; it was written by hand, by"
            + " another program or by an older version of Rakor. "
            + cause.getMessage(),
        cause);
  }

  /**
   * One entry of the event log.
   *
   * @param c the connection
   * @param sequence its sequence number
   * @return the entry, or empty
   * @throws SQLException if the database fails
   */
  public static Optional<LogEntry> event(Connection c, long sequence) throws SQLException {
    List<LogEntry> one = events(c, sequence, 1);
    return one.isEmpty() || one.get(0).sequence() != sequence
        ? Optional.empty()
        : Optional.of(one.get(0));
  }

  /**
   * Entries of the event log from a sequence number on, ascending.
   *
   * @param c the connection
   * @param fromSequence the first sequence number wanted
   * @param limit the most entries to return
   * @return the entries
   * @throws SQLException if the database fails
   */
  public static List<LogEntry> events(Connection c, long fromSequence, int limit)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + EVENT_COLUMNS
                + " FROM rakor_event WHERE sequence >= ? ORDER BY sequence LIMIT ?")) {
      ps.setLong(1, fromSequence);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        ImmutableList.Builder<LogEntry> entries = ImmutableList.builder();
        while (rs.next()) {
          entries.add(entry(rs));
        }
        return entries.build();
      }
    }
  }

  /**
   * The last entry of the event log.
   *
   * @param c the connection
   * @return the entry, or empty for an empty log
   * @throws SQLException if the database fails
   */
  public static Optional<LogEntry> lastEvent(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + EVENT_COLUMNS + " FROM rakor_event ORDER BY sequence DESC LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
    }
  }

  private static LogEntry entry(ResultSet rs) throws SQLException {
    long sequence = rs.getLong(1);
    try {
      return LogEntry.builder()
          .sequence(sequence)
          .previousHash(rs.getString(2))
          .hash(rs.getString(3))
          .event(RakorJson.read(rs.getString(4), DomainEvent.class))
          .build();
    } catch (RuntimeException e) {
      throw unreadable("event log entry " + sequence, e);
    }
  }
}
