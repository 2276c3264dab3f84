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
import io.rakor.persistence.integrity.DamagedStoreException;
import io.rakor.persistence.integrity.StoreVerification;
import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.persistence.jdbc.internal.DecodedBodies;
import io.rakor.persistence.jdbc.internal.Dialect;
import io.rakor.persistence.jdbc.internal.H2Files;
import io.rakor.persistence.jdbc.internal.H2Housekeeping;
import io.rakor.persistence.jdbc.internal.JdbcTransaction;
import io.rakor.persistence.jdbc.internal.LogHead;
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
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>A store can prove it is whole: {@link #verify()} checks the hash chain against the head the
 * store records, that every row can be read, and that the log explains every aggregate's version
 * ({@link StoreVerifier}). An existing H2 file is checked when it is opened (see {@link
 * #builder(Path)}): a file that is empty, truncated, overwritten or not a Rakor store is refused
 * with a {@link DamagedStoreException} instead of being silently used.
 *
 * <p>Thread-safe: every method may be called from many threads at once, and several stores (in one
 * or several processes) may share one PostgreSQL database; an H2 file serves one process (several
 * stores in it may share the file).
 *
 * @since 0.1
 */
public final class JdbcStore implements RakorStore {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

  /**
   * The settings Rakor opens an H2 file with, appended to its JDBC URL: {@code WRITE_DELAY=0}
   * writes every commit to the file before the commit returns (H2's default writes up to half a
   * second later, so a process killed just after a commit would lose it), and {@code
   * LOCK_TIMEOUT=10000} lets a transaction wait up to ten seconds for a row another one holds, and
   * {@code QUERY_CACHE_SIZE=64} keeps up to 64 parsed statements per connection (H2's default of 8
   * is fewer than the statements of one transaction, so each would be parsed again every time).
   * H2's default file lock stays on: a second process cannot open the file while one has it open.
   */
  public static final String H2_SETTINGS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final AutoCloseable owned;
  private final StoreVerifier verifier;
  private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
  private final DecodedBodies bodies = new DecodedBodies();

  /** Transactions committed, for H2's housekeeping ({@link H2Housekeeping}). */
  private final AtomicLong commits = new AtomicLong();

  private JdbcStore(
      DataSource dataSource, Dialect dialect, AutoCloseable owned, StoreVerifier verifier) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.owned = owned;
    this.verifier = verifier;
  }

  /**
   * A store in an H2 database file, created (with its directories) if it does not exist: the
   * embedded default, which needs no database server. The store owns its connection pool and
   * releases it (and the file) on {@link #close()}. An existing file is checked and verified before
   * it is used ({@link #builder(Path)}); use the builder to change that.
   *
   * @param file the database file without H2's {@code .mv.db} suffix, for example {@code
   *     Path.of("rakor-data/rakor")} (a path that ends with the suffix is taken without it)
   * @return the store, its schema up to date
   * @throws DamagedStoreException if the file exists but is empty, damaged, not a Rakor store, or
   *     fails verification
   * @throws StoreException if the file cannot be opened (for example, another process has it open)
   *     or migrated
   */
  public static JdbcStore h2File(Path file) {
    return builder(file).build();
  }

  /**
   * The JDBC URL of an H2 file with Rakor's settings ({@link #H2_SETTINGS}), for a pool of your
   * own. A store built on it with {@link #builder(DataSource)} skips the checks of the file that
   * {@link #builder(Path)} makes.
   *
   * @param file the database file without H2's {@code .mv.db} suffix
   * @return the URL
   */
  public static String h2FileUrl(Path file) {
    return "jdbc:h2:file:" + h2Base(file) + H2_SETTINGS;
  }

  private static Path h2Base(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    String name = absolute.getFileName().toString();
    return name.endsWith(H2Files.SUFFIX) && name.length() > H2Files.SUFFIX.length()
        ? absolute.resolveSibling(name.substring(0, name.length() - H2Files.SUFFIX.length()))
        : absolute;
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
    HikariDataSource pool = pool(jdbcUrl, user, password, poolSize);
    try {
      return builder(pool).closeOnClose(pool).build();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static HikariDataSource pool(String jdbcUrl, String user, String password, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a pool size is at least 1, not " + size);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(Math.max(2, size));
    config.setMinimumIdle(1);
    config.setConnectionTimeout(10_000);
    config.setPoolName("rakor-jdbc-store");
    return new HikariDataSource(config);
  }

  /**
   * Starts building a store on a data source.
   *
   * @param dataSource the data source
   * @return a builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource"), null);
  }

  /**
   * Starts building a store in an H2 database file, created (with its directories) if it does not
   * exist; the store owns a pool of up to 8 connections, opened with {@link #h2FileUrl(Path)}.
   *
   * <p>An existing file is checked before it is used, so that a damaged file is reported instead of
   * silently used (H2 opens an empty file as a new database, and a truncated one as the older
   * version it can still read):
   *
   * <ol>
   *   <li>before H2 opens it: it is not empty, H2 can read it, and the version H2 can read is the
   *       one its header records ({@link DamagedStoreException} otherwise);
   *   <li>when H2 opens it: a file another process has open is refused with a {@link
   *       StoreException} that says so (H2 locks the file), a file H2 finds corrupt with a {@link
   *       DamagedStoreException};
   *   <li>before migrating: it holds a Rakor store (the {@code rakor_schema_history} table);
   *   <li>after migrating, unless {@link Builder#verifyOnOpen(boolean) turned off}: the store is
   *       {@linkplain #verify() verified} with the {@linkplain Builder#verifier(StoreVerifier)
   *       verifier}, which reads the whole store once.
   * </ol>
   *
   * @param file the database file without H2's {@code .mv.db} suffix (a path that ends with the
   *     suffix is taken without it)
   * @return a builder
   */
  public static Builder builder(Path file) {
    return new Builder(null, h2Base(Objects.requireNonNull(file, "file")));
  }

  /**
   * Builds a {@link JdbcStore}, on a data source ({@link JdbcStore#builder(DataSource)}) or in an
   * H2 file ({@link JdbcStore#builder(Path)}). Not thread-safe; use it on one thread.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final DataSource dataSource;
    private final Path h2File;
    private boolean migrate = true;
    private AutoCloseable owned;
    private boolean verifyOnOpen;
    private StoreVerifier verifier = StoreVerifier.defaults();

    private Builder(DataSource dataSource, Path h2File) {
      this.dataSource = dataSource;
      this.h2File = h2File;
      this.verifyOnOpen = h2File != null;
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
     * Whether to {@linkplain JdbcStore#verify() verify} the store when it is built, and refuse it
     * with a {@link DamagedStoreException} if it is not whole. The default is true for an existing
     * H2 file (a new one has nothing to verify) and false on a data source: verifying reads the
     * whole store, which takes a while for a large one (see {@code docs/jdbc-store.md}).
     *
     * @param verify whether to verify
     * @return this builder
     */
    public Builder verifyOnOpen(boolean verify) {
      this.verifyOnOpen = verify;
      return this;
    }

    /**
     * The verifier of {@link JdbcStore#verify()} and of the verification on opening (default {@link
     * StoreVerifier#defaults()}). For a store written before the coordination service logged
     * creations, use a verifier with {@link
     * io.rakor.persistence.integrity.LogCoverage#EVERY_CHANGE}; for one written through {@link
     * RakorStore#save} without the service, {@link
     * io.rakor.persistence.integrity.LogCoverage#NONE}.
     *
     * @param verifier the verifier
     * @return this builder
     */
    public Builder verifier(StoreVerifier verifier) {
      this.verifier = Objects.requireNonNull(verifier, "verifier");
      return this;
    }

    /**
     * Builds the store: for an H2 file, checks an existing file and opens it; detects the database,
     * applies pending migrations, and verifies the store if asked.
     *
     * @return the store
     * @throws DamagedStoreException if an existing H2 file is empty, damaged or not a Rakor store,
     *     or the store fails verification on opening
     * @throws StoreException if the database is neither H2 nor PostgreSQL, cannot be reached (an H2
     *     file another process has open), or cannot be migrated
     */
    public JdbcStore build() {
      return h2File == null ? build(dataSource, owned) : buildInFile();
    }

    private JdbcStore buildInFile() {
      Path file = H2Files.file(h2File);
      boolean existed = Files.exists(file);
      if (existed) {
        H2Files.checkBeforeOpen(file);
      } else {
        try {
          Files.createDirectories(h2File.getParent());
        } catch (IOException e) {
          throw new StoreException("Cannot create the directory for the H2 file " + file, e);
        }
      }
      HikariDataSource pool;
      try {
        pool = pool(h2FileUrl(h2File), "sa", "", 8);
      } catch (RuntimeException e) {
        throw H2Files.openFailure(file, e);
      }
      AutoCloseable alsoOwned = owned;
      AutoCloseable both =
          () -> {
            try {
              pool.close();
            } finally {
              if (alsoOwned != null) {
                alsoOwned.close();
              }
            }
          };
      try {
        if (existed) {
          H2Files.requireRakorSchema(pool, file);
        }
        return build(pool, both, existed && verifyOnOpen, "the H2 file " + file);
      } catch (StoreException e) {
        pool.close();
        throw existed ? H2Files.unreadableStore(file, e) : e;
      } catch (RuntimeException e) {
        pool.close();
        throw e;
      }
    }

    private JdbcStore build(DataSource source, AutoCloseable closes) {
      return build(source, closes, verifyOnOpen, "the store on " + source);
    }

    private JdbcStore build(DataSource source, AutoCloseable closes, boolean verify, String what) {
      Dialect dialect;
      try (Connection c = source.getConnection()) {
        dialect = Dialect.of(c);
      } catch (SQLException e) {
        throw SqlErrors.translate("connecting to the database", e);
      }
      if (migrate) {
        int applied = Migrations.migrate(source, dialect);
        if (applied > 0) {
          LOG.info("Applied {} Rakor schema migration(s) on {}", applied, dialect);
        }
      }
      JdbcStore store = new JdbcStore(source, dialect, closes, verifier);
      if (verify) {
        StoreVerification v = store.verify();
        if (!v.intact()) {
          throw new DamagedStoreException(
              "Refusing to open "
                  + what
                  + ": it failed verification, so it is damaged or was changed outside Rakor. "
                  + v.summary()
                  + ". Restore it from a backup (an export), or open it with verifyOnOpen(false)"
                  + " to inspect it.",
              v);
        }
        LOG.debug("Verified {} on opening: {}", what, v.summary());
      }
      return store;
    }
  }

  /**
   * Proves the store whole, or says where it is not: {@link StoreVerifier#verify(RakorStore, long,
   * String)} with the head of the log as this store records it apart from the entries (so a log
   * whose last entries are gone is caught too), using the builder's {@linkplain
   * Builder#verifier(StoreVerifier) verifier}. Reads the whole store once.
   *
   * @return what was found
   * @throws StoreException if the recorded head cannot be read
   */
  public StoreVerification verify() {
    return verify(verifier);
  }

  /**
   * {@link #verify()} with another verifier, for example one that holds the log to another {@link
   * io.rakor.persistence.integrity.LogCoverage}.
   *
   * @param verifier the verifier
   * @return what was found
   * @throws StoreException if the recorded head cannot be read
   */
  public StoreVerification verify(StoreVerifier verifier) {
    Objects.requireNonNull(verifier, "verifier");
    LogHead head = read("reading the event log's recorded head", LogHead::read);
    return verifier.verify(this, head.sequence(), head.hash());
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
    return read(
        "loading " + kind + " " + idText, c -> Reads.load(c, bodies, Table.of(kind), idText));
  }

  @Override
  public <T, K> ImmutableMap<K, Versioned<T>> loadAll(AggregateKind<T, K> kind, Collection<K> ids) {
    List<K> distinct = ids.stream().distinct().toList();
    Map<String, Versioned<T>> found =
        read(
            "loading " + distinct.size() + " " + kind + " aggregates",
            c ->
                Reads.loadAll(
                    c, bodies, Table.of(kind), distinct.stream().map(kind::idText).toList()));
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
    JdbcTransaction tx = new JdbcTransaction(c, dialect, bodies);
    try {
      R result = work.run(tx);
      tx.commit();
      if (dialect == Dialect.H2 && commits.incrementAndGet() % H2Housekeeping.EVERY == 0) {
        H2Housekeeping.compact(c);
      }
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
