package io.rakor.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.audit.LogEntry;
import io.rakor.persistence.jdbc.EmbeddedPostgresServer;
import io.rakor.persistence.jdbc.JdbcStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example runs again and again on the same data set, as a user expects: twice on the same H2
 * file and twice on the same PostgreSQL database, each run succeeds and prints and stores the same
 * as the one before.
 */
class ExampleRerunTest {
  private record Run(String printed, List<LogEntry> log) {}

  @Test
  void runsTwiceOnTheSameH2File(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("lampung-utara");
    Run first = run(out -> StoreWalkthrough.freshH2File(file, out));
    Run second = run(out -> StoreWalkthrough.freshH2File(file, out));

    assertThat(second).isEqualTo(first);
    assertThat(first.printed()).contains("Data set: the H2 file " + file + ".mv.db, emptied");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("one data set, not one file per run")
          .containsExactly("lampung-utara.mv.db");
    }
  }

  @Test
  void runsTwiceOnTheSamePostgresDatabase(@TempDir Path dir) throws Exception {
    String url = EmbeddedPostgresServer.shared().jdbcUrl("postgres");
    String user = EmbeddedPostgresServer.USER;
    sql(url, "CREATE TABLE IF NOT EXISTS public.not_the_examples (n int)");

    Run first = run(out -> StoreWalkthrough.freshPostgresSchema(url, user, "", out));
    Run second = run(out -> StoreWalkthrough.freshPostgresSchema(url, user, "", out));

    assertThat(second).isEqualTo(first);
    assertThat(first.printed())
        .contains("Data set: the schema " + StoreWalkthrough.POSTGRES_SCHEMA + " of " + url);
    // The same data as on H2: the log, hash for hash.
    assertThat(run(out -> StoreWalkthrough.freshH2File(dir.resolve("h2"), out)).log())
        .isEqualTo(first.log());
    // Only the example's schema was made anew.
    assertThat(sql(url, "SELECT count(*) FROM public.not_the_examples")).isZero();
  }

  private static Run run(Function<PrintStream, JdbcStore> open) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (JdbcStore store = open.apply(out)) {
      StoreWalkthrough.run(LampungUtara.build(), store, out);
      return new Run(bytes.toString(StandardCharsets.UTF_8), StoreWalkthrough.wholeLog(store));
    }
  }

  /** Runs a statement; for a query, returns the first column of its first row. */
  private static long sql(String url, String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
        Statement s = c.createStatement()) {
      if (!s.execute(statement)) {
        return -1;
      }
      try (ResultSet rs = s.getResultSet()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
