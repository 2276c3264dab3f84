package io.rakor.spring.boot;

import io.rakor.persistence.integrity.LogCoverage;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rakor's settings in a Spring Boot application, under {@code rakor.*}: for example {@code
 * rakor.store.verify-on-start=true} or {@code rakor.service.max-attempts=5}. Every setting has a
 * default, so an application needs none of them. Mutable, as Spring binds it; not thread-safe while
 * it is bound, read-only afterwards.
 *
 * @since 0.1
 */
@ConfigurationProperties("rakor")
public class RakorProperties {
  /** Whether to auto-configure Rakor's store and coordination service at all. */
  private boolean enabled = true;

  private final Store store = new Store();
  private final Service service = new Service();
  private final Health health = new Health();

  /** Creates the defaults. */
  public RakorProperties() {}

  /**
   * Whether Rakor is auto-configured ({@code rakor.enabled}, default true).
   *
   * @return whether it is
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets {@code rakor.enabled}.
   *
   * @param enabled whether to auto-configure Rakor
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The store's settings ({@code rakor.store.*}).
   *
   * @return them
   */
  public Store getStore() {
    return store;
  }

  /**
   * The coordination service's settings ({@code rakor.service.*}).
   *
   * @return them
   */
  public Service getService() {
    return service;
  }

  /**
   * The health indicator's settings ({@code rakor.health.*}).
   *
   * @return them
   */
  public Health getHealth() {
    return health;
  }

  /**
   * The store on the application's data source ({@code rakor.store.*}).
   *
   * @since 0.1
   */
  public static class Store {
    /**
     * Whether to bring Rakor's schema up to date when the application starts, with Flyway and the
     * history table rakor_schema_history (beside the application's own migrations, which run
     * first). Turn it off only if the schema is migrated elsewhere.
     */
    private boolean migrate = true;

    /**
     * Whether to verify the whole store (its hash chain, every row, the log against every
     * aggregate) when the application starts, and refuse to start if it is not whole. Reads the
     * whole store once.
     */
    private boolean verifyOnStart = false;

    /**
     * How much of the store's history the event log must explain when the store is verified:
     * EVERY_VERSION (the coordination service's own), EVERY_CHANGE (stores written before creations
     * were logged) or NONE.
     */
    private LogCoverage logCoverage = LogCoverage.EVERY_VERSION;

    /** Creates the defaults. */
    public Store() {}

    /**
     * Whether Rakor migrates its schema on start ({@code rakor.store.migrate}, default true).
     *
     * @return whether it does
     */
    public boolean isMigrate() {
      return migrate;
    }

    /**
     * Sets {@code rakor.store.migrate}.
     *
     * @param migrate whether to migrate
     */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }

    /**
     * Whether the store is verified on start ({@code rakor.store.verify-on-start}, default false).
     *
     * @return whether it is
     */
    public boolean isVerifyOnStart() {
      return verifyOnStart;
    }

    /**
     * Sets {@code rakor.store.verify-on-start}.
     *
     * @param verifyOnStart whether to verify on start
     */
    public void setVerifyOnStart(boolean verifyOnStart) {
      this.verifyOnStart = verifyOnStart;
    }

    /**
     * The coverage verification holds the log to ({@code rakor.store.log-coverage}, default
     * EVERY_VERSION).
     *
     * @return the coverage
     */
    public LogCoverage getLogCoverage() {
      return logCoverage;
    }

    /**
     * Sets {@code rakor.store.log-coverage}.
     *
     * @param logCoverage the coverage
     */
    public void setLogCoverage(LogCoverage logCoverage) {
      this.logCoverage = Objects.requireNonNull(logCoverage, "rakor.store.log-coverage");
    }
  }

  /**
   * The coordination service ({@code rakor.service.*}).
   *
   * @since 0.1
   */
  public static class Service {
    /**
     * How many times the coordination service tries a command whose save conflicts with a
     * concurrent write (reloading and applying it again each time); 1 tries once.
     */
    private int maxAttempts = 3;

    /**
     * Whether a conflict that remains after the last attempt is returned as a Conflicted result
     * instead of thrown as a ConcurrencyConflictException.
     */
    private boolean reportConflicts = false;

    /** Creates the defaults. */
    public Service() {}

    /**
     * How many times a conflicting command is tried ({@code rakor.service.max-attempts}, default
     * 3).
     *
     * @return at least 1
     */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets {@code rakor.service.max-attempts}.
     *
     * @param maxAttempts how many times to try in all
     * @throws IllegalArgumentException if it is below 1
     */
    public void setMaxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException(
            "rakor.service.max-attempts must be at least 1, not " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
    }

    /**
     * Whether a remaining conflict is returned rather than thrown ({@code
     * rakor.service.report-conflicts}, default false).
     *
     * @return whether it is returned
     */
    public boolean isReportConflicts() {
      return reportConflicts;
    }

    /**
     * Sets {@code rakor.service.report-conflicts}.
     *
     * @param reportConflicts whether to return a remaining conflict
     */
    public void setReportConflicts(boolean reportConflicts) {
      this.reportConflicts = reportConflicts;
    }
  }

  /**
   * The actuator health indicator ({@code rakor.health.*}; turn it off with {@code
   * management.health.rakor.enabled=false}).
   *
   * @since 0.1
   */
  public static class Health {
    /**
     * How long a verification of the whole store stays fresh: the health indicator checks that the
     * store is reachable on every call, but verifies the hash chain and the aggregates again only
     * when its last verification is older than this (verifying reads the whole store). 0 verifies
     * on every call.
     */
    private Duration verifyInterval = Duration.ofMinutes(5);

    /** Creates the defaults. */
    public Health() {}

    /**
     * How long a verification stays fresh ({@code rakor.health.verify-interval}, default 5
     * minutes).
     *
     * @return the interval
     */
    public Duration getVerifyInterval() {
      return verifyInterval;
    }

    /**
     * Sets {@code rakor.health.verify-interval}.
     *
     * @param verifyInterval the interval, zero or positive
     * @throws IllegalArgumentException if it is negative
     */
    public void setVerifyInterval(Duration verifyInterval) {
      Objects.requireNonNull(verifyInterval, "rakor.health.verify-interval");
      if (verifyInterval.isNegative()) {
        throw new IllegalArgumentException(
            "rakor.health.verify-interval must not be negative, not " + verifyInterval);
      }
      this.verifyInterval = verifyInterval;
    }
  }
}
