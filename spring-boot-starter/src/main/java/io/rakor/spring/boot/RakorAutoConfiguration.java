package io.rakor.spring.boot;

import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.workflow.Policy;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.persistence.jdbc.JdbcStore;
import io.rakor.persistence.service.ConflictMode;
import io.rakor.persistence.service.CoordinationService;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures Rakor in a Spring Boot application: a {@link RakorStore} on the application's
 * {@link DataSource} and a {@link CoordinationService} over it, unless the application defines its
 * own. Off with {@code rakor.enabled=false}.
 *
 * <ul>
 *   <li>The store is a {@link JdbcStore} (PostgreSQL or H2, as the data source is), built after the
 *       application's own database initialization (its Flyway or Liquibase migrations, its SQL
 *       scripts). It brings Rakor's schema up to date with Flyway and its own history table, {@code
 *       rakor_schema_history}, so the application's Flyway keeps {@code flyway_schema_history} to
 *       itself ({@code rakor.store.migrate}); it can verify the store on start ({@code
 *       rakor.store.verify-on-start}).
 *   <li>The service uses the application's {@link Policy}, {@link Clock} and {@link
 *       MonitoringEvaluator} beans if it defines them (one of each, or one marked primary), and
 *       otherwise Rakor's defaults ({@link io.rakor.core.workflow.DefaultPolicy}, the system UTC
 *       clock, {@link MonitoringEvaluator#defaults()}); it retries conflicting commands as {@code
 *       rakor.service.*} says.
 * </ul>
 *
 * @since 0.1
 */
@AutoConfiguration(
    after = DataSourceAutoConfiguration.class,
    afterName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@ConditionalOnBooleanProperty(name = "rakor.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RakorProperties.class)
public class RakorAutoConfiguration {

  /** Created by Spring. */
  public RakorAutoConfiguration() {}

  /**
   * The store on the application's data source, when there is exactly one (or one primary) and the
   * application defines no {@link RakorStore} of its own.
   *
   * @since 0.1
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnSingleCandidate(DataSource.class)
  @ConditionalOnMissingBean(RakorStore.class)
  public static class StoreConfiguration {

    /** Created by Spring. */
    public StoreConfiguration() {}

    /**
     * The store. Spring does not close the data source through it: the store leaves a data source
     * it was given open.
     *
     * @param dataSource the application's data source
     * @param properties Rakor's settings
     * @return the store, its schema up to date
     */
    @Bean
    @DependsOnDatabaseInitialization
    public JdbcStore rakorStore(DataSource dataSource, RakorProperties properties) {
      RakorProperties.Store store = properties.getStore();
      return JdbcStore.builder(dataSource)
          .migrate(store.isMigrate())
          .verifier(StoreVerifier.builder().coverage(store.getLogCoverage()).build())
          .verifyOnOpen(store.isVerifyOnStart())
          .build();
    }
  }

  /**
   * The coordination service over the store, unless the application defines its own.
   *
   * @param store the store
   * @param properties Rakor's settings
   * @param policy the application's policy, if it has one
   * @param clock the application's clock, if it has one
   * @param evaluator the application's monitoring evaluator, if it has one
   * @return the service
   */
  @Bean
  @ConditionalOnSingleCandidate(RakorStore.class)
  @ConditionalOnMissingBean
  public CoordinationService rakorCoordinationService(
      RakorStore store,
      RakorProperties properties,
      ObjectProvider<Policy> policy,
      ObjectProvider<Clock> clock,
      ObjectProvider<MonitoringEvaluator> evaluator) {
    RakorProperties.Service settings = properties.getService();
    ConflictMode mode = ConflictMode.retry(settings.getMaxAttempts());
    CoordinationService.Builder builder =
        CoordinationService.builder(store)
            .conflictMode(settings.isReportConflicts() ? mode.thenReport() : mode);
    policy.ifAvailable(builder::policy);
    clock.ifAvailable(builder::clock);
    evaluator.ifAvailable(builder::evaluator);
    return builder.build();
  }
}
