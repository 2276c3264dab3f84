package io.rakor.spring.boot.jackson;

import io.rakor.json.jackson3.RakorModule3;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers Rakor's types with the Jackson 3 {@code JsonMapper} that Spring Boot configures: a
 * {@link RakorModule3} bean, which Boot's Jackson auto-configuration adds to the mapper as it adds
 * every module bean. Spring MVC's and the REST clients' JSON then reads and writes Rakor's values
 * (a commitment, a progress report, ...) in Rakor's JSON format, with its value rules. The mapper's
 * other settings stay Boot's ({@code spring.jackson.*}); for the format's strict reading and its
 * limits on hostile input as well, use {@link io.rakor.json.jackson3.RakorJson3#mapper()}.
 *
 * @since 0.1
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(
    name = {"tools.jackson.databind.json.JsonMapper", "io.rakor.json.jackson3.RakorModule3"})
@ConditionalOnBooleanProperty(name = "rakor.enabled", matchIfMissing = true)
public class RakorJacksonAutoConfiguration {

  /** Created by Spring. */
  public RakorJacksonAutoConfiguration() {}

  /**
   * The module, unless the application defines one.
   *
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public RakorModule3 rakorJacksonModule() {
    return new RakorModule3();
  }
}
