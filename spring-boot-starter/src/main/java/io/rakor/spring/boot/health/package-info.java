/**
 * Rakor's actuator health indicator, {@code rakor} in {@code /actuator/health}: the store is
 * reachable and verifies (its hash chain, its rows, the log against its aggregates). Configured
 * when Spring Boot's health support ({@code spring-boot-health}, which the actuator brings) is on
 * the class path.
 */
package io.rakor.spring.boot.health;
