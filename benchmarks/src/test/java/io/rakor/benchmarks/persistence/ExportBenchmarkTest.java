package io.rakor.benchmarks.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.persistence.transfer.TransferSummary;
import org.junit.jupiter.api.Test;

/** The benchmark's store verifies and its three methods read the same items (not a measurement). */
class ExportBenchmarkTest {
  @Test
  void theExportAndBothBaselinesCoverTheSameStore() {
    ExportBenchmark bench = new ExportBenchmark();
    bench.commitments = 60;
    bench.reportsPerCommitment = 3;
    bench.setUp();
    TransferSummary exported = bench.export();
    assertThat(exported.aggregates()).isEqualTo(60 + 60 * 3);
    assertThat(exported.events()).isEqualTo(exported.aggregates());
    assertThat(bench.baselinePagesAsJson()).isEqualTo(exported.aggregates() + exported.events());
    assertThat(bench.baselinePages()).isPositive();
    assertThat(StoreVerifier.defaults().verify(ExportBenchmark.fill(60, 3)).intact()).isTrue();
  }
}
