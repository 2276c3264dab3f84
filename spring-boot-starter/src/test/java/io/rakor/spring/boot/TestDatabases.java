package io.rakor.spring.boot;

import io.rakor.persistence.jdbc.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** New, empty databases for the tests: H2 in memory, and PostgreSQL on the embedded server. */
final class TestDatabases {
  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestDatabases() {}

  /** The URL of a new, empty H2 database in memory, which lives until the JVM exits. */
  static String h2() {
    return "jdbc:h2:mem:starter_" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
  }

  /** The URL of a new, empty PostgreSQL database on the shared embedded server. */
  static String postgres() {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
    String name = "starter_" + NEXT.incrementAndGet();
    try (Connection c = server.adminDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create PostgreSQL database " + name, e);
    }
    return server.jdbcUrl(name);
  }

  /** The properties of Spring Boot's data source on a URL (PostgreSQL's user has no password). */
  static String[] dataSource(String url) {
    return new String[] {
      "spring.datasource.url=" + url,
      "spring.datasource.username=" + (url.startsWith("jdbc:postgresql:") ? "postgres" : "sa"),
      "spring.datasource.password="
    };
  }
}
