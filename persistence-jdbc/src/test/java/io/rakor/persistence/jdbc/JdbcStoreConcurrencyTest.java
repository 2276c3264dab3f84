package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.ConcurrencyConflictException;
import io.rakor.persistence.Versioned;
import io.rakor.testkit.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Concurrent writers from several threads and several store instances on one database lose no
 * update: each increments a counter kept in one commitment (its weight) and appends an event, by
 * load, change, save with the loaded version, retrying on a conflict after a short random pause (as
 * a client should: six writers retrying at once on one row can keep failing one another), at most
 * {@value #MAX_ATTEMPTS} times per increment, so that a store that never lets a writer through
 * fails the test instead of holding the build.
 */
class JdbcStoreConcurrencyTest {
  private static final int STORES = 2;
  private static final int THREADS_PER_STORE = 3;
  private static final int INCREMENTS_PER_THREAD = 15;
  private static final int MAX_ATTEMPTS = 1_000;

  @RegisterExtension
  final RakorDatabaseExtension postgres =
      RakorDatabaseExtension.postgres().withPoolSize(THREADS_PER_STORE);

  @RegisterExtension
  final RakorDatabaseExtension h2 = RakorDatabaseExtension.h2().withPoolSize(THREADS_PER_STORE);

  private static void noUpdateIsLost(List<JdbcStore> stores) throws Exception {
    Commitment counter = withWeight(Fixtures.scenario(21).commitments().get(0), 1.0);
    stores.get(0).save(AggregateKind.COMMITMENT, counter, 0);
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(STORES * THREADS_PER_STORE);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (JdbcStore store : stores) {
        for (int t = 0; t < THREADS_PER_STORE; t++) {
          futures.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < INCREMENTS_PER_THREAD; i++) {
                      incrementWithRetry(store, counter, conflicts);
                    }
                    return null;
                  }));
        }
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    int total = STORES * THREADS_PER_STORE * INCREMENTS_PER_THREAD;
    Versioned<Commitment> end =
        stores.get(1).load(AggregateKind.COMMITMENT, counter.id()).orElseThrow();
    assertThat(end.value().weight()).isEqualTo(1.0 + total);
    assertThat(end.version()).isEqualTo(1L + total);
    List<LogEntry> log = stores.get(0).events(1, 1000);
    assertThat(log).hasSize(total);
    assertThat(log).extracting(LogEntry::sequence).doesNotHaveDuplicates();
    assertThat(ChainVerifier.verify(log).intact()).isTrue();
    // Contention really happened, so the test exercised the conflict path.
    assertThat(conflicts.get()).isPositive();
  }

  private static void incrementWithRetry(
      JdbcStore store, Commitment counter, AtomicInteger conflicts) throws InterruptedException {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        store.inTransaction(
            tx -> {
              Versioned<Commitment> now =
                  tx.load(AggregateKind.COMMITMENT, counter.id()).orElseThrow();
              Commitment next = withWeight(now.value(), now.value().weight() + 1);
              tx.save(AggregateKind.COMMITMENT, next, now.version());
              return tx.append(List.of(incremented(next)));
            });
        return;
      } catch (ConcurrencyConflictException e) {
        conflicts.incrementAndGet();
        Thread.sleep(ThreadLocalRandom.current().nextInt(Math.min(attempt, 10) + 1));
      }
    }
    throw new AssertionError(
        "no increment of " + counter.id() + " got through in " + MAX_ATTEMPTS + " attempts");
  }

  /** The commitment with another weight (the counter these tests increment). */
  static Commitment withWeight(Commitment c, double weight) {
    return Commitment.builder().from(c).weight(weight).build();
  }

  /** The event recording an increment of the counter {@code c}, its weight in the details. */
  static DomainEvent incremented(Commitment c) {
    return DomainEvent.builder()
        .type(EventType.PROGRESS_REPORTED)
        .subjectKind("Commitment")
        .subjectId(c.id().value())
        .actor(Actor.of(c.lead(), Role.LEAD_UNIT))
        .occurredAt(Instant.parse("2026-02-01T00:00:00Z"))
        .fromState(c.status().name())
        .toState(c.status().name())
        .putDetail("weight", Double.toString(c.weight()))
        .build();
  }

  @Test
  void concurrentWritersLoseNoUpdateOnPostgres() throws Exception {
    RakorDatabaseExtension.Database database = postgres.database();
    List<JdbcStore> stores = new ArrayList<>();
    for (int s = 0; s < STORES; s++) {
      stores.add(JdbcStore.postgres(database.newDataSource(THREADS_PER_STORE)));
    }
    noUpdateIsLost(stores);
  }

  @Test
  void concurrentWritersLoseNoUpdateOnH2() throws Exception {
    RakorDatabaseExtension.Database database = h2.database();
    List<JdbcStore> stores = new ArrayList<>();
    for (int s = 0; s < STORES; s++) {
      stores.add(JdbcStore.builder(database.newDataSource(THREADS_PER_STORE)).build());
    }
    noUpdateIsLost(stores);
  }
}
