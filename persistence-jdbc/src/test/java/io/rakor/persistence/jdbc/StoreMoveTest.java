package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.persistence.integrity.StoreVerification;
import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.persistence.transfer.StoreTransfer;
import io.rakor.persistence.transfer.TransferSummary;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.Scenario;
import io.rakor.testkit.ScenarioSize;
import io.rakor.testkit.tck.internal.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district's store moves between every kind of store and back unchanged: memory, the embedded H2
 * file, PostgreSQL, an export file, and memory again, each step verified.
 */
class StoreMoveTest {
  @RegisterExtension
  final RakorDatabaseExtension postgres = RakorDatabaseExtension.postgres().withMigratedSchema();

  @TempDir Path dir;

  @Test
  void aRegencyGoesFromMemoryToH2ToPostgresToAFileAndBackEqual() {
    Scenario regency = Fixtures.scenario(20260112L, ScenarioSize.medium());
    InMemoryStore memory = new InMemoryStore();
    long events = Fixtures.writeWithLog(memory, regency);
    Snapshot original = Snapshot.of(memory);
    StoreTransfer transfer = StoreTransfer.defaults();
    Path district = dir.resolve("lampung-utara");

    try (JdbcStore h2 = JdbcStore.h2File(district)) {
      transfer.copy(memory, h2);
      assertThat(Snapshot.of(h2)).isEqualTo(original);
    }
    TransferSummary moved;
    try (JdbcStore h2 = JdbcStore.h2File(district); // verified on opening
        JdbcStore pg = JdbcStore.postgres(postgres.dataSource())) {
      // tag::copy[]
      TransferSummary copied = StoreTransfer.defaults().copy(h2, pg);
      // end::copy[]
      moved = copied;
      assertThat(Snapshot.of(pg)).isEqualTo(original);
      assertIntact(pg.verify());
      Path backup = dir.resolve("backup.jsonl");
      assertThat(transfer.export(pg, backup)).isEqualTo(moved);
      InMemoryStore back = new InMemoryStore();
      assertThat(transfer.importFrom(backup, back)).isEqualTo(moved);
      assertThat(Snapshot.of(back)).isEqualTo(original);
      assertIntact(StoreVerifier.defaults().verify(back));
    }
    assertThat(moved.events()).isEqualTo(events);
    assertThat(moved.aggregates()).isEqualTo(original.size());
  }

  @Test
  void theCopyCommandMovesAnH2FileIntoPostgres() {
    Path district = dir.resolve("lampung-utara");
    try (JdbcStore h2 = JdbcStore.h2File(district)) {
      Fixtures.writeWithLog(h2, Fixtures.scenario(5, ScenarioSize.small()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> settings = Map.of("rakor.to.user", "postgres");
    int status =
        CopyStore.run(
            List.of(district.toString(), postgres.jdbcUrl()),
            settings::get,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Copied ")
        .contains(" log entries from " + district + " to " + postgres.jdbcUrl())
        .contains("; the copy is intact: ");
    try (JdbcStore h2 = JdbcStore.h2File(district)) {
      assertThat(Snapshot.of(JdbcStore.postgres(postgres.dataSource()))).isEqualTo(Snapshot.of(h2));
    }

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    int refused =
        CopyStore.run(
            List.of(district.toString(), postgres.jdbcUrl()),
            settings::get,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(again, true, StandardCharsets.UTF_8));
    assertThat(refused).isEqualTo(1);
    assertThat(again.toString(StandardCharsets.UTF_8))
        .contains("Cannot write into the target store")
        .contains("it is not empty");
    assertThat(
            CopyStore.run(
                List.of(district.toString()),
                settings::get,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isEqualTo(2);
  }

  private static void assertIntact(StoreVerification v) {
    assertThat(v.intact()).as(v.summary()).isTrue();
  }
}
