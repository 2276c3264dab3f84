package io.rakor.benchmarks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.overlaps.OverlapFinder;
import io.rakor.core.overlaps.OverlapRules;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL peer counts the finder's pairs (the set-up checks it too; not a measurement). */
class SqlOverlapBenchmarkTest {
  private static void check(String matching) throws IOException {
    SqlOverlapBenchmark bench = new SqlOverlapBenchmark();
    bench.size = 3000;
    bench.areaMatching = matching;
    bench.setUp();
    try {
      long pairs = bench.rakor();
      assertThat(pairs).isPositive();
      assertThat(bench.sql()).isEqualTo(pairs);
    } finally {
      bench.tearDown();
    }
  }

  @Test
  void theExactQueryFindsTheFindersPairs() throws IOException {
    check("EXACT");
  }

  @Test
  void theDefaultRulesQueryFindsTheFindersPairs() throws IOException {
    check("NESTED");
  }

  @Test
  void theDefaultRulesDataHoldsPairsOnlyTheRelatedAreasFind() {
    List<Commitment> portfolio = SqlOverlapBenchmark.portfolio(3000);
    long withRelations = OverlapFinder.defaults().find(portfolio).totalPairs();
    long without =
        OverlapFinder.of(OverlapRules.builder().relatedAreas(List.of()).build())
            .find(portfolio)
            .totalPairs();
    assertThat(withRelations).isGreaterThan(without);
  }
}
