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
 * The indexed overlap finder on a doubling series of national-scale portfolios, up to 400,000
 * commitments: time per run should roughly double with each doubling of size (linear growth), where
 * the all-pairs baseline would quadruple.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class OverlapScalingBenchmark {
  /** Portfolio size. */
  @Param({"25000", "50000", "100000", "150000", "200000", "400000"})
  public int size;

  private List<Commitment> portfolio;
  private OverlapFinder finder;

  /** Builds the portfolio once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    portfolio = NationalData.portfolio(42, size);
    finder = OverlapFinder.defaults();
    OverlapReport report = finder.find(portfolio);
    System.out.printf(
        "%n[overlaps] size=%d pairs=%d clusters=%d%n",
        size, report.totalPairs(), report.clusters().size());
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
}
