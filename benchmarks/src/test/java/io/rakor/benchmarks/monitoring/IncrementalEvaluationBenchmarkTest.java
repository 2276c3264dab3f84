package io.rakor.benchmarks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.monitoring.CycleEvaluation;
import org.junit.jupiter.api.Test;

/** The benchmark's setup checks the live evaluation against a full one (not a measurement). */
class IncrementalEvaluationBenchmarkTest {
  @Test
  void theSetupChecksEveryKindOfUpdateAndTheCheckSeesADifference() {
    IncrementalEvaluationBenchmark bench = new IncrementalEvaluationBenchmark();
    bench.commitments = 3000;
    bench.cycle = 6;
    bench.seed = 20260112;
    assertThat(bench.prepare()).matches("rtl-\\d+ \\([1-9]\\d* ancestors\\)");

    CycleEvaluation before = bench.live().snapshot();
    assertThat(bench.acceptReport()).isTrue();
    CycleEvaluation after = bench.live().snapshot();
    assertThat(IncrementalEvaluationBenchmark.difference(after, after)).isEmpty();
    assertThat(IncrementalEvaluationBenchmark.difference(after, before)).startsWith("assessment");

    assertThat(bench.changeStatus().total()).isPositive();
    assertThat(bench.prepareReport()).isNotNull();
    assertThat(bench.fullEvaluation().total()).isBetween(1, 3000);
  }
}
