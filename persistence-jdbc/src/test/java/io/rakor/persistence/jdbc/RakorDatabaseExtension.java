package io.rakor.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives a test a clean database for the JDBC store: an H2 database in file
 * mode, or a database on an embedded PostgreSQL (the one {@linkplain
 * EmbeddedPostgresServer#shared() shared} by the JVM's tests, or a server of your own).
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RakorDatabaseExtension db = RakorDatabaseExtension.postgres();
 *
 * @Test
 * void savesACommitment() {
 *   JdbcStore store = db.store();
 *   ...
 * }
 * }</pre>
 *
 * <p>Registered on a {@code static} field the database lives for the test class; on an instance
 * field, for each test. Either way it is made on first use ({@link #database()}, {@link
 * #dataSource()}, {@link #store()}, ...), so a test that does not touch it costs nothing, and it is
 * thrown away at the end with everything made from it: pools, stores, and on PostgreSQL the
 * database itself. {@link #openDatabase()} makes more databases in the same scope, for tests that
 * need several (the contract test kit makes one per store).
 *
 * <p>Outside JUnit (a benchmark), {@link #openDatabase()} gives a database the caller closes.
 *
 * <p>The configuration ({@code h2()}, {@code postgres()}, {@code with...}) is immutable: each
 * {@code with...} method returns a changed copy. The databases of one registration are not meant to
 * be used from tests running in parallel.
 */
public final class RakorDatabaseExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private static final int DEFAULT_POOL_SIZE = 4;
  private static final AtomicInteger NEXT_POOL = new AtomicInteger();

  private enum Kind {
    H2,
    POSTGRES
  }

  /** Whether a new database starts empty or with the store's schema. */
  private enum Schema {
    EMPTY,
    MIGRATED
  }

  private final Kind kind;
  private final Supplier<EmbeddedPostgresServer> server;
  private final int poolSize;
  private final Schema schema;
  private final String databaseName;

  private final Deque<Database> opened = new ArrayDeque<>();
  private boolean perClass;
  private String prefix = "rakor";
  private Database current;

  private RakorDatabaseExtension(
      Kind kind,
      Supplier<EmbeddedPostgresServer> server,
      int poolSize,
      Schema schema,
      String databaseName) {
    this.kind = kind;
    this.server = server;
    this.poolSize = poolSize;
    this.schema = schema;
    this.databaseName = databaseName;
  }

  /**
   * H2 databases in file mode, each in a new temporary directory that is deleted when the database
   * is closed; the user is {@code sa}, without a password.
   *
   * @return the extension
   */
  public static RakorDatabaseExtension h2() {
    return new RakorDatabaseExtension(Kind.H2, null, DEFAULT_POOL_SIZE, Schema.EMPTY, null);
  }

  /**
   * New databases on the {@linkplain EmbeddedPostgresServer#shared() shared} embedded PostgreSQL,
   * started once per JVM; each is dropped when it is closed.
   *
   * @return the extension
   */
  public static RakorDatabaseExtension postgres() {
    return new RakorDatabaseExtension(
        Kind.POSTGRES, EmbeddedPostgresServer::shared, DEFAULT_POOL_SIZE, Schema.EMPTY, null);
  }

  /**
   * New databases on a server of the caller's, who starts and closes it.
   *
   * @param server the running server
   * @return the extension
   */
  public static RakorDatabaseExtension postgres(EmbeddedPostgresServer server) {
    Objects.requireNonNull(server, "server");
    return new RakorDatabaseExtension(
        Kind.POSTGRES, () -> server, DEFAULT_POOL_SIZE, Schema.EMPTY, null);
  }

  /**
   * A copy whose {@link Database#dataSource()} pools hold up to {@code poolSize} connections (4
   * unless changed). Building a store takes two at once, to migrate the schema.
   *
   * @param poolSize at least 1
   * @return the changed copy
   * @throws IllegalArgumentException if the size is below 1
   */
  public RakorDatabaseExtension withPoolSize(int poolSize) {
    if (poolSize < 1) {
      throw new IllegalArgumentException("a pool size is at least 1, not " + poolSize);
    }
    return new RakorDatabaseExtension(kind, server, poolSize, schema, databaseName);
  }

  /**
   * A copy whose new databases already have the store's schema: on PostgreSQL copied from a
   * template database migrated once per server, much faster than migrating each.
   *
   * @return the changed copy
   */
  public RakorDatabaseExtension withMigratedSchema() {
    return new RakorDatabaseExtension(kind, server, poolSize, Schema.MIGRATED, databaseName);
  }

  /**
   * A copy that uses the PostgreSQL database of that name, creating it if it does not exist, and
   * keeps it when closed: with a server that keeps its {@linkplain
   * EmbeddedPostgresServer.Builder#dataDirectory(Path) data directory}, a later run finds the data
   * an earlier one left.
   *
   * @param name the database's name, a plain lower-case SQL identifier
   * @return the changed copy
   * @throws IllegalStateException on H2, whose databases live in temporary directories
   */
  public RakorDatabaseExtension withDatabaseName(String name) {
    if (kind != Kind.POSTGRES) {
      throw new IllegalStateException("only a PostgreSQL database can be named and kept");
    }
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain lower-case SQL identifier: " + name);
    }
    return new RakorDatabaseExtension(kind, server, poolSize, schema, name);
  }

  // ---------------------------------------------------------------- the scope's database

  /**
   * The database of the current test (or test class, for a static registration), made on first use.
   *
   * @return the database
   */
  public Database database() {
    synchronized (opened) {
      if (current == null || current.isClosed()) {
        current = openDatabase();
      }
      return current;
    }
  }

  /**
   * A pooled data source on {@link #database()}.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return database().dataSource();
  }

  /**
   * A store on {@link #database()}, its schema migrated.
   *
   * @return the store
   */
  public JdbcStore store() {
    return database().store();
  }

  /**
   * The JDBC URL of {@link #database()}.
   *
   * @return the URL
   */
  public String jdbcUrl() {
    return database().jdbcUrl();
  }

  /**
   * Another new database, closed at the end of the current test (or test class) unless closed
   * before; outside JUnit, the caller closes it.
   *
   * @return the database
   */
  public Database openDatabase() {
    Database database = kind == Kind.H2 ? openH2() : openPostgres();
    synchronized (opened) {
      opened.push(database);
    }
    return database;
  }

  private Database openH2() {
    Path directory;
    try {
      directory = Files.createTempDirectory("rakor-h2-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a directory for an H2 database", e);
    }
    String url = JdbcStore.h2FileUrl(directory.resolve("rakor"));
    Database database = new Database(url, "sa", poolSize, () -> deleteRecursively(directory));
    if (schema == Schema.MIGRATED) {
      database.store();
    }
    return database;
  }

  private Database openPostgres() {
    EmbeddedPostgresServer s = server.get();
    if (databaseName != null) {
      if (!s.hasDatabase(databaseName)) {
        if (schema == Schema.MIGRATED) {
          s.createMigratedDatabase(databaseName);
        } else {
          s.createDatabase(databaseName);
        }
      }
      return new Database(s.jdbcUrl(databaseName), EmbeddedPostgresServer.USER, poolSize, () -> {});
    }
    String name = EmbeddedPostgresServer.uniqueName(prefix);
    if (schema == Schema.MIGRATED) {
      s.createMigratedDatabase(name);
    } else {
      s.createDatabase(name);
    }
    return new Database(
        s.jdbcUrl(name), EmbeddedPostgresServer.USER, poolSize, () -> s.dropDatabase(name));
  }

  // ---------------------------------------------------------------- JUnit

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    prefix = prefixFor(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      prefix = prefixFor(context);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      closeAll();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    perClass = false;
    closeAll();
  }

  private static String prefixFor(ExtensionContext context) {
    String name = context.getRequiredTestClass().getSimpleName().replaceAll("[^A-Za-z0-9]", "_");
    return name.length() > 40 ? name.substring(0, 40) : name;
  }

  private void closeAll() {
    RuntimeException failure = null;
    while (true) {
      Database database;
      synchronized (opened) {
        database = opened.poll();
        if (database == null) {
          current = null;
          break;
        }
      }
      try {
        database.close();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the H2 database in " + directory, e);
    }
  }

  /**
   * One database made by the extension: its URL and credentials, pools on it, and a store. Closing
   * it closes the store and every pool, then drops the database (PostgreSQL, unless {@linkplain
   * #withDatabaseName(String) named}) or deletes its directory (H2). Thread-safe.
   */
  public static final class Database implements AutoCloseable {
    private final String jdbcUrl;
    private final String user;
    private final int poolSize;
    private final Runnable dispose;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private HikariDataSource dataSource;
    private JdbcStore store;
    private boolean closed;

    private Database(String jdbcUrl, String user, int poolSize, Runnable dispose) {
      this.jdbcUrl = jdbcUrl;
      this.user = user;
      this.poolSize = poolSize;
      this.dispose = dispose;
    }

    /**
     * The database's JDBC URL.
     *
     * @return the URL
     */
    public String jdbcUrl() {
      return jdbcUrl;
    }

    /**
     * The user to connect as: {@code sa} on H2, {@code postgres} on PostgreSQL.
     *
     * @return the user
     */
    public String user() {
      return user;
    }

    /**
     * The user's password: none.
     *
     * @return the empty password
     */
    public String password() {
      return "";
    }

    /**
     * A HikariCP pool on the database, made on first use, of the extension's pool size.
     *
     * @return the data source
     */
    public synchronized DataSource dataSource() {
      if (dataSource == null) {
        dataSource = newDataSource(poolSize);
      }
      return dataSource;
    }

    /**
     * Another HikariCP pool on the database, closed with it: for tests of several store instances
     * on one database.
     *
     * @param poolSize the pool's most connections
     * @return the pool
     */
    public synchronized HikariDataSource newDataSource(int poolSize) {
      if (closed) {
        throw new IllegalStateException("the database " + jdbcUrl + " is closed");
      }
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(jdbcUrl);
      config.setUsername(user);
      config.setPassword(password());
      config.setMaximumPoolSize(poolSize);
      config.setMinimumIdle(1);
      config.setConnectionTimeout(10_000);
      config.setPoolName("rakor-test-" + NEXT_POOL.incrementAndGet());
      HikariDataSource pool = new HikariDataSource(config);
      pools.add(pool);
      return pool;
    }

    /**
     * A store on {@link #dataSource()}, made on first use: the schema is migrated then.
     *
     * @return the store
     */
    public synchronized JdbcStore store() {
      if (store == null) {
        store = JdbcStore.builder(dataSource()).build();
      }
      return store;
    }

    synchronized boolean isClosed() {
      return closed;
    }

    /** Closes the store and the pools, then drops or deletes the database. Idempotent. */
    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (store != null) {
        store.close();
      }
      pools.forEach(HikariDataSource::close);
      dispose.run();
    }
  }
}
