package io.rakor.benchmarks.jdbc;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
 * Bulk saving on the H2 file store ({@link JdbcStore#h2File}): {@code batch} new commitments in one
 * store transaction ({@code storeBulkSave}) against raw JDBC batch inserts of the same rows, JSON
 * prepared beforehand, into tables of the same shape as the store's H2 tables (same columns, types
 * and indexes, written out below from the store's H2 migration), in the same H2 file and on a
 * connection with the same settings ({@code rawBatchInsert}). The H2 counterpart of {@link
 * JdbcBulkSaveBenchmark}; rows per second is operations per second times {@code batch}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class H2FileBulkSaveBenchmark {
  /** Commitments per operation. */
  @Param("1000")
  public int batch;

  /**
   * The raw tables: the store's H2 rakor_commitment (as of migration V4) and rakor_commitment_key,
   * renamed.
   */
  static final String[] RAW_TABLES = {
    "CREATE TABLE raw_commitment (id VARCHAR(128) NOT NULL, version BIGINT NOT NULL CHECK (version"
        + " >= 1), lead_unit VARCHAR(128) NOT NULL, supporters CHARACTER VARYING ARRAY NOT NULL,"
        + " priority_id VARCHAR(128) NOT NULL, area VARCHAR(256) NOT NULL, status VARCHAR(16) NOT"
        + " NULL, due_date DATE NOT NULL, origin_meeting VARCHAR(128) NOT NULL, scope_paths"
        + " CHARACTER VARYING ARRAY NOT NULL, body CHARACTER VARYING NOT NULL, CONSTRAINT"
        + " raw_commitment_pk PRIMARY KEY (id))",
    "CREATE INDEX raw_commitment_due ON raw_commitment (due_date, id)",
    "CREATE INDEX raw_commitment_lead ON raw_commitment (lead_unit, due_date, id)",
    "CREATE INDEX raw_commitment_priority ON raw_commitment (priority_id, due_date, id)",
    "CREATE INDEX raw_commitment_meeting ON raw_commitment (origin_meeting, due_date, id)",
    "CREATE INDEX raw_commitment_status ON raw_commitment (status, due_date, id)",
    "CREATE INDEX raw_commitment_area ON raw_commitment (area, due_date, id)",
    "CREATE TABLE raw_commitment_key (key_kind VARCHAR(16) NOT NULL, key_value VARCHAR(128) NOT"
        + " NULL, sort_due DATE NOT NULL, commitment_id VARCHAR(128) NOT NULL, CONSTRAINT"
        + " raw_commitment_key_pk PRIMARY KEY (key_kind, key_value, sort_due, commitment_id))",
    "CREATE INDEX raw_commitment_key_commitment ON raw_commitment_key (commitment_id)"
  };

  private Path directory;
  private JdbcStore store;
  private Connection raw;
  private List<Commitment> base;
  private long next;
  private List<Commitment> rows;
  private List<Object[]> rawRows;

  /** Opens the store in a new H2 file and makes the raw tables beside its own. */
  @Setup(Level.Trial)
  public void start() throws IOException, SQLException {
    directory = Files.createTempDirectory("rakor-h2-bench-");
    Path file = directory.resolve("rakor");
    store = JdbcStore.h2File(file);
    raw = DriverManager.getConnection(JdbcStore.h2FileUrl(file), "sa", "");
    try (Statement s = raw.createStatement()) {
      for (String sql : RAW_TABLES) {
        s.execute(sql);
      }
    }
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
      rawRows.add(JdbcBulkSaveBenchmark.columns(c));
    }
  }

  /**
   * Saves a batch of new commitments through the store, in one transaction.
   *
   * @return the sum of the saved versions
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
    raw.setAutoCommit(false);
    int n = 0;
    try (PreparedStatement ps =
        raw.prepareStatement(
            "INSERT INTO raw_commitment (id, version, lead_unit, supporters, priority_id, area,"
                + " status, due_date, origin_meeting, scope_paths, body)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Object[] r : rawRows) {
        ps.setString(1, (String) r[0]);
        ps.setString(2, (String) r[1]);
        ps.setObject(3, r[2]);
        ps.setString(4, (String) r[3]);
        ps.setString(5, (String) r[4]);
        ps.setString(6, (String) r[5]);
        ps.setObject(7, r[6]);
        ps.setString(8, (String) r[7]);
        ps.setObject(9, r[8]);
        ps.setString(10, (String) r[9]);
        ps.addBatch();
      }
      for (int count : ps.executeBatch()) {
        n += count;
      }
    }
    try (PreparedStatement ps =
        raw.prepareStatement(
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
    raw.commit();
    return n;
  }

  /** Closes the store and deletes the file. */
  @TearDown(Level.Trial)
  public void stop() throws IOException, SQLException {
    raw.close();
    store.close();
    try (var files = Files.walk(directory)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
