package io.rakor.persistence.jdbc.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.data.Observation;
import io.rakor.core.json.RakorJson;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.units.UnitId;
import io.rakor.persistence.AggregateKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How one {@link AggregateKind} is laid out in the schema: its table, whether it shares {@code
 * rakor_aggregate} with other kinds (keyed by kind and id), and the indexed columns taken from the
 * value beside its JSON body, the body's schema version ({@code body_version}) and the aggregate's
 * version. Immutable and thread-safe.
 *
 * @param <T> the aggregate's value type
 */
public final class Table<T> {
  /** The type of an indexed column, which says how its value is bound. */
  public enum Type {
    /** Text. */
    TEXT,
    /** An array of text. */
    TEXT_ARRAY,
    /** A {@link java.time.LocalDate}. */
    DATE,
    /** A {@code long}. */
    BIGINT,
    /** An {@code int}. */
    INTEGER
  }

  /**
   * An indexed column.
   *
   * @param name the column's name
   * @param type how its value is bound
   * @param value takes the column's value from an aggregate
   * @param <T> the aggregate's value type
   */
  public record Column<T>(String name, Type type, Function<T, Object> value) {}

  /** The key kind in {@code rakor_commitment_key} of each supporter. */
  public static final String KEY_SUPPORTER = "supporter";

  /** The key kind in {@code rakor_commitment_key} of the lead and each supporter. */
  public static final String KEY_INVOLVING = "involving";

  /** The key kind in {@code rakor_commitment_key} of each scope code and its ancestors. */
  public static final String KEY_WITHIN = "within";

  /**
   * The rows of {@code rakor_commitment_key} for a commitment: kind and value pairs, each once.
   *
   * @param c a commitment
   * @return the pairs
   */
  public static List<String[]> commitmentKeys(Commitment c) {
    List<String[]> keys = new ArrayList<>();
    keys.add(new String[] {KEY_INVOLVING, c.lead().value()});
    for (UnitId u : c.supporters()) {
      keys.add(new String[] {KEY_SUPPORTER, u.value()});
      keys.add(new String[] {KEY_INVOLVING, u.value()});
    }
    for (String path : scopePaths(c)) {
      keys.add(new String[] {KEY_WITHIN, path});
    }
    return keys;
  }

  /** The table of aggregates that have no queries of their own. */
  public static final String SHARED = "rakor_aggregate";

  private static final ImmutableMap<AggregateKind<?, ?>, Table<?>> TABLES = tables();

  private final AggregateKind<T, ?> kind;
  private final String name;
  private final boolean shared;
  private final ImmutableList<Column<T>> columns;

  private Table(
      AggregateKind<T, ?> kind, String name, boolean shared, ImmutableList<Column<T>> columns) {
    this.kind = kind;
    this.name = name;
    this.shared = shared;
    this.columns = columns;
  }

  private static ImmutableMap<AggregateKind<?, ?>, Table<?>> tables() {
    ImmutableMap.Builder<AggregateKind<?, ?>, Table<?>> t = ImmutableMap.builder();
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      if (kind != AggregateKind.COMMITMENT
          && kind != AggregateKind.PROGRESS_REPORT
          && kind != AggregateKind.OBSERVATION
          && kind != AggregateKind.EVALUATION_RECORD) {
        t.put(kind, shared(kind));
      }
    }
    t.put(
        AggregateKind.COMMITMENT,
        new Table<Commitment>(
            AggregateKind.COMMITMENT,
            "rakor_commitment",
            false,
            ImmutableList.of(
                new Column<>("lead_unit", Type.TEXT, c -> c.lead().value()),
                new Column<>(
                    "supporters",
                    Type.TEXT_ARRAY,
                    c -> c.supporters().stream().map(UnitId::value).toArray(String[]::new)),
                new Column<>("priority_id", Type.TEXT, c -> c.priority().value()),
                new Column<>("area", Type.TEXT, c -> c.area().code()),
                new Column<>("status", Type.TEXT, c -> c.status().name()),
                new Column<>("due_date", Type.DATE, Commitment::due),
                new Column<>("origin_meeting", Type.TEXT, c -> c.originMeeting().value()),
                new Column<>("scope_paths", Type.TEXT_ARRAY, Table::scopePaths))));
    t.put(
        AggregateKind.PROGRESS_REPORT,
        new Table<ProgressReport>(
            AggregateKind.PROGRESS_REPORT,
            "rakor_progress_report",
            false,
            ImmutableList.of(
                new Column<>("cycle_id", Type.TEXT, r -> r.cycle().value()),
                new Column<>("commitment_id", Type.TEXT, r -> r.commitment().value()),
                new Column<>("reporting_unit", Type.TEXT, r -> r.reportingUnit().value()),
                new Column<>(
                    "submitted_seconds", Type.BIGINT, r -> r.submittedAt().getEpochSecond()),
                new Column<>("submitted_nanos", Type.INTEGER, r -> r.submittedAt().getNano()))));
    t.put(
        AggregateKind.OBSERVATION,
        new Table<Observation>(
            AggregateKind.OBSERVATION,
            "rakor_observation",
            false,
            ImmutableList.of(
                new Column<>("indicator_id", Type.TEXT, o -> o.indicator().value()),
                new Column<>("jurisdiction", Type.TEXT, o -> o.jurisdiction().value()),
                new Column<>("period_start", Type.DATE, o -> o.period().startInclusive()),
                new Column<>("period_end", Type.DATE, o -> o.period().endExclusive()),
                new Column<>("producer", Type.TEXT, o -> o.producer().value()))));
    t.put(
        AggregateKind.EVALUATION_RECORD,
        new Table<EvaluationRecord>(
            AggregateKind.EVALUATION_RECORD,
            "rakor_evaluation_record",
            false,
            ImmutableList.of(
                new Column<>("plan_id", Type.TEXT, e -> e.plan().value()),
                new Column<>("cycle_sequence", Type.INTEGER, EvaluationRecord::sequence))));
    return t.buildOrThrow();
  }

  private static <T> Table<T> shared(AggregateKind<T, ?> kind) {
    return new Table<>(kind, SHARED, true, ImmutableList.of());
  }

  /**
   * Every scope jurisdiction with all its ancestors, so that "within w" is "contains w".
   *
   * @param c a commitment
   * @return the codes, each once
   */
  static String[] scopePaths(Commitment c) {
    Set<String> paths = new LinkedHashSet<>();
    for (JurisdictionCode code : c.scope()) {
      code.ancestors().forEach(a -> paths.add(a.value()));
      paths.add(code.value());
    }
    return paths.toArray(String[]::new);
  }

  /**
   * The table of a kind.
   *
   * @param kind the kind
   * @param <T> the value type
   * @return its table
   */
  @SuppressWarnings("unchecked")
  public static <T> Table<T> of(AggregateKind<T, ?> kind) {
    return (Table<T>) TABLES.get(kind);
  }

  /**
   * The kind kept.
   *
   * @return the kind
   */
  public AggregateKind<T, ?> kind() {
    return kind;
  }

  /**
   * The table's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Whether the table is {@code rakor_aggregate}, shared by kinds and keyed by kind and id.
   *
   * @return true if shared
   */
  public boolean isShared() {
    return shared;
  }

  /**
   * The SQL condition that selects one id of this kind, with its parameters bound by {@link
   * #bindKey}.
   *
   * @return the SQL
   */
  public String keyCondition() {
    return shared ? "kind = ? AND id = ?" : "id = ?";
  }

  /**
   * The SQL condition that selects this kind's rows (true for a table of its own).
   *
   * @return the SQL
   */
  public String kindCondition() {
    return shared ? "kind = '" + kind.name() + "'" : "1 = 1";
  }

  /**
   * Binds the parameters of {@link #keyCondition()}.
   *
   * @param ps the statement
   * @param index the first parameter's index
   * @param idText the id's text
   * @return the next parameter's index
   * @throws SQLException if binding fails
   */
  public int bindKey(PreparedStatement ps, int index, String idText) throws SQLException {
    int i = index;
    if (shared) {
      ps.setString(i++, kind.name());
    }
    ps.setString(i++, idText);
    return i;
  }

  /**
   * The INSERT of a new aggregate at version 1; on PostgreSQL a conflicting id inserts nothing
   * (update count 0), on H2 it fails with a duplicate key.
   *
   * @param dialect the dialect
   * @return the SQL, bound by {@link #bindInsert}
   */
  public String insertSql(Dialect dialect) {
    String names =
        (shared ? "kind, " : "")
            + "id, version, "
            + columns.stream().map(c -> c.name() + ", ").collect(Collectors.joining())
            + "body_version, body";
    String values =
        (shared ? "?, " : "")
            + "?, ?, "
            + "?, ".repeat(columns.size())
            + "?, "
            + dialect.jsonParameter();
    return "INSERT INTO "
        + name
        + " ("
        + names
        + ") VALUES ("
        + values
        + ")"
        + (dialect == Dialect.POSTGRESQL ? " ON CONFLICT DO NOTHING" : "");
  }

  /**
   * Binds an INSERT.
   *
   * @param ps the statement
   * @param c the connection, for arrays
   * @param value the aggregate
   * @param idText its id's text
   * @param json its JSON, in the current schema version ({@link RakorJson#SCHEMA_VERSION}, which is
   *     stored as the row's {@code body_version})
   * @throws SQLException if binding fails
   */
  public void bindInsert(PreparedStatement ps, Connection c, T value, String idText, String json)
      throws SQLException {
    int i = 1;
    if (shared) {
      ps.setString(i++, kind.name());
    }
    ps.setString(i++, idText);
    ps.setLong(i++, 1L);
    i = bindColumns(ps, c, value, i);
    ps.setInt(i++, RakorJson.SCHEMA_VERSION);
    ps.setString(i, json);
  }

  /**
   * The UPDATE of an aggregate that is at an expected version.
   *
   * @param dialect the dialect
   * @return the SQL, bound by {@link #bindUpdate}
   */
  public String updateSql(Dialect dialect) {
    return "UPDATE "
        + name
        + " SET version = ?, "
        + columns.stream().map(c -> c.name() + " = ?, ").collect(Collectors.joining())
        + "body_version = ?, body = "
        + dialect.jsonParameter()
        + " WHERE "
        + keyCondition()
        + " AND version = ?";
  }

  /**
   * Binds an UPDATE.
   *
   * @param ps the statement
   * @param c the connection, for arrays
   * @param value the aggregate
   * @param idText its id's text
   * @param json its JSON, in the current schema version (stored as the row's {@code body_version})
   * @param expectedVersion the version it must be at
   * @throws SQLException if binding fails
   */
  public void bindUpdate(
      PreparedStatement ps, Connection c, T value, String idText, String json, long expectedVersion)
      throws SQLException {
    int i = 1;
    ps.setLong(i++, expectedVersion + 1);
    i = bindColumns(ps, c, value, i);
    ps.setInt(i++, RakorJson.SCHEMA_VERSION);
    ps.setString(i++, json);
    i = bindKey(ps, i, idText);
    ps.setLong(i, expectedVersion);
  }

  private int bindColumns(PreparedStatement ps, Connection c, T value, int index)
      throws SQLException {
    int i = index;
    for (Column<T> column : columns) {
      Object v = column.value().apply(value);
      switch (column.type()) {
        case TEXT -> ps.setString(i, (String) v);
        case TEXT_ARRAY -> ps.setArray(i, c.createArrayOf("varchar", (Object[]) v));
        case DATE, BIGINT, INTEGER -> ps.setObject(i, v);
      }
      i++;
    }
    return i;
  }
}
