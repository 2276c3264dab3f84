package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.rakor.core.commitments.Commitment;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.integrity.LogCoverage;
import io.rakor.persistence.integrity.StoreVerification;
import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.persistence.spi.Stores;
import io.rakor.persistence.transfer.StoreTransfer;
import io.rakor.persistence.transfer.TransferSummary;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.ScenarioSize;
import io.rakor.testkit.tck.internal.Snapshot;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The code shown in docs/jdbc-store.md, compiled and run. */
class JdbcStoreDocsTest {
  @TempDir Path dir;

  @RegisterExtension final RakorDatabaseExtension postgres = RakorDatabaseExtension.postgres();

  @RegisterExtension final RakorDatabaseExtension h2 = RakorDatabaseExtension.h2();

  @Test
  void h2FileStore() {
    Commitment commitment = Fixtures.scenario(1).commitments().get(0);
    Path dataDirectory = dir.resolve("rakor-data");
    // tag::h2[]
    try (JdbcStore store = JdbcStore.h2File(dataDirectory.resolve("rakor"))) {
      Versioned<Commitment> saved = store.save(AggregateKind.COMMITMENT, commitment, 0);
      Page<Versioned<Commitment>> led =
          store.commitments(
              CommitmentQuery.builder().lead(commitment.lead()).build(), PageRequest.first(50));
      assertThat(saved.version()).isEqualTo(1);
      assertThat(led.items()).containsExactly(saved);
    }
    // end::h2[]
    assertThat(dataDirectory.resolve("rakor.mv.db")).exists();
  }

  @Test
  void postgresStore() {
    String jdbcUrl = postgres.jdbcUrl();
    String user = "postgres";
    String password = "";
    // tag::postgres[]
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl); // for example jdbc:postgresql://db.example:5432/rakor
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(10);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      RakorStore store = JdbcStore.postgres(dataSource); // migrates the schema if needed
      assertThat(store.lastEvent()).isEmpty(); // a new database: no events yet
    }
    // end::postgres[]
  }

  @Test
  void storeByUrl() {
    String jdbcUrl = postgres.jdbcUrl();
    // tag::url[]
    try (RakorStore store =
        Stores.open(jdbcUrl, Map.of("user", "postgres", "password", "", "poolSize", "4"))) {
      assertThat(((JdbcStore) store).database()).isEqualTo("POSTGRESQL");
    }
    // end::url[]
  }

  @Test
  void schemaManagedElsewhere() {
    DataSource dataSource = h2.dataSource();
    JdbcStore.builder(dataSource).build().close();
    // tag::nomigrate[]
    JdbcStore store = JdbcStore.builder(dataSource).migrate(false).build();
    // end::nomigrate[]
    assertThat(store.database()).isEqualTo("H2");
  }

  @Test
  void verifyingBackingUpAndRestoring() {
    Path dataDirectory = dir.resolve("rakor-data");
    Path backups = dir.resolve("backups");
    try (JdbcStore store = JdbcStore.h2File(dataDirectory.resolve("rakor"))) {
      Fixtures.writeWithLog(store, Fixtures.scenario(2, ScenarioSize.small()));
    }
    // tag::verify[]
    try (JdbcStore store = JdbcStore.h2File(dataDirectory.resolve("rakor"))) { // verified here
      StoreVerification again = store.verify(); // and here, on demand
      assertThat(again.intact()).isTrue();
      assertThat(again.mismatches()).isEmpty(); // otherwise each names its kind and id
    }
    // end::verify[]
    // tag::verify-settings[]
    JdbcStore older =
        JdbcStore.builder(dataDirectory.resolve("rakor"))
            .verifier(StoreVerifier.builder().coverage(LogCoverage.EVERY_CHANGE).build())
            .build();
    // end::verify-settings[]
    older.close();
    // tag::backup[]
    try (JdbcStore store = JdbcStore.h2File(dataDirectory.resolve("rakor"))) {
      TransferSummary saved =
          StoreTransfer.defaults().export(store, backups.resolve("rakor-2026-01-12.jsonl"));
      assertThat(saved.events()).isPositive();
    }
    // end::backup[]
    // tag::restore[]
    try (JdbcStore restored = JdbcStore.h2File(dataDirectory.resolve("restored"))) {
      StoreTransfer.defaults().importFrom(backups.resolve("rakor-2026-01-12.jsonl"), restored);
    }
    // end::restore[]
    try (JdbcStore a = JdbcStore.h2File(dataDirectory.resolve("rakor"));
        JdbcStore b = JdbcStore.h2File(dataDirectory.resolve("restored"))) {
      assertThat(Snapshot.of(b)).isEqualTo(Snapshot.of(a));
    }
  }
}
