package io.rakor.spring.boot.health;

import io.rakor.persistence.RakorStore;
import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.spring.boot.RakorAutoConfiguration;
import io.rakor.spring.boot.RakorProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures {@link RakorHealthIndicator} as the {@code rakor} health contributor when Spring
 * Boot's health support is on the class path and there is one {@link RakorStore}. Off with {@code
 * management.health.rakor.enabled=false} (or {@code rakor.enabled=false}).
 *
 * @since 0.1
 */
@AutoConfiguration(after = RakorAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBooleanProperty(name = "rakor.enabled", matchIfMissing = true)
@ConditionalOnSingleCandidate(RakorStore.class)
@ConditionalOnEnabledHealthIndicator("rakor")
@EnableConfigurationProperties(RakorProperties.class)
public class RakorHealthAutoConfiguration {

  /** Created by Spring. */
  public RakorHealthAutoConfiguration() {}

  /**
   * The indicator, unless the application defines a bean of that name.
   *
   * @param store the store
   * @param properties Rakor's settings
   * @return the indicator
   */
  @Bean
  @ConditionalOnMissingBean(name = "rakorHealthIndicator")
  public RakorHealthIndicator rakorHealthIndicator(RakorStore store, RakorProperties properties) {
    return new RakorHealthIndicator(
        store,
        StoreVerifier.builder().coverage(properties.getStore().getLogCoverage()).build(),
        properties.getHealth().getVerifyInterval());
  }
}
