package io.rakor.benchmarks.analysis;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.overlaps.OverlapFinder;
import io.rakor.core.overlaps.OverlapReport;
import io.rakor.testkit.analysis.NationalData;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The indexed overlap finder against the all-pairs baseline, on the same national-scale portfolio
 * ({@link NationalData#portfolio}), at sizes where the baseline can still finish. Both apply the
 * same pairwise rule ({@link OverlapFinder#compare}); the baseline calls it on every pair.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class OverlapBenchmark {
  /** Portfolio size. */
  @Param({"1000", "2000", "4000", "8000"})
  public int size;

  private List<Commitment> portfolio;
  private OverlapFinder finder;

  /** Builds the portfolio once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    portfolio = NationalData.portfolio(42, size);
    finder = OverlapFinder.defaults();
  }

  /**
   * The indexed finder.
   *
   * @return the report
   */
  @Benchmark
  public OverlapReport indexed() {
    return finder.find(portfolio);
  }

  /**
   * The baseline: the pairwise rule on all {@code n(n-1)/2} pairs.
   *
   * @return the number of overlapping pairs
   */
  @Benchmark
  public long allPairs() {
    long pairs = 0;
    for (int i = 0; i < portfolio.size(); i++) {
      Commitment a = portfolio.get(i);
      for (int j = i + 1; j < portfolio.size(); j++) {
        if (finder.compare(a, portfolio.get(j)).isPresent()) {
          pairs++;
        }
      }
    }
    return pairs;
  }
}
