package io.rakor.persistence.jdbc;

import com.google.common.collect.ImmutableMap;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.data.Observation;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.ObservationQuery;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.ProgressReportQuery;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.SpiVersion;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.TransactionWork;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.jdbc.internal.Dialect;
import io.rakor.persistence.jdbc.internal.JdbcTransaction;
import io.rakor.persistence.jdbc.internal.Migrations;
import io.rakor.persistence.jdbc.internal.Queries;
import io.rakor.persistence.jdbc.internal.Reads;
import io.rakor.persistence.jdbc.internal.SqlErrors;
import io.rakor.persistence.jdbc.internal.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RakorStore} on a relational database through JDBC: H2 (embedded, in a file: the default)
 * or PostgreSQL (the production target), on any {@link DataSource}.
 *
 * <p>Each aggregate is kept as its JSON beside the indexed columns the queries need and a version
 * column for optimistic concurrency; the event log is an append-only, hash-chained table. The
 * schema is created and upgraded by Flyway migrations shipped in this jar, when the store is built
 * (unless turned off). One {@link #inTransaction(TransactionWork)} is one database transaction on
 * one connection (READ COMMITTED); saves within it are written as JDBC batches. See {@code
 * docs/jdbc-store.md} for configuration and the schema.
 *
 * <p>Failures are typed: a stale save is a {@link io.rakor.persistence.StaleVersionException}, a
 * deadlock, serialization failure or lock timeout a {@link
 * io.rakor.persistence.ConcurrencyConflictException}, anything else the database reports (a lost
 * connection, a failing statement) a {@link StoreException} naming what the store was doing. In
 * every case the transaction is rolled back and nothing of it stays; once the database is back, the
 * next call works.
 *
 * <p>Thread-safe: every method may be called from many threads at once, and several stores (in one
 * or several processes) may share one database.
 *
 * @since 0.1
 */
public final class JdbcStore implements RakorStore {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

  private final DataSource dataSource;
  private final Dialect dialect;
  private final AutoCloseable owned;
  private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

  private JdbcStore(DataSource dataSource, Dialect dialect, AutoCloseable owned) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.owned = owned;
  }

  /**
   * A store in an H2 database file, created (with its directories) if it does not exist: the
   * embedded default, which needs no database server. The store owns its connection pool and
   * releases it (and the file) on {@link #close()}.
   *
   * @param file the database file without H2's {@code .mv.db} suffix, for example {@code
   *     Path.of("rakor-data/rakor")}
   * @return the store, its schema up to date
   * @throws StoreException if the file cannot be opened or migrated
   */
  public static JdbcStore h2File(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
    } catch (IOException e) {
      throw new StoreException("Cannot create the directory for the H2 file " + absolute, e);
    }
    return open("jdbc:h2:file:" + absolute + ";LOCK_TIMEOUT=10000", "sa", "", 8);
  }

  /**
   * A store on a PostgreSQL database reached through a data source the caller owns (and closes).
   *
   * @param dataSource the data source, for example a HikariCP pool
   * @return the store, its schema up to date
   * @throws StoreException if the database is not PostgreSQL or cannot be migrated
   */
  public static JdbcStore postgres(DataSource dataSource) {
    JdbcStore store = builder(dataSource).build();
    if (store.dialect != Dialect.POSTGRESQL) {
      throw new StoreException("Expected a PostgreSQL data source, got " + store.dialect);
    }
    return store;
  }

  /**
   * A store on a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql:...}), with a HikariCP
   * pool that the store owns and closes on {@link #close()}.
   *
   * @param jdbcUrl the URL
   * @param user the user
   * @param password the password
   * @param poolSize the most connections to keep open; at least 2 are kept, since migrating the
   *     schema takes two
   * @return the store, its schema up to date
   * @throws StoreException if the database cannot be reached or migrated
   */
  public static JdbcStore open(String jdbcUrl, String user, String password, int poolSize) {
    if (poolSize < 1) {
      throw new IllegalArgumentException("a pool size is at least 1, not " + poolSize);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(Math.max(2, poolSize));
    config.setMinimumIdle(1);
    config.setConnectionTimeout(10_000);
    config.setPoolName("rakor-jdbc-store");
    HikariDataSource pool = new HikariDataSource(config);
    try {
      return builder(pool).closeOnClose(pool).build();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * Starts building a store on a data source.
   *
   * @param dataSource the data source
   * @return a builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Builds a {@link JdbcStore}. Not thread-safe; use it on one thread.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final DataSource dataSource;
    private boolean migrate = true;
    private AutoCloseable owned;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Whether to apply pending migrations when the store is built (default: true); migrating takes
     * two connections at once, so a pool behind the data source needs at least two. Turn it off
     * when the schema is managed elsewhere, for example by running the jar's migrations with your
     * own Flyway.
     *
     * @param migrate whether to migrate
     * @return this builder
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * Something the store closes when it is closed, typically the pool behind the data source.
     *
     * @param resource the resource
     * @return this builder
     */
    public Builder closeOnClose(AutoCloseable resource) {
      this.owned = resource;
      return this;
    }

    /**
     * Builds the store: detects the database and applies pending migrations.
     *
     * @return the store
     * @throws StoreException if the database is neither H2 nor PostgreSQL, cannot be reached, or
     *     cannot be migrated
     */
    public JdbcStore build() {
      Dialect dialect;
      try (Connection c = dataSource.getConnection()) {
        dialect = Dialect.of(c);
      } catch (SQLException e) {
        throw SqlErrors.translate("connecting to the database", e);
      }
      if (migrate) {
        int applied = Migrations.migrate(dataSource, dialect);
        if (applied > 0) {
          LOG.info("Applied {} Rakor schema migration(s) on {}", applied, dialect);
        }
      }
      return new JdbcStore(dataSource, dialect, owned);
    }
  }

  /**
   * The database this store runs on: {@code "H2"} or {@code "POSTGRESQL"}.
   *
   * @return the database's name
   */
  public String database() {
    return dialect.name();
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(SpiVersion.MAJOR, SpiVersion.MINOR);
  }

  @Override
  public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
    String idText = kind.idText(id);
    return read("loading " + kind + " " + idText, c -> Reads.load(c, Table.of(kind), idText));
  }

  @Override
  public <T, K> ImmutableMap<K, Versioned<T>> loadAll(AggregateKind<T, K> kind, Collection<K> ids) {
    List<K> distinct = ids.stream().distinct().toList();
    Map<String, Versioned<T>> found =
        read(
            "loading " + distinct.size() + " " + kind + " aggregates",
            c -> Reads.loadAll(c, Table.of(kind), distinct.stream().map(kind::idText).toList()));
    ImmutableMap.Builder<K, Versioned<T>> result = ImmutableMap.builder();
    for (K id : distinct) {
      Versioned<T> v = found.get(kind.idText(id));
      if (v != null) {
        result.put(id, v);
      }
    }
    return result.buildOrThrow();
  }

  @Override
  public <R> R inTransaction(TransactionWork<R> work) {
    Objects.requireNonNull(work, "work");
    if (inTransaction.get()) {
      throw new StoreException(
          "inTransaction was called from inside a transaction's work on the same thread; Rakor"
              + " transactions do not nest: do the work in the outer transaction");
    }
    inTransaction.set(true);
    try (Connection c = dataSource.getConnection()) {
      return runIn(c, work);
    } catch (SQLException e) {
      throw SqlErrors.translate("running a transaction", e);
    } finally {
      inTransaction.remove();
    }
  }

  private <R> R runIn(Connection c, TransactionWork<R> work) throws SQLException {
    c.setAutoCommit(false);
    JdbcTransaction tx = new JdbcTransaction(c, dialect);
    try {
      R result = work.run(tx);
      tx.commit();
      return result;
    } catch (RuntimeException | Error e) {
      rollback(c, e);
      throw e;
    } finally {
      tx.close();
      try {
        c.setAutoCommit(true);
      } catch (SQLException e) {
        LOG.debug("Could not reset auto-commit on a connection; the pool will discard it", e);
      }
    }
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public <T, K> Page<Versioned<T>> list(AggregateKind<T, K> kind, PageRequest page) {
    return read("listing " + kind, c -> Queries.list(c, kind, page));
  }

  @Override
  public Page<Versioned<Commitment>> commitments(CommitmentQuery query, PageRequest page) {
    return read("finding commitments", c -> Queries.commitments(c, dialect, query, page));
  }

  @Override
  public Page<Versioned<ProgressReport>> progressReports(
      ProgressReportQuery query, PageRequest page) {
    return read("finding progress reports", c -> Queries.progressReports(c, query, page));
  }

  @Override
  public Page<Versioned<Observation>> observations(ObservationQuery query, PageRequest page) {
    return read("finding observations", c -> Queries.observations(c, query, page));
  }

  @Override
  public List<LogEntry> events(long fromSequence, int limit) {
    if (fromSequence < 1) {
      throw new IllegalArgumentException("the first sequence is at least 1, not " + fromSequence);
    }
    if (limit < 1 || limit > PageRequest.MAX_SIZE) {
      throw new IllegalArgumentException(
          "the limit must be 1 to " + PageRequest.MAX_SIZE + ", not " + limit);
    }
    return read("reading the event log", c -> Reads.events(c, fromSequence, limit));
  }

  @Override
  public Optional<LogEntry> lastEvent() {
    return read("reading the event log's head", Reads::lastEvent);
  }

  /** Closes the connection pool the store owns, if any (a data source given to it stays open). */
  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new StoreException("Cannot close the store's connection pool", e);
      }
    }
  }

  @Override
  public String toString() {
    return "JdbcStore[" + dialect + "]";
  }

  @FunctionalInterface
  private interface Read<R> {
    R on(Connection c) throws SQLException;
  }

  private <R> R read(String doing, Read<R> read) {
    try (Connection c = dataSource.getConnection()) {
      return read.on(c);
    } catch (SQLException e) {
      throw SqlErrors.translate(doing, e);
    }
  }
}
