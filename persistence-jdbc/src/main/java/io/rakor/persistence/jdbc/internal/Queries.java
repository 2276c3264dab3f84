package io.rakor.persistence.jdbc.internal;

import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.data.Observation;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.units.UnitId;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.Cursor;
import io.rakor.persistence.ObservationQuery;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.ProgressReportQuery;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.Versioned;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The store's queries as SQL: each criterion a condition on an indexed column, results in the
 * query's order with keyset paging ({@code (sort key, id) > (?, ?)}), one row more than the page to
 * learn whether a next page exists. Stateless and thread-safe.
 */
public final class Queries {
  private Queries() {}

  /** A WHERE clause under construction and its parameters. */
  private static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Where add(String condition, Object... values) {
      conditions.add(condition);
      params.addAll(List.of(values));
      return this;
    }

    String sql() {
      return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    }
  }

  /**
   * Finds commitments.
   *
   * @param c the connection
   * @param dialect the dialect
   * @param query the criteria
   * @param page which page
   * @return the page
   * @throws SQLException if the database fails
   * @throws StoreException if the cursor is not a commitment cursor
   */
  public static Page<Versioned<Commitment>> commitments(
      Connection c, Dialect dialect, CommitmentQuery query, PageRequest page) throws SQLException {
    // A multi-valued criterion, if any, drives the query from rakor_commitment_key, whose key is
    // (kind, value, due, id): the walk comes in the result order and stops after a page.
    String driverKind = null;
    String driverValue = null;
    if (query.involving().isPresent()) {
      driverKind = Table.KEY_INVOLVING;
      driverValue = query.involving().get().value();
    } else if (query.supporter().isPresent()) {
      driverKind = Table.KEY_SUPPORTER;
      driverValue = query.supporter().get().value();
    } else if (query.within().isPresent()) {
      driverKind = Table.KEY_WITHIN;
      driverValue = query.within().get().value();
    }
    Where w = new Where();
    if (driverKind != null) {
      w.add("k.key_kind = ? AND k.key_value = ?", driverKind, driverValue);
    }
    query.lead().ifPresent(u -> w.add("lead_unit = ?", u.value()));
    if (query.supporter().isPresent() && !Table.KEY_SUPPORTER.equals(driverKind)) {
      w.add(dialect.arrayContains("supporters"), query.supporter().get().value());
    }
    if (query.involving().isPresent() && !Table.KEY_INVOLVING.equals(driverKind)) {
      UnitId u = query.involving().get();
      w.add("(lead_unit = ? OR " + dialect.arrayContains("supporters") + ")", u.value(), u.value());
    }
    query
        .area()
        .ifPresent(
            a -> w.add("(area = ? OR area LIKE ? ESCAPE '!')", a.code(), likePrefix(a.code())));
    query.priority().ifPresent(p -> w.add("priority_id = ?", p.value()));
    if (!query.statuses().isEmpty()) {
      List<String> names = query.statuses().stream().map(CommitmentStatus::name).sorted().toList();
      w.add(
          "status IN (" + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")",
          names.toArray());
    }
    query.dueOnOrAfter().ifPresent(d -> w.add("due_date >= ?", d));
    query.dueBefore().ifPresent(d -> w.add("due_date < ?", d));
    if (query.within().isPresent() && !Table.KEY_WITHIN.equals(driverKind)) {
      w.add(dialect.arrayContains("scope_paths"), query.within().get().value());
    }
    query.originMeeting().ifPresent(m -> w.add("origin_meeting = ?", m.value()));
    String sortColumns = driverKind == null ? "due_date, id" : "k.sort_due, k.commitment_id";
    page.after()
        .ifPresent(
            cursor ->
                w.add(
                    "(" + sortColumns + ") > (?, ?)", date(cursor, "commitment"), cursor.idText()));
    String from =
        driverKind == null
            ? "rakor_commitment"
            : "rakor_commitment_key k JOIN rakor_commitment c ON c.id = k.commitment_id";
    return select(
        c,
        Table.of(AggregateKind.COMMITMENT),
        from,
        w,
        sortColumns,
        page,
        CommitmentQuery::cursorOf);
  }

  /**
   * Finds progress reports.
   *
   * @param c the connection
   * @param query the criteria
   * @param page which page
   * @return the page
   * @throws SQLException if the database fails
   * @throws StoreException if the cursor is not a progress-report cursor
   */
  public static Page<Versioned<ProgressReport>> progressReports(
      Connection c, ProgressReportQuery query, PageRequest page) throws SQLException {
    Where w = new Where();
    query.cycle().ifPresent(x -> w.add("cycle_id = ?", x.value()));
    query.commitment().ifPresent(x -> w.add("commitment_id = ?", x.value()));
    query.reportingUnit().ifPresent(x -> w.add("reporting_unit = ?", x.value()));
    page.after()
        .ifPresent(
            cursor -> {
              Instant at = instant(cursor);
              w.add(
                  "(submitted_seconds, submitted_nanos, id) > (?, ?, ?)",
                  at.getEpochSecond(),
                  at.getNano(),
                  cursor.idText());
            });
    return select(
        c,
        Table.of(AggregateKind.PROGRESS_REPORT),
        w,
        "submitted_seconds, submitted_nanos, id",
        page,
        ProgressReportQuery::cursorOf);
  }

  /**
   * Finds observations.
   *
   * @param c the connection
   * @param query the criteria
   * @param page which page
   * @return the page
   * @throws SQLException if the database fails
   * @throws StoreException if the cursor is not an observation cursor
   */
  public static Page<Versioned<Observation>> observations(
      Connection c, ObservationQuery query, PageRequest page) throws SQLException {
    Where w = new Where();
    query.indicator().ifPresent(x -> w.add("indicator_id = ?", x.value()));
    query
        .within()
        .ifPresent(
            j ->
                w.add(
                    "(jurisdiction = ? OR jurisdiction LIKE ? ESCAPE '!')",
                    j.value(),
                    likePrefix(j.value())));
    query
        .period()
        .ifPresent(
            p ->
                w.add("period_start = ? AND period_end = ?", p.startInclusive(), p.endExclusive()));
    query
        .overlapping()
        .ifPresent(
            p ->
                w.add("period_start < ? AND period_end > ?", p.endExclusive(), p.startInclusive()));
    query.producer().ifPresent(x -> w.add("producer = ?", x.value()));
    page.after()
        .ifPresent(
            cursor ->
                w.add("(period_start, id) > (?, ?)", date(cursor, "observation"), cursor.idText()));
    return select(
        c,
        Table.of(AggregateKind.OBSERVATION),
        w,
        "period_start, id",
        page,
        ObservationQuery::cursorOf);
  }

  /**
   * Lists every aggregate of a kind in id order.
   *
   * @param c the connection
   * @param kind the kind
   * @param page which page
   * @param <T> the value type
   * @return the page
   * @throws SQLException if the database fails
   * @throws StoreException if the cursor is not a listing cursor
   */
  public static <T> Page<Versioned<T>> list(
      Connection c, AggregateKind<T, ?> kind, PageRequest page) throws SQLException {
    Table<T> table = Table.of(kind);
    Where w = new Where();
    if (table.isShared()) {
      w.add("kind = ?", kind.name());
    }
    page.after()
        .ifPresent(
            cursor -> {
              if (!cursor.sortKey().isEmpty()) {
                throw new StoreException("not a cursor of a listing of " + kind + ": " + cursor);
              }
              w.add("id > ?", cursor.idText());
            });
    return select(c, table, w, "id", page, v -> Cursor.of("", idText(kind, v)));
  }

  private static <T, K> String idText(AggregateKind<T, K> kind, T value) {
    return kind.idText(kind.idOf(value));
  }

  private static <T> Page<Versioned<T>> select(
      Connection c,
      Table<T> table,
      Where w,
      String orderBy,
      PageRequest page,
      Function<T, Cursor> cursorOf)
      throws SQLException {
    return select(c, table, table.name(), w, orderBy, page, cursorOf);
  }

  private static <T> Page<Versioned<T>> select(
      Connection c,
      Table<T> table,
      String from,
      Where w,
      String orderBy,
      PageRequest page,
      Function<T, Cursor> cursorOf)
      throws SQLException {
    String sql =
        "SELECT id, version, body_version, body FROM "
            + from
            + " WHERE "
            + w.sql()
            + " ORDER BY "
            + orderBy
            + " LIMIT ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      for (Object p : w.params) {
        ps.setObject(i++, p);
      }
      ps.setInt(i, page.size() + 1);
      List<Versioned<T>> items = new ArrayList<>(page.size());
      boolean more = false;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (items.size() == page.size()) {
            more = true;
            break;
          }
          items.add(
              Reads.versioned(
                  table, rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4)));
        }
      }
      Optional<Cursor> next =
          more
              ? Optional.of(cursorOf.apply(items.get(items.size() - 1).value()))
              : Optional.empty();
      return new Page<>(ImmutableList.copyOf(items), next);
    }
  }

  /**
   * The LIKE pattern for "starts with {@code prefix} followed by a dot", escaping with {@code !}.
   *
   * @param prefix the prefix
   * @return the pattern
   */
  static String likePrefix(String prefix) {
    return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ".%";
  }

  private static LocalDate date(Cursor cursor, String of) {
    try {
      return LocalDate.parse(cursor.sortKey());
    } catch (DateTimeParseException e) {
      throw new StoreException("not a cursor of a " + of + " query: " + cursor, e);
    }
  }

  private static Instant instant(Cursor cursor) {
    try {
      return Instant.parse(cursor.sortKey());
    } catch (DateTimeParseException e) {
      throw new StoreException("not a cursor of a progress report query: " + cursor, e);
    }
  }
}
