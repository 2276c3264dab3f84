package io.rakor.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataProperty;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataRepositoryJsonBuilder;

/**
 * The jar's configuration metadata, which IDEs read for completion: every {@code rakor.*} setting,
 * with its type, description and default, and the health indicator's switch.
 */
class ConfigurationMetadataTest {

  @Test
  void everyRakorSettingIsDescribedWithItsDefault() throws Exception {
    Map<String, ConfigurationMetadataProperty> properties;
    try (InputStream json =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(json).as("the generated metadata").isNotNull();
      properties =
          ConfigurationMetadataRepositoryJsonBuilder.create(json).build().getAllProperties();
    }
    assertThat(properties)
        .containsOnlyKeys(
            "rakor.enabled",
            "rakor.store.migrate",
            "rakor.store.verify-on-start",
            "rakor.store.log-coverage",
            "rakor.service.max-attempts",
            "rakor.service.report-conflicts",
            "rakor.health.verify-interval",
            "management.health.rakor.enabled");
    assertThat(properties.values())
        .allSatisfy(p -> assertThat(p.getDescription()).as(p.getId()).isNotBlank())
        .allSatisfy(p -> assertThat(p.getDefaultValue()).as(p.getId()).isNotNull());
    assertThat(properties.get("rakor.store.migrate").getDefaultValue()).isEqualTo(true);
    assertThat(properties.get("rakor.store.verify-on-start").getDefaultValue()).isEqualTo(false);
    assertThat(properties.get("rakor.store.log-coverage").getType())
        .isEqualTo("io.rakor.persistence.integrity.LogCoverage");
    assertThat(properties.get("rakor.store.log-coverage").getDefaultValue())
        .isEqualTo("every-version");
    assertThat(properties.get("rakor.service.max-attempts").getDefaultValue()).isEqualTo(3);
    assertThat(properties.get("rakor.health.verify-interval").getType())
        .isEqualTo("java.time.Duration");
    assertThat(properties.get("rakor.health.verify-interval").getDefaultValue()).isEqualTo("5m");
  }
}
