package io.rakor.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.ScenarioSize;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An embedded PostgreSQL for one benchmark trial, with a pooled data source on a fresh database,
 * and the generated commitments the benchmarks write. Not thread-safe; JMH sets it up on one
 * thread.
 */
final class BenchDatabase implements AutoCloseable {
  private final EmbeddedPostgres server;
  private final HikariDataSource dataSource;

  private BenchDatabase(EmbeddedPostgres server, HikariDataSource dataSource) {
    this.server = server;
    this.dataSource = dataSource;
  }

  /** Starts PostgreSQL (default durability settings) and opens a pool on a new database. */
  static BenchDatabase start(int poolSize) {
    return start(poolSize, null);
  }

  /**
   * Starts PostgreSQL (default durability settings) and opens a pool on its {@code rakor_bench}
   * database.
   *
   * @param poolSize the pool's size
   * @param dataDirectory where the server keeps its data, kept between runs so that a large data
   *     set is built once and reused by the next benchmark's fork; null for a fresh one
   */
  static BenchDatabase start(int poolSize, Path dataDirectory) {
    EmbeddedPostgres server;
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setServerConfig("max_wal_size", "4GB")
              .setServerConfig("shared_buffers", "512MB");
      if (dataDirectory != null) {
        builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
      }
      server = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL could not start", e);
    }
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      boolean exists;
      try (ResultSet rs =
          s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'rakor_bench'")) {
        exists = rs.next();
      }
      if (!exists) {
        s.execute("CREATE DATABASE rakor_bench");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "rakor_bench"));
    config.setUsername("postgres");
    config.setPassword("");
    config.setMaximumPoolSize(poolSize);
    return new BenchDatabase(server, new HikariDataSource(config));
  }

  HikariDataSource dataSource() {
    return dataSource;
  }

  long count(String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  void execute(String sql) {
    try (Connection c = dataSource.getConnection();
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
      Fixtures.scenario(seed, new ScenarioSize(23, 11, 40, 12, 5, 300, 1))
          .commitments()
          .forEach(c -> all.putIfAbsent(c.id(), c));
    }
    return new ArrayList<>(all.values());
  }

  /** The same commitment under another id. */
  static Commitment withId(Commitment c, String id) {
    return Commitment.builder().from(c).id(CommitmentId.of(id)).build();
  }

  @Override
  public void close() throws IOException {
    dataSource.close();
    server.close();
  }
}
