package io.rakor.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.persistence.jdbc.JdbcStore;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.persistence.service.CoordinationService;
import io.rakor.spring.boot.health.RakorHealthIndicator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The health indicator: up when the store answers and verifies, down with the mismatches when it
 * does not, down with the error when the database is gone; a verification is reused for its
 * interval.
 */
class RakorHealthIndicatorTest {
  private static final Actor SECRETARIAT = Actor.of(UnitId.of("lu.bappeda"), Role.SECRETARIAT);

  @Test
  void upWhenTheStoreVerifiesDownWithTheMismatchesWhenItDoesNot() throws Exception {
    JdbcDataSource dataSource = h2();
    JdbcStore store = JdbcStore.builder(dataSource).build();
    CoordinationService.builder(store)
        .build()
        .create(AggregateKind.JURISDICTION, lampung(), SECRETARIAT);
    RakorHealthIndicator everyCall =
        new RakorHealthIndicator(store, StoreVerifier.defaults(), Duration.ZERO);
    RakorHealthIndicator hourly =
        new RakorHealthIndicator(store, StoreVerifier.defaults(), Duration.ofHours(1));

    Health up = everyCall.health();
    assertThat(up.getStatus()).isEqualTo(Status.UP);
    assertThat(up.getDetails())
        .containsEntry("store", "JdbcStore[H2]")
        .containsEntry("lastSequence", 1L)
        .containsKey("verifiedAt");
    assertThat(verification(up))
        .containsEntry("intact", true)
        .containsEntry("coverage", "EVERY_VERSION")
        .containsEntry("aggregates", 1L)
        .containsEntry("events", 1L)
        .containsEntry("mismatchCount", 0L)
        .doesNotContainKey("mismatches");
    assertThat(hourly.health().getStatus()).isEqualTo(Status.UP);

    RakorAutoConfigurationTest.execute(dataSource, "DELETE FROM rakor_aggregate");

    Health down = everyCall.health();
    assertThat(down.getStatus()).isEqualTo(Status.DOWN);
    assertThat(verification(down)).containsEntry("intact", false);
    assertThat((List<?>) verification(down).get("mismatches"))
        .singleElement()
        .asString()
        .contains("AGGREGATE_MISSING", "jurisdiction", "18");
    // Verified an hour ago at the most: the damage shows at the next verification.
    assertThat(hourly.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void downWithTheErrorWhenTheDatabaseIsGone() throws Exception {
    JdbcDataSource dataSource = h2();
    JdbcStore store = JdbcStore.builder(dataSource).build();
    RakorHealthIndicator indicator =
        new RakorHealthIndicator(store, StoreVerifier.defaults(), Duration.ofHours(1));
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    // Closed: the next connection finds a new, empty database without Rakor's tables.
    RakorAutoConfigurationTest.execute(dataSource, "SHUTDOWN");

    Health down = indicator.health();
    assertThat(down.getStatus()).isEqualTo(Status.DOWN);
    assertThat(down.getDetails()).containsEntry("store", "JdbcStore[H2]");
    assertThat((String) down.getDetails().get("error")).startsWith("io.rakor.persistence.");
  }

  @Test
  void anyOtherStoreIsVerifiedWithTheVerifierGiven() {
    InMemoryStore store = new InMemoryStore();
    CoordinationService.builder(store)
        .build()
        .create(AggregateKind.JURISDICTION, lampung(), SECRETARIAT);
    Health health =
        new RakorHealthIndicator(store, StoreVerifier.defaults(), Duration.ZERO).health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(verification(health)).containsEntry("aggregates", 1L);
  }

  private static JdbcDataSource h2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(TestDatabases.h2());
    dataSource.setUser("sa");
    return dataSource;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> verification(Health health) {
    return (Map<String, Object>) health.getDetails().get("verification");
  }

  private static Jurisdiction lampung() {
    return Jurisdiction.builder()
        .code(JurisdictionCode.of("18"))
        .name("Lampung")
        .level(JurisdictionLevel.PROVINCE)
        .build();
  }
}
