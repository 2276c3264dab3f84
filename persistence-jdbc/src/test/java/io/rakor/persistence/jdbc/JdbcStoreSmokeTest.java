package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.Pages;
import io.rakor.persistence.StaleVersionException;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.jdbc.internal.Dialect;
import io.rakor.persistence.jdbc.internal.Migrations;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.RakorGen;
import io.rakor.testkit.Scenario;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A quick end-to-end check of the store on both databases, beside the full TCK. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcStoreSmokeTest {
  @RegisterExtension
  static final RakorDatabaseExtension postgres = RakorDatabaseExtension.postgres();

  @RegisterExtension static final RakorDatabaseExtension h2 = RakorDatabaseExtension.h2();

  Stream<JdbcStore> stores() {
    return Stream.of(
        JdbcStore.builder(h2.dataSource()).build(), JdbcStore.postgres(postgres.dataSource()));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void aScenarioRoundTripsAndItsCommitmentsAreFoundByEveryLead(JdbcStore store) {
    Scenario s = Fixtures.scenario(7);
    store.useTransaction(
        tx -> {
          s.jurisdictions().forEach(j -> tx.save(AggregateKind.JURISDICTION, j, 0));
          s.units().forEach(u -> tx.save(AggregateKind.UNIT, u, 0));
          s.commitments().forEach(c -> tx.save(AggregateKind.COMMITMENT, c, 0));
          s.reports().forEach(r -> tx.save(AggregateKind.PROGRESS_REPORT, r, 0));
        });
    for (Commitment c : s.commitments()) {
      assertThat(store.load(AggregateKind.COMMITMENT, c.id())).contains(Versioned.of(c, 1));
      CommitmentQuery byLead = CommitmentQuery.builder().lead(c.lead()).build();
      List<Commitment> found =
          Pages.stream(2, p -> store.commitments(byLead, p)).map(Versioned::value).toList();
      assertThat(found)
          .containsExactlyElementsOf(
              s.commitments().stream()
                  .filter(byLead::matches)
                  .sorted(CommitmentQuery.ORDER)
                  .toList());
      CommitmentQuery within = CommitmentQuery.builder().within(s.regency().code()).build();
      assertThat(store.commitments(within, PageRequest.first(1000)).items())
          .hasSize(s.commitments().size());
    }
    Commitment first = s.commitments().get(0);
    assertThatThrownBy(() -> store.save(AggregateKind.COMMITMENT, first, 0))
        .isInstanceOf(StaleVersionException.class);
    assertThat(store.save(AggregateKind.COMMITMENT, first, 1).version()).isEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("stores")
  void eventsAreChainedAndTheLogIsAppendOnly(JdbcStore store) throws Exception {
    Scenario s = Fixtures.scenario(8);
    DomainEvent event =
        DomainEvent.builder()
            .type(EventType.COMMITMENT_AGREED)
            .subjectKind("Commitment")
            .subjectId(s.commitments().get(0).id().value())
            .actor(Actor.of(s.commitments().get(0).lead(), Role.LEAD_UNIT))
            .occurredAt(Instant.parse("2026-01-12T03:00:00.123456789Z"))
            .fromState("PROPOSED")
            .toState("AGREED")
            .putDetail("reason", "agreed at the rakor")
            .build();
    List<LogEntry> a = store.inTransaction(tx -> tx.append(List.of(event, event)));
    List<LogEntry> b = store.inTransaction(tx -> tx.append(List.of(event)));
    List<LogEntry> all = store.events(1, 100);
    assertThat(all).hasSize(3).startsWith(a.get(0), a.get(1)).endsWith(b.get(0));
    assertThat(ChainVerifier.verify(all).intact()).isTrue();
    assertThat(store.lastEvent()).contains(b.get(0));
    try (Connection c =
            (store.database().equals("H2") ? h2 : postgres).dataSource().getConnection();
        Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.executeUpdate("DELETE FROM rakor_event"))
          .hasMessageContaining("append-only");
    }
  }

  /**
   * An application's own tables and Flyway history in the schema do not stop the store: Rakor's
   * Flyway, with its own history table, records a baseline at version 0 and applies its migrations
   * from 1; the application's history is left as it was.
   */
  @ParameterizedTest
  @MethodSource("extensions")
  void aStoreIsMadeBesideAnApplicationsOwnTables(RakorDatabaseExtension db) throws Exception {
    RakorDatabaseExtension.Database database = db.openDatabase();
    try (Connection c = database.dataSource().getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE application_note (id INTEGER PRIMARY KEY)");
      st.execute("CREATE TABLE \"flyway_schema_history\" (\"version\" VARCHAR(50))");
      st.execute("INSERT INTO \"flyway_schema_history\" VALUES ('1')");
    }
    JdbcStore store = JdbcStore.builder(database.dataSource()).build();
    Scenario s = Fixtures.scenario(9);
    store.save(AggregateKind.JURISDICTION, s.regency(), 0);
    JdbcStore reopened = JdbcStore.builder(database.dataSource()).build();
    assertThat(reopened.load(AggregateKind.JURISDICTION, s.regency().code())).isPresent();
    try (Connection c = database.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rakor =
            st.executeQuery(
                "SELECT \"version\", \"description\" FROM \"rakor_schema_history\""
                    + " WHERE \"version\" IS NOT NULL"
                    + " ORDER BY \"installed_rank\"")) {
      List<String> versions = new ArrayList<>();
      while (rakor.next()) {
        versions.add(rakor.getString(1) + " " + rakor.getString(2));
      }
      List<String> expected =
          new ArrayList<>(
              List.of(
                  "0 << Flyway Baseline >>",
                  "1 rakor schema",
                  "2 evaluation records",
                  "3 body version"));
      if (reopened.database().equals("H2")) {
        expected.add("4 json as varchar"); // H2 only: PostgreSQL keeps JSONB
      }
      assertThat(versions).containsExactlyElementsOf(expected);
    }
    try (Connection c = database.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet application = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
      application.next();
      assertThat(application.getInt(1)).isEqualTo(1);
    }
  }

  /**
   * A store made before evaluation records (schema version 1, its data kept) is brought to version
   * 2 when opened, and keeps them from then on.
   */
  @ParameterizedTest
  @MethodSource("extensions")
  void aStoreOfSchemaVersion1IsMigratedAndKeepsEvaluationRecords(RakorDatabaseExtension db) {
    RakorDatabaseExtension.Database database = db.openDatabase();
    Dialect dialect = db == h2 ? Dialect.H2 : Dialect.POSTGRESQL;
    Flyway.configure(JdbcStore.class.getClassLoader())
        .dataSource(database.dataSource())
        .locations(dialect.migrationLocation())
        .table(Migrations.HISTORY_TABLE)
        .target("1")
        .load()
        .migrate();
    Scenario s = Fixtures.scenario(9);
    try (Connection c = database.dataSource().getConnection();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO rakor_aggregate (kind, id, version, body) VALUES (?, ?, 1, "
                    + dialect.jsonParameter()
                    + ")")) {
      ps.setString(1, AggregateKind.JURISDICTION.name());
      ps.setString(2, s.regency().code().value());
      ps.setString(3, RakorJson.write(s.regency()));
      ps.executeUpdate();
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }

    JdbcStore store = JdbcStore.builder(database.dataSource()).build();
    EvaluationRecord record = Fixtures.sample(RakorGen.evaluationRecords(), 11);
    store.save(AggregateKind.EVALUATION_RECORD, record, Versioned.NONE);

    assertThat(store.load(AggregateKind.JURISDICTION, s.regency().code()).orElseThrow().value())
        .isEqualTo(s.regency());
    assertThat(store.load(AggregateKind.EVALUATION_RECORD, record.cycle()).orElseThrow().value())
        .isEqualTo(record);
  }

  Stream<RakorDatabaseExtension> extensions() {
    return Stream.of(h2, postgres);
  }
}
