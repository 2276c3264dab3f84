package io.rakor.benchmarks.analysis;

import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.Observation;
import io.rakor.testkit.analysis.NationalData;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reconciliation of a stream far larger than the heap allows to hold: 2,000,000 observations
 * generated on demand and reconciled in a JVM limited to 64 MB of heap, against the baseline of
 * generating the same stream without reconciling it. If the reconciler held its input, this run
 * would fail with {@link OutOfMemoryError}. The set-up reconciles the stream once and checks its
 * keys, observations and discrepancies against a brute-force count of the same stream ({@link
 * ReconciliationCounts#streamed}) before anything is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class ReconciliationStreamingBenchmark {
  static final int N = 2_000_000;

  /** How many observations each operation reads; smaller only in the set-up's own test. */
  int observations = N;

  private static Iterator<Observation> limited(Iterator<Observation> stream, int n) {
    return new Iterator<>() {
      int left = n;

      @Override
      public boolean hasNext() {
        return left > 0;
      }

      @Override
      public Observation next() {
        left--;
        return stream.next();
      }
    };
  }

  /**
   * Checks, once per trial, that the reconciler finds in the stream the keys and discrepancies a
   * brute-force count finds.
   */
  @Setup(Level.Trial)
  public void setUp() {
    ReconciliationCounts.Counter counter = reconcile();
    ReconciliationCounts expected =
        ReconciliationCounts.streamed(
            limited(NationalData.observations(42), observations), NationalData.observationConfig());
    if (counter.keys != expected.keys()
        || counter.sources != expected.sources()
        || counter.discrepancies != expected.discrepancies()) {
      throw new IllegalStateException(
          "Reconciled "
              + counter.counts()
              + "; expected the keys, sources and discrepancies of "
              + expected);
    }
  }

  private ReconciliationCounts.Counter reconcile() {
    ReconciliationCounts.Counter counter = new ReconciliationCounts.Counter();
    DataReconciler.of(NationalData.observationConfig())
        .reconcileSorted(limited(NationalData.observations(42), observations), counter);
    return counter;
  }

  /**
   * Generates and reconciles {@value #N} observations.
   *
   * @return a checksum of what was reconciled
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long generateAndReconcile() {
    return reconcile().checksum();
  }

  /**
   * Baseline: generates the same observations without reconciling them.
   *
   * @return a checksum
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public double generateOnly() {
    double sum = 0;
    Iterator<Observation> it = limited(NationalData.observations(42), observations);
    while (it.hasNext()) {
      sum += it.next().value();
    }
    return sum;
  }
}
