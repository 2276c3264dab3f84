package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proves that the build really runs a PostgreSQL server, so the PostgreSQL tests mean something.
 */
class EmbeddedPostgresTest {
  @RegisterExtension static final RakorDatabaseExtension db = RakorDatabaseExtension.postgres();

  @Test
  void aRealPostgreSqlServerRuns() throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version()")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).startsWith("PostgreSQL 17.");
    }
  }
}
