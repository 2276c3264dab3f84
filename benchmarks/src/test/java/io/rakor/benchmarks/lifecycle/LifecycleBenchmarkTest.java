package io.rakor.benchmarks.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.persistence.jdbc.EmbeddedPostgresServer;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Every engine of the lifecycle benchmark ends a small workload alike (not a measurement). */
class LifecycleBenchmarkTest {
  private static final LifecycleWorkload WORKLOAD = LifecycleWorkload.of(30);

  private static Map<String, String> run(String engine, int threads) {
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    try (LifecycleEngine e = Engines.open(engine, WORKLOAD, EmbeddedPostgresServer::shared)) {
      assertThat(Engines.run(e, WORKLOAD, pool, threads)).isEqualTo(30 * 7);
      return e.states();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void rakorOnEveryStoreAndFlowableEndInTheSameStates() {
    Map<String, String> expected = WORKLOAD.expectedStates();
    assertThat(expected).hasSize(30).containsEntry("lc-000000", "COMPLETED 25.0 35.0 45.0");
    Map<String, String> flowable = run(Engines.FLOWABLE_H2_FILE, 1);
    assertThat(flowable).isEqualTo(expected);
    assertThat(run(Engines.RAKOR_MEMORY, 1)).isEqualTo(flowable);
    assertThat(run(Engines.RAKOR_H2_FILE, 1)).isEqualTo(flowable);
    assertThat(run(Engines.RAKOR_POSTGRES, 1)).isEqualTo(flowable);
  }

  @Test
  void severalThreadsEndTheSameAsOne() {
    assertThat(run(Engines.RAKOR_H2_FILE, 4)).isEqualTo(WORKLOAD.expectedStates());
    assertThat(run(Engines.RAKOR_POSTGRES, 2)).isEqualTo(WORKLOAD.expectedStates());
    assertThat(run(Engines.RAKOR_MEMORY, 4)).isEqualTo(WORKLOAD.expectedStates());
  }

  @Test
  void theBenchmarkChecksItsEngineBeforeTiming() {
    LifecycleBenchmark bench = new LifecycleBenchmark();
    bench.engine = Engines.RAKOR_H2_FILE;
    bench.commitments = 20;
    bench.threads = 2;
    bench.setUpTrial();
    try {
      bench.setUpIteration();
      assertThat(bench.lifecycle()).isEqualTo(140);
      bench.tearDownIteration();
    } finally {
      try {
        bench.tearDownTrial();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
