package io.rakor.benchmarks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The H2 file benchmarks set up and do their work (not a measurement). */
class H2FileBenchmarksTest {
  @Test
  void bulkSaveWritesAsManyRowsThroughTheStoreAsRaw() throws Exception {
    H2FileBulkSaveBenchmark bench = new H2FileBulkSaveBenchmark();
    bench.batch = 20;
    bench.start();
    try {
      bench.prepare();
      assertThat(bench.storeBulkSave()).isEqualTo(20);
      assertThat(bench.rawBatchInsert()).isEqualTo(20);
    } finally {
      bench.stop();
    }
  }

  @Test
  void everyQueryAnswersAPage() throws Exception {
    H2FileQueryBenchmark bench = new H2FileQueryBenchmark();
    bench.commitments = 2_500;
    bench.fill();
    try {
      assertThat(bench.byLead().items()).isNotEmpty();
      assertThat(bench.involving().items()).isNotEmpty();
      assertThat(bench.withinSubDistrictInProgress().items()).isNotEmpty();
      assertThat(bench.dueInAMonth().items()).isNotEmpty();
      assertThat(bench.allFromTheMiddle().items()).hasSize(50);
      assertThat(bench.loadById()).isPresent();
    } finally {
      bench.stop();
    }
  }
}
