package io.rakor.spring.boot.health;

import io.rakor.core.audit.LogEntry;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.integrity.Mismatch;
import io.rakor.persistence.integrity.StoreVerification;
import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.persistence.jdbc.JdbcStore;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of a Rakor store: {@code UP} when the store answers and its last verification found it
 * whole, {@code DOWN} when it cannot be reached or was found damaged (with the verification's
 * summary and its first mismatches as details).
 *
 * <p>Every call reads the head of the event log, so an unreachable database shows at once.
 * Verifying reads the whole store, so a verification is reused until it is older than the interval
 * it was given ({@code rakor.health.verify-interval}); zero verifies on every call. A {@link
 * JdbcStore} is verified with its own {@link JdbcStore#verify()} (against the head it records); any
 * other store with the verifier given. Thread-safe: concurrent calls share one verification.
 *
 * @since 0.1
 */
public class RakorHealthIndicator implements HealthIndicator {
  private static final int MISMATCHES_SHOWN = 10;

  private final RakorStore store;
  private final StoreVerifier verifier;
  private final long intervalNanos;
  private StoreVerification last;
  private Instant lastAt;
  private long lastNanos;

  /**
   * An indicator for a store.
   *
   * @param store the store
   * @param verifier the verifier of a store that is not a {@link JdbcStore}
   * @param verifyInterval how long a verification is reused; zero verifies on every call
   * @throws IllegalArgumentException if the interval is negative
   */
  public RakorHealthIndicator(RakorStore store, StoreVerifier verifier, Duration verifyInterval) {
    this.store = Objects.requireNonNull(store, "store");
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    if (verifyInterval.isNegative()) {
      throw new IllegalArgumentException(
          "the verify interval must not be negative, not " + verifyInterval);
    }
    this.intervalNanos = verifyInterval.toNanos();
  }

  @Override
  public Health health() {
    long lastSequence;
    try {
      lastSequence = store.lastEvent().map(LogEntry::sequence).orElse(0L);
    } catch (RuntimeException e) {
      return Health.down(e).withDetail("store", store.toString()).build();
    }
    Health.Builder health;
    synchronized (this) {
      try {
        if (last == null || System.nanoTime() - lastNanos >= intervalNanos) {
          last = verify();
          lastNanos = System.nanoTime();
          lastAt = Instant.now();
        }
      } catch (RuntimeException e) {
        return Health.down(e).withDetail("store", store.toString()).build();
      }
      health = last.intact() ? Health.up() : Health.down();
      health
          .withDetail("store", store.toString())
          .withDetail("lastSequence", lastSequence)
          .withDetail("verifiedAt", lastAt.toString())
          .withDetail("verification", verificationDetails(last));
    }
    return health.build();
  }

  private StoreVerification verify() {
    return store instanceof JdbcStore jdbc ? jdbc.verify() : verifier.verify(store);
  }

  private static Map<String, Object> verificationDetails(StoreVerification v) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("intact", v.intact());
    details.put("coverage", v.coverage().name());
    details.put("aggregates", v.aggregates());
    details.put("events", v.events());
    details.put("mismatchCount", v.mismatchCount());
    if (!v.intact()) {
      details.put(
          "mismatches",
          v.mismatches().stream().limit(MISMATCHES_SHOWN).map(Mismatch::toString).toList());
    }
    return details;
  }
}
