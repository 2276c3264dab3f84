package io.rakor.persistence.jdbc.internal;

import io.rakor.persistence.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What differs between the databases the store supports. Immutable and thread-safe. */
public enum Dialect {
  /** H2 2.x, embedded. */
  H2("h2", "?", "ARRAY_CONTAINS(%s, ?)"),
  /** PostgreSQL 12 or later. */
  POSTGRESQL("postgresql", "CAST(? AS JSONB)", "%s @> ARRAY[CAST(? AS TEXT)]");

  private final String folder;
  private final String jsonParameter;
  private final String arrayContains;

  Dialect(String folder, String jsonParameter, String arrayContains) {
    this.folder = folder;
    this.jsonParameter = jsonParameter;
    this.arrayContains = arrayContains;
  }

  /**
   * The dialect of the database a connection is open on.
   *
   * @param connection an open connection
   * @return the dialect
   * @throws StoreException if the database is neither H2 nor PostgreSQL
   * @throws SQLException if the metadata cannot be read
   */
  public static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    String p = product.toLowerCase(Locale.ROOT);
    if (p.contains("h2")) {
      return H2;
    }
    if (p.contains("postgresql")) {
      return POSTGRESQL;
    }
    throw new StoreException(
        "The JDBC store supports H2 and PostgreSQL, not " + product + " (" + connection + ")");
  }

  /**
   * Where this dialect's Flyway migrations are, as a Flyway location.
   *
   * @return the location
   */
  public String migrationLocation() {
    return "classpath:io/rakor/persistence/jdbc/migration/" + folder;
  }

  /**
   * The SQL for a parameter that holds JSON text in a body column.
   *
   * @return the SQL
   */
  public String jsonParameter() {
    return jsonParameter;
  }

  /**
   * The SQL condition that an array column contains the value of one text parameter.
   *
   * @param column the column
   * @return the SQL
   */
  public String arrayContains(String column) {
    return String.format(Locale.ROOT, arrayContains, column);
  }
}
