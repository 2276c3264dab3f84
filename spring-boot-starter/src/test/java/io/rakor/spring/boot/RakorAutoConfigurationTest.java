package io.rakor.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.CommandRejectedException;
import io.rakor.core.workflow.Policy;
import io.rakor.core.workflow.PolicyDecision;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.integrity.DamagedStoreException;
import io.rakor.persistence.jdbc.JdbcStore;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.persistence.service.CoordinationService;
import io.rakor.spring.boot.health.RakorHealthAutoConfiguration;
import io.rakor.spring.boot.health.RakorHealthIndicator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter on a real application context: the store on the application's data source (H2 and
 * PostgreSQL), Rakor's migrations beside the application's own Flyway migrations, the service with
 * the application's clock and policy, and what turns each part off.
 */
class RakorAutoConfigurationTest {
  private static final Actor SECRETARIAT = Actor.of(UnitId.of("lu.bappeda"), Role.SECRETARIAT);
  private static final Jurisdiction LAMPUNG =
      Jurisdiction.builder()
          .code(JurisdictionCode.of("18"))
          .name("Lampung")
          .level(JurisdictionLevel.PROVINCE)
          .build();
  private static final Instant MEETING_DAY = Instant.parse("2026-01-12T02:00:00Z");

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  FlywayAutoConfiguration.class,
                  RakorAutoConfiguration.class,
                  RakorHealthAutoConfiguration.class));

  /** Rakor's migrations as its history records them: V4 is H2's only (PostgreSQL keeps JSONB). */
  private static List<String> rakorMigrations(String database) {
    List<String> versions =
        new ArrayList<>(
            List.of(
                "0 << Flyway Baseline >>",
                "1 rakor schema",
                "2 evaluation records",
                "3 body version"));
    if (database.equals("h2")) {
      versions.add("4 json as varchar");
    }
    return versions;
  }

  private static String url(String database) {
    return database.equals("postgresql") ? TestDatabases.postgres() : TestDatabases.h2();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aStoreOnTheApplicationsDataSourceBesideItsOwnFlywayMigrations(String database) {
    String url = url(database);
    runner
        .withPropertyValues(TestDatabases.dataSource(url))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              JdbcStore store = context.getBean(JdbcStore.class);
              assertThat(store.database()).isEqualTo(database.toUpperCase(java.util.Locale.ROOT));
              assertThat(context.getBean(CoordinationService.class).store()).isSameAs(store);
              assertThat(context).hasSingleBean(RakorHealthIndicator.class);

              CoordinationService service = context.getBean(CoordinationService.class);
              service.create(AggregateKind.JURISDICTION, LAMPUNG, SECRETARIAT);
              assertThat(store.load(AggregateKind.JURISDICTION, LAMPUNG.code())).isPresent();

              // The application's migrations ran first, so Rakor's Flyway found a schema with
              // tables in it: it records a baseline (version 0) and then applies its own.
              DataSource dataSource = context.getBean(DataSource.class);
              assertThat(rows(dataSource, "flyway_schema_history"))
                  .containsExactly("1 application notes");
              assertThat(rows(dataSource, "rakor_schema_history"))
                  .containsExactlyElementsOf(rakorMigrations(database));
              assertThat(count(dataSource, "application_note")).isZero();
            });
    // Started again on the same database, both find their schema up to date, and the data kept.
    runner
        .withPropertyValues(TestDatabases.dataSource(url))
        .withPropertyValues("rakor.store.verify-on-start=true")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              DataSource dataSource = context.getBean(DataSource.class);
              assertThat(rows(dataSource, "flyway_schema_history"))
                  .containsExactly("1 application notes");
              assertThat(rows(dataSource, "rakor_schema_history"))
                  .containsExactlyElementsOf(rakorMigrations(database));
              assertThat(
                      context
                          .getBean(RakorStore.class)
                          .load(AggregateKind.JURISDICTION, LAMPUNG.code()))
                  .isPresent();
            });
  }

  @Test
  void rakorMigratesADatabaseThatAlreadyHoldsTheApplicationsTables() {
    String url = TestDatabases.postgres();
    // The application ran alone first (its Flyway made its tables), then added Rakor.
    runner
        .withPropertyValues(TestDatabases.dataSource(url))
        .withPropertyValues("rakor.enabled=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(RakorStore.class);
              assertThat(count(context.getBean(DataSource.class), "application_note")).isZero();
            });
    runner
        .withPropertyValues(TestDatabases.dataSource(url))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(rows(context.getBean(DataSource.class), "rakor_schema_history"))
                  .contains("1 rakor schema");
            });
  }

  @Test
  void theServiceUsesTheApplicationsClockAndPolicy() {
    runner
        .withPropertyValues(TestDatabases.dataSource(TestDatabases.h2()))
        .withUserConfiguration(MeetingDayClock.class)
        .run(
            context -> {
              CoordinationService service = context.getBean(CoordinationService.class);
              service.create(AggregateKind.JURISDICTION, LAMPUNG, SECRETARIAT);
              assertThat(service.events(1, 10).get(0).event().occurredAt()).isEqualTo(MEETING_DAY);
            });
    runner
        .withPropertyValues(TestDatabases.dataSource(TestDatabases.h2()))
        .withUserConfiguration(NobodyMayAct.class)
        .run(
            context -> {
              CoordinationService service = context.getBean(CoordinationService.class);
              assertThatThrownBy(
                      () -> service.create(AggregateKind.JURISDICTION, LAMPUNG, SECRETARIAT))
                  .isInstanceOf(CommandRejectedException.class)
                  .hasMessageContaining("closed-for-the-test");
              assertThat(service.store().lastEvent()).isEmpty();
            });
  }

  @Test
  void anApplicationsOwnStoreIsUsedAndNoJdbcStoreIsMade() {
    runner
        .withPropertyValues(TestDatabases.dataSource(TestDatabases.h2()))
        .withBean(InMemoryStore.class, InMemoryStore::new)
        .run(
            context -> {
              assertThat(context).hasSingleBean(RakorStore.class).doesNotHaveBean(JdbcStore.class);
              assertThat(context.getBean(CoordinationService.class).store())
                  .isSameAs(context.getBean(InMemoryStore.class));
              assertThat(context).hasSingleBean(RakorHealthIndicator.class);
            });
  }

  @Test
  void rakorEnabledFalseConfiguresNothing() {
    runner
        .withPropertyValues(TestDatabases.dataSource(TestDatabases.h2()))
        .withPropertyValues("rakor.enabled=false")
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(RakorStore.class)
                    .doesNotHaveBean(CoordinationService.class)
                    .doesNotHaveBean(RakorHealthIndicator.class));
  }

  @Test
  void theHealthIndicatorCanBeTurnedOff() {
    runner
        .withPropertyValues(TestDatabases.dataSource(TestDatabases.h2()))
        .withPropertyValues("management.health.rakor.enabled=false")
        .run(
            context ->
                assertThat(context)
                    .hasSingleBean(RakorStore.class)
                    .doesNotHaveBean(RakorHealthIndicator.class));
  }

  @Test
  void withoutADataSourceThereIsNoStore() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RakorAutoConfiguration.class))
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(RakorStore.class)
                    .doesNotHaveBean(CoordinationService.class));
  }

  @Test
  void settingsAreBoundAndABadOneStopsTheStart() {
    runner
        .withPropertyValues(TestDatabases.dataSource(TestDatabases.h2()))
        .withPropertyValues(
            "rakor.service.max-attempts=5",
            "rakor.store.log-coverage=every-change",
            "rakor.health.verify-interval=30s")
        .run(
            context -> {
              RakorProperties properties = context.getBean(RakorProperties.class);
              assertThat(properties.getService().getMaxAttempts()).isEqualTo(5);
              assertThat(properties.getStore().getLogCoverage().name()).isEqualTo("EVERY_CHANGE");
              assertThat(properties.getHealth().getVerifyInterval()).hasSeconds(30);
            });
    runner
        .withPropertyValues(TestDatabases.dataSource(TestDatabases.h2()))
        .withPropertyValues("rakor.service.max-attempts=0")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessage("rakor.service.max-attempts must be at least 1, not 0"));
  }

  @Test
  void verifyOnStartRefusesADamagedStore() {
    String url = TestDatabases.h2();
    runner
        .withPropertyValues(TestDatabases.dataSource(url))
        .run(
            context -> {
              context
                  .getBean(CoordinationService.class)
                  .create(AggregateKind.JURISDICTION, LAMPUNG, SECRETARIAT);
              execute(context.getBean(DataSource.class), "DELETE FROM rakor_aggregate");
            });
    runner
        .withPropertyValues(TestDatabases.dataSource(url))
        .withPropertyValues("rakor.store.verify-on-start=true")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(DamagedStoreException.class)
                    .hasMessageContaining("AGGREGATE_MISSING jurisdiction 18"));
  }

  /** An application's clock: the day of the Lampung Utara rakor. */
  // tag::clock[]
  @Configuration(proxyBeanMethods = false)
  static class MeetingDayClock {
    @Bean
    Clock clock() {
      return Clock.fixed(MEETING_DAY, ZoneOffset.ofHours(7));
    }
  }

  // end::clock[]
  /** An application's policy that lets nobody do anything. */
  // tag::policy[]
  @Configuration(proxyBeanMethods = false)
  static class NobodyMayAct {
    @Bean
    Policy policy() {
      return (actor, action, subject) ->
          PolicyDecision.deny("closed-for-the-test", "nobody may act in this test");
    }
  }

  // end::policy[]

  /**
   * The migrations of a Flyway history table, as "version description", in order (without the rows
   * some Flyway versions add that have no version).
   */
  static List<String> rows(DataSource dataSource, String historyTable) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT \"version\", \"description\" FROM \""
                    + historyTable
                    + "\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      while (rs.next()) {
        rows.add(rs.getString(1) + " " + rs.getString(2));
      }
    }
    return rows;
  }

  static long count(DataSource dataSource, String table) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
