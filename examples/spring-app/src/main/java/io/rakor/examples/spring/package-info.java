/**
 * A sample Spring Boot application on Rakor's starter: REST endpoints that record a meeting, its
 * commitments and their progress through the auto-configured {@link
 * io.rakor.persistence.service.CoordinationService}, and read who is behind in a monitoring cycle.
 * Not published; read it as documentation ({@code docs/spring-boot.md}).
 */
package io.rakor.examples.spring;
