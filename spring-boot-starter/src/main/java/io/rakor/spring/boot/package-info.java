/**
 * Spring Boot auto-configuration for Rakor: a {@link io.rakor.persistence.RakorStore} on the
 * application's {@link javax.sql.DataSource} (PostgreSQL or H2), with Rakor's schema migrated by
 * Flyway in its own history table ({@code rakor_schema_history}), and a {@link
 * io.rakor.persistence.service.CoordinationService} that uses the application's {@link
 * java.time.Clock} and {@link io.rakor.core.workflow.Policy} beans if it has them. Settings are
 * under {@code rakor.*} ({@link io.rakor.spring.boot.RakorProperties}); see {@code
 * docs/spring-boot.md}.
 */
package io.rakor.spring.boot;
