package io.rakor.benchmarks.jdbc;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.json.RakorJson;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.jdbc.JdbcStore;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * Bulk saving of commitments: through the JDBC store (one transaction of {@code batch} saves,
 * written as JDBC batches, each aggregate serialized to JSON by the store) against raw JDBC batch
 * inserts of the same rows, JSON prepared beforehand, into a table of the same shape (same columns,
 * types and indexes: {@code CREATE TABLE ... (LIKE rakor_commitment INCLUDING ALL)}), on the same
 * embedded PostgreSQL, in the same run. One operation is one batch of {@code batch} new
 * commitments; rows per second is operations per second times {@code batch}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class JdbcBulkSaveBenchmark {
  /** Commitments per operation. */
  @Param("1000")
  public int batch;

  private BenchDatabase db;
  private JdbcStore store;
  private List<Commitment> base;
  private long next;
  private List<Commitment> rows;
  private List<Object[]> rawRows;

  /** Starts PostgreSQL, migrates the store's schema and makes the raw table. */
  @Setup(Level.Trial)
  public void start() {
    db = BenchDatabase.start(2);
    store = JdbcStore.postgres(db.dataSource());
    db.execute("CREATE TABLE raw_commitment (LIKE rakor_commitment INCLUDING ALL)");
    db.execute("CREATE TABLE raw_commitment_key (LIKE rakor_commitment_key INCLUDING ALL)");
    base = BenchDatabase.commitments(4);
  }

  /** Prepares the next batch: new ids, and for the raw insert the column values and JSON. */
  @Setup(Level.Invocation)
  public void prepare() {
    rows = new ArrayList<>(batch);
    rawRows = new ArrayList<>(batch);
    for (int i = 0; i < batch; i++) {
      Commitment c = base.get(i % base.size()).withId(CommitmentId.of("bench-" + next++));
      rows.add(c);
      rawRows.add(columns(c));
    }
  }

  /** A commitment's columns and key rows as the store writes them; shared with the H2 benchmark. */
  static Object[] columns(Commitment c) {
    Set<String> paths = new LinkedHashSet<>();
    for (JurisdictionCode code : c.scope()) {
      code.ancestors().forEach(a -> paths.add(a.value()));
      paths.add(code.value());
    }
    List<String[]> keys = new ArrayList<>();
    keys.add(new String[] {"involving", c.lead().value()});
    for (UnitId u : c.supporters()) {
      keys.add(new String[] {"supporter", u.value()});
      keys.add(new String[] {"involving", u.value()});
    }
    paths.forEach(path -> keys.add(new String[] {"within", path}));
    return new Object[] {
      c.id().value(),
      c.lead().value(),
      c.supporters().stream().map(UnitId::value).toArray(String[]::new),
      c.priority().value(),
      c.area().code(),
      c.status().name(),
      c.due(),
      c.originMeeting().value(),
      paths.toArray(String[]::new),
      RakorJson.write(c),
      keys
    };
  }

  /**
   * Saves a batch of new commitments through the store, in one transaction.
   *
   * @return the last saved version, so that nothing is optimised away
   */
  @Benchmark
  public long storeBulkSave() {
    return store.inTransaction(
        tx -> {
          long v = 0;
          for (Commitment c : rows) {
            v += tx.save(AggregateKind.COMMITMENT, c, 0).version();
          }
          return v;
        });
  }

  /**
   * The baseline: the same rows by raw JDBC batch insert, in one transaction.
   *
   * @return the number of rows inserted
   * @throws SQLException if the database fails
   */
  @Benchmark
  public int rawBatchInsert() throws SQLException {
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      int n = 0;
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO raw_commitment (id, version, lead_unit, supporters, priority_id, area,"
                  + " status, due_date, origin_meeting, scope_paths, body)"
                  + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB))")) {
        for (Object[] r : rawRows) {
          ps.setString(1, (String) r[0]);
          ps.setString(2, (String) r[1]);
          ps.setArray(3, c.createArrayOf("varchar", (Object[]) r[2]));
          ps.setString(4, (String) r[3]);
          ps.setString(5, (String) r[4]);
          ps.setString(6, (String) r[5]);
          ps.setObject(7, r[6]);
          ps.setString(8, (String) r[7]);
          ps.setArray(9, c.createArrayOf("varchar", (Object[]) r[8]));
          ps.setString(10, (String) r[9]);
          ps.addBatch();
        }
        for (int count : ps.executeBatch()) {
          n += count;
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO raw_commitment_key (key_kind, key_value, sort_due, commitment_id)"
                  + " VALUES (?, ?, ?, ?)")) {
        for (Object[] r : rawRows) {
          @SuppressWarnings("unchecked")
          List<String[]> keys = (List<String[]>) r[10];
          for (String[] key : keys) {
            ps.setString(1, key[0]);
            ps.setString(2, key[1]);
            ps.setObject(3, r[6]);
            ps.setString(4, (String) r[0]);
            ps.addBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
      return n;
    }
  }

  /** Stops PostgreSQL. */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    store.close();
    db.close();
  }
}
