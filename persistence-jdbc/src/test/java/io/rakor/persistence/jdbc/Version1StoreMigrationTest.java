package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.rakor.core.audit.HashChain;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.data.Observation;
import io.rakor.core.json.JsonCorpus;
import io.rakor.core.json.V1Values;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.ObservationQuery;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.ProgressReportQuery;
import io.rakor.persistence.Versioned;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A store filled by the version-1 store (schema V2, JSON schema version 1) keeps every row through
 * migration V3: a fresh database is migrated to V2 with Flyway, filled with plain JDBC inserts of
 * the golden version-1 bodies and their key and index rows, as the version-1 store wrote them,
 * opened (which migrates it to the latest schema), and read back through the store, by id, by many
 * ids, by listing and by every query, into the values built in Java. Rows written afterwards carry
 * JSON schema version 2. On H2 and on the embedded PostgreSQL.
 */
class Version1StoreMigrationTest {
  @RegisterExtension final RakorDatabaseExtension h2 = RakorDatabaseExtension.h2();
  @RegisterExtension final RakorDatabaseExtension postgres = RakorDatabaseExtension.postgres();

  /** The aggregates of rakor_aggregate, by kind: the golden document and the value it holds. */
  private static final Map<AggregateKind<?, ?>, String> SHARED =
      ImmutableMap.<AggregateKind<?, ?>, String>builder()
          .put(AggregateKind.JURISDICTION, "jurisdiction")
          .put(AggregateKind.UNIT, "responsible-unit")
          .put(AggregateKind.FORUM, "forum")
          .put(AggregateKind.OFFICIAL, "official")
          .put(AggregateKind.MEETING, "meeting")
          .put(AggregateKind.PRIORITY, "priority")
          .put(AggregateKind.INDICATOR, "indicator")
          .put(AggregateKind.MONITORING_PLAN, "monitoring-plan")
          .put(AggregateKind.MONITORING_CYCLE, "monitoring-cycle")
          .build();

  private static final DomainEvent EVENT =
      DomainEvent.builder()
          .type(EventType.AGGREGATE_CREATED)
          .subjectKind("ResponsibleUnit")
          .subjectId("lu-dinkes")
          .actor(Actor.of(V1Values.unit().id(), Role.SECRETARIAT))
          .occurredAt(Instant.parse("2026-01-12T02:00:00Z"))
          .fromState("NONE")
          .toState("CREATED")
          .build();

  @Test
  void aVersion1StoreOnH2KeepsEveryRow() throws SQLException {
    migrateFillAndRead(h2.dataSource(), "h2", "?");
  }

  @Test
  void aVersion1StoreOnPostgresKeepsEveryRow() throws SQLException {
    migrateFillAndRead(postgres.dataSource(), "postgresql", "CAST(? AS JSONB)");
  }

  private static void migrateFillAndRead(DataSource db, String dialect, String json)
      throws SQLException {
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:io/rakor/persistence/jdbc/migration/" + dialect)
        .table("rakor_schema_history")
        .target("2")
        .load()
        .migrate();
    assertThat(schemaVersions(db)).containsExactly("1", "2");
    LogEntry entry = HashChain.first(EVENT);
    fillAsVersion1(db, json, entry);

    // tag::upgrade[]
    try (JdbcStore store = JdbcStore.builder(db).build()) { // applies V3 and any later migration
      Versioned<Commitment> kept =
          store.load(AggregateKind.COMMITMENT, CommitmentId.of("lu-c-2026-001")).orElseThrow();
      assertThat(kept.version()).isEqualTo(1); // the row as the version-1 store left it
      assertThat(kept.value().fundingLines()).hasSize(1); // its version-1 budget
    }
    // end::upgrade[]
    assertThat(schemaVersions(db)).contains("3");
    assertThat(bodyVersions(db)).containsOnly(1); // reading rewrites nothing

    try (JdbcStore store = JdbcStore.builder(db).build()) {

      for (Map.Entry<AggregateKind<?, ?>, String> shared : SHARED.entrySet()) {
        assertReads(store, shared.getKey(), V1Values.byType().get(shared.getValue()));
      }
      List<Commitment> commitments = V1Values.commitments();
      for (Commitment commitment : commitments) {
        assertReads(store, AggregateKind.COMMITMENT, commitment);
      }
      Commitment funded = commitments.get(0); // its version-1 body has a budget
      Commitment unfunded = commitments.get(1);
      Map<CommitmentQuery, List<Commitment>> queries =
          ImmutableMap.<CommitmentQuery, List<Commitment>>builder()
              .put(CommitmentQuery.all(), commitments)
              .put(CommitmentQuery.builder().lead(funded.lead()).build(), List.of(funded))
              .put(
                  CommitmentQuery.builder().supporter(UnitId.of("lu-dpmd")).build(),
                  List.of(funded))
              .put(
                  CommitmentQuery.builder().involving(UnitId.of("bappeda")).build(),
                  List.of(unfunded))
              .put(
                  CommitmentQuery.builder().within(JurisdictionCode.of("18.03")).build(),
                  commitments)
              .put(
                  CommitmentQuery.builder().within(JurisdictionCode.of("18.03.02")).build(),
                  List.of(funded))
              .put(
                  CommitmentQuery.builder().priority(unfunded.priority()).build(),
                  List.of(unfunded))
              .put(CommitmentQuery.builder().area(PriorityArea.STUNTING).build(), commitments)
              .put(
                  CommitmentQuery.builder().originMeeting(funded.originMeeting()).build(),
                  List.of(funded))
              .put(
                  CommitmentQuery.builder().statuses(Set.of(CommitmentStatus.PROPOSED)).build(),
                  List.of(unfunded))
              .put(
                  CommitmentQuery.builder()
                      .dueOnOrAfter(LocalDate.of(2026, 12, 31))
                      .dueBefore(LocalDate.of(2027, 1, 1))
                      .build(),
                  commitments)
              .buildOrThrow();
      for (Map.Entry<CommitmentQuery, List<Commitment>> query : queries.entrySet()) {
        assertThat(store.commitments(query.getKey(), PageRequest.first(10)).items())
            .as(query.getKey().toString())
            .containsExactlyElementsOf(
                query.getValue().stream().map(c -> Versioned.of(c, 1)).toList());
      }
      assertReads(store, AggregateKind.PROGRESS_REPORT, V1Values.report());
      assertReads(store, AggregateKind.OBSERVATION, V1Values.observation());
      assertReads(store, AggregateKind.EVALUATION_RECORD, V1Values.evaluationRecord());
      ProgressReport report = V1Values.report();
      for (ProgressReportQuery query :
          List.of(
              ProgressReportQuery.builder().build(),
              ProgressReportQuery.builder().cycle(report.cycle()).build(),
              ProgressReportQuery.builder().commitment(report.commitment()).build(),
              ProgressReportQuery.builder().reportingUnit(report.reportingUnit()).build())) {
        assertThat(store.progressReports(query, PageRequest.first(10)).items())
            .as(query.toString())
            .containsExactly(Versioned.of(report, 1));
      }
      Observation observation = V1Values.observation();
      for (ObservationQuery query :
          List.of(
              ObservationQuery.builder().build(),
              ObservationQuery.builder().indicator(observation.indicator()).build(),
              ObservationQuery.builder().within(observation.jurisdiction().parent().get()).build(),
              ObservationQuery.builder().producer(observation.producer()).build(),
              ObservationQuery.builder().period(observation.period()).build(),
              ObservationQuery.builder().overlapping(observation.period()).build())) {
        assertThat(store.observations(query, PageRequest.first(10)).items())
            .as(query.toString())
            .containsExactly(Versioned.of(observation, 1));
      }
      assertThat(store.events(1, 10)).containsExactly(entry);
      assertThat(store.lastEvent()).contains(entry);

      // written after the migration: JSON schema version 2, read back equal
      Commitment reweighted = funded.withWeight(3.0);
      store.save(AggregateKind.COMMITMENT, reweighted, 1);
      assertThat(bodyVersion(db, "rakor_commitment", "lu-c-2026-001")).isEqualTo(2);
      assertThat(bodyVersion(db, "rakor_commitment", "rtl-1")).isEqualTo(1);
      assertThat(store.load(AggregateKind.COMMITMENT, funded.id()))
          .contains(Versioned.of(reweighted, 2));
      ResponsibleUnit renamed = V1Values.unit().withShortName("Dinkes");
      store.save(AggregateKind.UNIT, renamed, 1);
      EvaluationRecord record = V1Values.evaluationRecord().withSequence(2);
      store.save(
          AggregateKind.EVALUATION_RECORD, record.withCycle(CycleId.of("lu-plan-2026-q2")), 0);
      assertThat(bodyVersion(db, "rakor_aggregate", "lu-dinkes")).isEqualTo(2);
      assertThat(bodyVersion(db, "rakor_evaluation_record", "lu-plan-2026-q2")).isEqualTo(2);
      assertThat(bodyVersion(db, "rakor_evaluation_record", "lu-plan-2026-q1")).isEqualTo(1);
      assertThat(store.load(AggregateKind.UNIT, renamed.id())).contains(Versioned.of(renamed, 2));
    }
  }

  private static <T, K> void assertReads(
      JdbcStore store, AggregateKind<T, K> kind, Object expected) {
    T value = kind.valueType().cast(expected);
    K id = kind.idOf(value);
    Versioned<T> versioned = Versioned.of(value, 1);
    assertThat(store.load(kind, id)).as(kind.name()).contains(versioned);
    assertThat(store.loadAll(kind, List.of(id))).as(kind.name()).containsEntry(id, versioned);
    assertThat(store.list(kind, PageRequest.first(10)).items()).as(kind.name()).contains(versioned);
  }

  /** What the version-1 store wrote for the golden values: bodies, index columns and keys. */
  private static void fillAsVersion1(DataSource db, String json, LogEntry entry)
      throws SQLException {
    try (Connection c = db.getConnection()) {
      for (Map.Entry<AggregateKind<?, ?>, String> shared : SHARED.entrySet()) {
        insert(
            c,
            "INSERT INTO rakor_aggregate (kind, id, version, body) VALUES (?, ?, 1, " + json + ")",
            shared.getKey().name(),
            idText(shared.getKey(), V1Values.byType().get(shared.getValue())),
            JsonCorpus.v1Data(shared.getValue()));
      }
      String funded = JsonCorpus.v1Data("commitment");
      String list = JsonCorpus.v1Data(JsonCorpus.GOLDEN_LIST);
      assertThat(list).startsWith("[" + funded + ",");
      String unfunded = list.substring(funded.length() + 2, list.length() - 1);
      String commitment =
          "INSERT INTO rakor_commitment (id, version, lead_unit, supporters, priority_id, area,"
              + " status, due_date, origin_meeting, scope_paths, body)"
              + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, "
              + json
              + ")";
      insert(
          c,
          commitment,
          "lu-c-2026-001",
          "lu-dinkes",
          c.createArrayOf("varchar", new String[] {"lu-dpmd", "lu-bappeda"}),
          "lu-p-stunting",
          "stunting",
          "SUPERSEDED",
          LocalDate.of(2026, 12, 31),
          "lu-rakor-2026-01",
          c.createArrayOf("varchar", new String[] {"18", "18.03", "18.03.01", "18.03.02"}),
          funded);
      insert(
          c,
          commitment,
          "rtl-1",
          "dinkes",
          c.createArrayOf("varchar", new String[] {"bappeda"}),
          "stunting",
          "stunting",
          "PROPOSED",
          LocalDate.of(2026, 12, 31),
          "rakor-2026-01-12",
          c.createArrayOf("varchar", new String[] {"18", "18.03"}),
          unfunded);
      String[][] keys = {
        {"involving", "lu-dinkes", "lu-c-2026-001"},
        {"supporter", "lu-dpmd", "lu-c-2026-001"},
        {"involving", "lu-dpmd", "lu-c-2026-001"},
        {"supporter", "lu-bappeda", "lu-c-2026-001"},
        {"involving", "lu-bappeda", "lu-c-2026-001"},
        {"within", "18", "lu-c-2026-001"},
        {"within", "18.03", "lu-c-2026-001"},
        {"within", "18.03.01", "lu-c-2026-001"},
        {"within", "18.03.02", "lu-c-2026-001"},
        {"involving", "dinkes", "rtl-1"},
        {"supporter", "bappeda", "rtl-1"},
        {"involving", "bappeda", "rtl-1"},
        {"within", "18", "rtl-1"},
        {"within", "18.03", "rtl-1"},
      };
      for (String[] key : keys) {
        insert(
            c,
            "INSERT INTO rakor_commitment_key (key_kind, key_value, sort_due, commitment_id)"
                + " VALUES (?, ?, ?, ?)",
            key[0],
            key[1],
            LocalDate.of(2026, 12, 31),
            key[2]);
      }
      insert(
          c,
          "INSERT INTO rakor_progress_report (id, version, cycle_id, commitment_id,"
              + " reporting_unit, submitted_seconds, submitted_nanos, body)"
              + " VALUES (?, 1, ?, ?, ?, ?, ?, "
              + json
              + ")",
          "lu-r-2026-q1-001",
          "lu-plan-2026-q1",
          "lu-c-2026-001",
          "lu-dinkes",
          Instant.parse("2026-04-08T02:15:30.250Z").getEpochSecond(),
          250_000_000,
          JsonCorpus.v1Data("progress-report"));
      insert(
          c,
          "INSERT INTO rakor_observation (id, version, indicator_id, jurisdiction, period_start,"
              + " period_end, producer, body) VALUES (?, 1, ?, ?, ?, ?, ?, "
              + json
              + ")",
          "lu-obs-stunting-2025-kotabumi",
          "lu-i-stunting-rate",
          "18.03.01",
          LocalDate.of(2025, 1, 1),
          LocalDate.of(2026, 1, 1),
          "lu-dinkes",
          new String(JsonCorpus.v1("observation-body"), StandardCharsets.UTF_8));
      insert(
          c,
          "INSERT INTO rakor_evaluation_record (id, version, plan_id, cycle_sequence, body)"
              + " VALUES (?, 1, ?, ?, "
              + json
              + ")",
          "lu-plan-2026-q1",
          "lu-plan-2026",
          1,
          JsonCorpus.v1Data("evaluation-record"));
      insert(
          c,
          "INSERT INTO rakor_event (sequence, event_type, subject_kind, subject_id,"
              + " previous_hash, hash, event_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
          entry.sequence(),
          EVENT.type().name(),
          EVENT.subjectKind(),
          EVENT.subjectId(),
          entry.previousHash(),
          entry.hash(),
          new String(HashChain.canonicalBytes(EVENT), StandardCharsets.UTF_8));
      insert(
          c,
          "UPDATE rakor_event_head SET last_sequence = ?, last_hash = ? WHERE singleton = 1",
          entry.sequence(),
          entry.hash());
    }
  }

  private static void insert(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      assertThat(ps.executeUpdate()).as(sql).isEqualTo(1);
    }
  }

  private static <T, K> String idText(AggregateKind<T, K> kind, Object value) {
    return kind.idText(kind.idOf(kind.valueType().cast(value)));
  }

  private static List<String> schemaVersions(DataSource db) throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT \"version\" FROM \"rakor_schema_history\" WHERE \"success\""
                    + " AND \"version\" <> '0' ORDER BY \"installed_rank\"")) {
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
    }
    return versions;
  }

  private static List<Integer> bodyVersions(DataSource db) throws SQLException {
    List<Integer> versions = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "rakor_aggregate",
              "rakor_commitment",
              "rakor_progress_report",
              "rakor_observation",
              "rakor_evaluation_record")) {
        try (ResultSet rs = s.executeQuery("SELECT body_version FROM " + table)) {
          while (rs.next()) {
            versions.add(rs.getInt(1));
          }
        }
      }
    }
    return versions;
  }

  private static int bodyVersion(DataSource db, String table, String id) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT body_version FROM " + table + " WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as(table + " " + id).isTrue();
        return rs.getInt(1);
      }
    }
  }
}
