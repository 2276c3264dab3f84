package io.rakor.benchmarks.jdbc;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.persistence.jdbc.EmbeddedPostgresServer;
import io.rakor.persistence.jdbc.RakorDatabaseExtension;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.ScenarioSize;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * An embedded PostgreSQL for one benchmark trial, with PostgreSQL's own (durable) settings, and a
 * pooled data source on its {@code rakor_bench} database; and the generated commitments the
 * benchmarks write. The server and the database come from the JDBC store's test databases ({@link
 * EmbeddedPostgresServer}, {@link RakorDatabaseExtension}). Not thread-safe; JMH sets it up on one
 * thread.
 */
final class BenchDatabase implements AutoCloseable {
  private final EmbeddedPostgresServer server;
  private final RakorDatabaseExtension.Database database;

  private BenchDatabase(EmbeddedPostgresServer server, RakorDatabaseExtension.Database database) {
    this.server = server;
    this.database = database;
  }

  /** Starts PostgreSQL on fresh data and opens a pool on a new database. */
  static BenchDatabase start(int poolSize) {
    return start(poolSize, null);
  }

  /**
   * Starts PostgreSQL and opens a pool on its {@code rakor_bench} database, made if missing.
   *
   * @param poolSize the pool's size
   * @param dataDirectory where the server keeps its data, kept between runs so that a large data
   *     set is built once and reused by the next benchmark's fork; null for a fresh one
   */
  static BenchDatabase start(int poolSize, Path dataDirectory) {
    EmbeddedPostgresServer.Builder builder =
        EmbeddedPostgresServer.builder()
            .setting("max_wal_size", "4GB")
            .setting("shared_buffers", "512MB");
    if (dataDirectory != null) {
      builder.dataDirectory(dataDirectory);
    }
    EmbeddedPostgresServer server = builder.start();
    try {
      return new BenchDatabase(
          server,
          RakorDatabaseExtension.postgres(server)
              .withDatabaseName("rakor_bench")
              .withPoolSize(poolSize)
              .openDatabase());
    } catch (RuntimeException e) {
      try {
        server.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  DataSource dataSource() {
    return database.dataSource();
  }

  long count(String sql) {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  void execute(String sql) {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * Realistic commitments from generated regency-sized scenarios, with distinct ids.
   *
   * @param regencies how many scenarios (300 commitments each)
   */
  static List<Commitment> commitments(int regencies) {
    Map<CommitmentId, Commitment> all = new LinkedHashMap<>();
    for (int seed = 1; seed <= regencies; seed++) {
      Fixtures.scenario(seed, ScenarioSize.regency().withCycles(1))
          .commitments()
          .forEach(c -> all.putIfAbsent(c.id(), c));
    }
    return new ArrayList<>(all.values());
  }

  @Override
  public void close() throws IOException {
    database.close();
    server.close();
  }
}
