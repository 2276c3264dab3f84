package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.V1Values;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Transaction;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.integrity.LogCoverage;
import io.rakor.persistence.integrity.StoreVerifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An H2 store filled under schema V3 (JSON bodies in CLOB columns) keeps every row through
 * migration V4 (the bodies as CHARACTER VARYING): a fresh H2 file is migrated to V3 with Flyway,
 * filled through a store that does not migrate (an aggregate of every table, a commitment with a
 * body far longer than H2 keeps in a row as a CLOB, and hash-chained events), opened again (which
 * applies V4), and read back equal, the log intact and still append-only.
 */
class Version3StoreMigrationTest {
  @RegisterExtension final RakorDatabaseExtension h2 = RakorDatabaseExtension.h2();

  private static final String[][] BODIES = {
    {"rakor_aggregate", "body"},
    {"rakor_commitment", "body"},
    {"rakor_progress_report", "body"},
    {"rakor_observation", "body"},
    {"rakor_evaluation_record", "body"},
    {"rakor_event", "event_json"},
  };

  @Test
  void aVersion3StoreOnH2KeepsEveryRow() throws SQLException {
    DataSource db = h2.dataSource();
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:io/rakor/persistence/jdbc/migration/h2")
        .table("rakor_schema_history")
        .target("3")
        .load()
        .migrate();
    assertThat(columnTypes(db)).containsOnly("CHARACTER LARGE OBJECT");

    Map<AggregateKind<?, ?>, Object> values = new LinkedHashMap<>();
    for (AggregateKind<?, ?> kind :
        List.of(
            AggregateKind.JURISDICTION,
            AggregateKind.UNIT,
            AggregateKind.MEETING,
            AggregateKind.MONITORING_PLAN)) {
      values.put(kind, V1Values.byType().get(typeName(kind)));
    }
    Commitment commitment = V1Values.commitments().get(0);
    Commitment longOne = commitment.withAction("x".repeat(20_000));
    values.put(AggregateKind.COMMITMENT, longOne);
    values.put(AggregateKind.PROGRESS_REPORT, V1Values.report());
    values.put(AggregateKind.OBSERVATION, V1Values.observation());
    values.put(AggregateKind.EVALUATION_RECORD, V1Values.evaluationRecord());
    List<LogEntry> entries;
    try (JdbcStore v3 = JdbcStore.builder(db).migrate(false).build()) {
      entries =
          v3.inTransaction(
              tx -> {
                List<DomainEvent> events = new ArrayList<>();
                for (Map.Entry<AggregateKind<?, ?>, Object> e : values.entrySet()) {
                  save(tx, e.getKey(), e.getValue());
                  events.add(created(e.getKey(), e.getValue()));
                }
                return tx.append(events);
              });
    }

    try (JdbcStore store = JdbcStore.builder(db).build()) { // applies V4
      assertThat(columnTypes(db)).containsOnly("CHARACTER VARYING");
      for (Map.Entry<AggregateKind<?, ?>, Object> e : values.entrySet()) {
        assertReads(store, e.getKey(), e.getValue());
      }
      assertThat(store.events(1, 100)).containsExactlyElementsOf(entries);
      assertThat(store.verify(StoreVerifier.builder().coverage(LogCoverage.NONE).build()).intact())
          .isTrue();
      try (Connection c = db.getConnection();
          Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.executeUpdate("DELETE FROM rakor_event"))
            .isInstanceOf(SQLException.class);
      }
      Commitment changed = longOne.withWeight(2.0);
      store.save(AggregateKind.COMMITMENT, changed, 1);
      assertThat(store.load(AggregateKind.COMMITMENT, changed.id()))
          .contains(Versioned.of(changed, 2));
    }
  }

  private static String typeName(AggregateKind<?, ?> kind) {
    return ImmutableMap.of(
            AggregateKind.JURISDICTION, "jurisdiction",
            AggregateKind.UNIT, "responsible-unit",
            AggregateKind.MEETING, "meeting",
            AggregateKind.MONITORING_PLAN, "monitoring-plan")
        .get(kind);
  }

  private static <T, K> void save(Transaction tx, AggregateKind<T, K> kind, Object value) {
    tx.save(kind, kind.valueType().cast(value), Versioned.NONE);
  }

  private static <T, K> DomainEvent created(AggregateKind<T, K> kind, Object value) {
    return DomainEvent.builder()
        .type(EventType.AGGREGATE_CREATED)
        .subjectKind(kind.valueType().getSimpleName())
        .subjectId(kind.idText(kind.idOf(kind.valueType().cast(value))))
        .actor(Actor.of(V1Values.unit().id(), Role.SECRETARIAT))
        .occurredAt(Instant.parse("2026-01-12T02:00:00Z"))
        .fromState("NONE")
        .toState("CREATED")
        .build();
  }

  private static <T, K> void assertReads(
      JdbcStore store, AggregateKind<T, K> kind, Object expected) {
    T value = kind.valueType().cast(expected);
    assertThat(store.load(kind, kind.idOf(value))).as(kind.name()).contains(Versioned.of(value, 1));
  }

  /** The data type and nullability of every JSON column, as "TYPE" when it is NOT NULL. */
  private static List<String> columnTypes(DataSource db) throws SQLException {
    List<String> types = new ArrayList<>();
    try (Connection c = db.getConnection()) {
      for (String[] column : BODIES) {
        try (ResultSet rs =
            c.getMetaData()
                .getColumns(
                    null,
                    null,
                    column[0].toUpperCase(Locale.ROOT),
                    column[1].toUpperCase(Locale.ROOT))) {
          assertThat(rs.next()).as(column[0] + "." + column[1]).isTrue();
          types.add(
              rs.getString("TYPE_NAME")
                  + ("NO".equals(rs.getString("IS_NULLABLE")) ? "" : " NULL"));
        }
      }
    }
    return types;
  }
}
