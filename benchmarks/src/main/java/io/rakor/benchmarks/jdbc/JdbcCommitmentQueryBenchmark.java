package io.rakor.benchmarks.jdbc;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The store's commitment queries at about a million commitments on an embedded PostgreSQL, as
 * sampled latencies (JMH reports the median and p99), each a first page of 50 unless said, against
 * a raw JDBC primary-key lookup in the same run as the baseline.
 *
 * <p>The data: 1,200 realistic commitments from four generated regencies, saved through the store,
 * then copied inside the database (new ids, the same columns and JSON with its id rewritten) up to
 * {@code commitments} rows, then {@code ANALYZE}. Each copy keeps its original's lead, supporters,
 * scope and due date, so each value a query asks for matches about {@code commitments / 1200} times
 * as many rows as in one regency.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class JdbcCommitmentQueryBenchmark {
  /** How many commitments the table holds. */
  @Param("1000000")
  public int commitments;

  private static final int PAGE = 50;

  private BenchDatabase db;
  private JdbcStore store;
  private CommitmentQueries queries;
  private PageRequest deepPage;
  private CommitmentId someId;

  /**
   * Starts PostgreSQL and fills the store, or reuses the data a previous fork left in the data
   * directory (system property {@code rakor.bench.pgdata}, default under the temporary directory).
   */
  @Setup(Level.Trial)
  public void fill() {
    Path data =
        Path.of(
            System.getProperty(
                "rakor.bench.pgdata",
                Path.of(System.getProperty("java.io.tmpdir"), "rakor-jdbc-bench-v4-" + commitments)
                    .toString()));
    db = BenchDatabase.start(2, data);
    store = JdbcStore.postgres(db.dataSource());
    List<Commitment> base = BenchDatabase.commitments(4);
    int copies = Math.max(0, (commitments - base.size()) / base.size());
    long expected = (long) base.size() * (copies + 1);
    if (db.count("SELECT count(*) FROM rakor_commitment") != expected) {
      db.execute("TRUNCATE rakor_commitment, rakor_commitment_key");
      insert(base, copies);
    }
    pickQueries(base, copies);
  }

  private void insert(List<Commitment> base, int copies) {
    store.useTransaction(
        tx -> {
          base.forEach(c -> tx.save(AggregateKind.COMMITMENT, c, 0));
        });
    db.execute(
        "INSERT INTO rakor_commitment_key (key_kind, key_value, sort_due, commitment_id)"
            + " SELECT key_kind, key_value, sort_due + (g % 400), commitment_id || '-copy' || g"
            + " FROM rakor_commitment_key k CROSS JOIN generate_series(1, "
            + copies
            + ") g");
    db.execute(
        "INSERT INTO rakor_commitment (id, version, lead_unit, supporters, priority_id, area,"
            + " status, due_date, origin_meeting, scope_paths, body_version, body)"
            + " SELECT c.id || '-copy' || g, 1, lead_unit, supporters, priority_id, area, status,"
            + " due_date + (g % 400), origin_meeting, scope_paths, body_version,"
            + " jsonb_set(jsonb_set(body, '{id}', to_jsonb(c.id || '-copy' || g)),"
            + " '{due}', to_jsonb(CAST(due_date + (g % 400) AS TEXT)))"
            + " FROM rakor_commitment c CROSS JOIN generate_series(1, "
            + copies
            + ") g");
    db.execute("VACUUM ANALYZE rakor_commitment");
    db.execute("VACUUM ANALYZE rakor_commitment_key");
  }

  private void pickQueries(List<Commitment> base, int copies) {
    queries = new CommitmentQueries(base);
    Commitment middle = CommitmentQueries.middle(base);
    deepPage = PageRequest.after(PAGE, CommitmentQuery.cursorOf(middle));
    someId = CommitmentId.of(middle.id().value() + "-copy" + Math.max(1, copies / 2));
    Page<Versioned<Commitment>> check = store.commitments(queries.byLead, PageRequest.first(PAGE));
    if (check.items().size() != PAGE) {
      throw new IllegalStateException("expected a full page for " + queries.sample.lead());
    }
  }

  /** Commitments led by the busiest lead unit. */
  @Benchmark
  public Page<Versioned<Commitment>> byLead() {
    return store.commitments(queries.byLead, PageRequest.first(PAGE));
  }

  /** Commitments a unit leads or supports (array containment with a GIN index). */
  @Benchmark
  public Page<Versioned<Commitment>> involving() {
    return store.commitments(queries.involving, PageRequest.first(PAGE));
  }

  /** Commitments within a sub-district's subtree that are agreed or in progress. */
  @Benchmark
  public Page<Versioned<Commitment>> withinSubDistrictInProgress() {
    return store.commitments(queries.withinSubDistrictInProgress, PageRequest.first(PAGE));
  }

  /** Commitments due within a month. */
  @Benchmark
  public Page<Versioned<Commitment>> dueInAMonth() {
    return store.commitments(queries.dueInAMonth, PageRequest.first(PAGE));
  }

  /** Commitments of one lead due within a year. */
  @Benchmark
  public Page<Versioned<Commitment>> byLeadDueInAYear() {
    return store.commitments(queries.byLeadDueInAYear, PageRequest.first(PAGE));
  }

  /** A page from the middle of all commitments, by keyset cursor. */
  @Benchmark
  public Page<Versioned<Commitment>> allFromTheMiddle() {
    return store.commitments(CommitmentQuery.all(), deepPage);
  }

  /** One commitment by id, through the store. */
  @Benchmark
  public Optional<Versioned<Commitment>> loadById() {
    return store.load(AggregateKind.COMMITMENT, someId);
  }

  /**
   * The baseline: one row's JSON by primary key, by raw JDBC, not parsed.
   *
   * @return the JSON text
   * @throws SQLException if the database fails
   */
  @Benchmark
  public String rawPrimaryKeyLookup() throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT version, body FROM rakor_commitment WHERE id = ?")) {
      ps.setString(1, someId.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(2) : null;
      }
    }
  }

  /**
   * A second baseline: the SQL the store runs for {@link #byLead()}, by raw JDBC, the JSON read as
   * text and not parsed; the difference to {@code byLead} is the store's own cost (mostly turning
   * JSON into validated values).
   *
   * @return the JSON texts' total length
   * @throws SQLException if the database fails
   */
  @Benchmark
  public long rawByLeadSql() throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT version, body FROM rakor_commitment WHERE lead_unit = ?"
                    + " ORDER BY due_date, id LIMIT ?")) {
      ps.setString(1, queries.byLead.lead().orElseThrow().value());
      ps.setInt(2, PAGE + 1);
      long length = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          length += rs.getString(2).length();
        }
      }
      return length;
    }
  }

  /** Stops PostgreSQL. */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    store.close();
    db.close();
  }
}
