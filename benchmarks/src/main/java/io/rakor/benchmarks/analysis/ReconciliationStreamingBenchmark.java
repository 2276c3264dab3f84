package io.rakor.benchmarks.analysis;

import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.Observation;
import io.rakor.core.data.Reconciliation;
import io.rakor.core.data.ReconciliationSink;
import io.rakor.testkit.analysis.NationalData;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reconciliation of a stream far larger than the heap allows to hold: 2,000,000 observations
 * generated on demand and reconciled in a JVM limited to 64 MB of heap, against the baseline of
 * generating the same stream without reconciling it. If the reconciler held its input, this run
 * would fail with {@link OutOfMemoryError}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class ReconciliationStreamingBenchmark {
  static final int N = 2_000_000;

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
   * Generates and reconciles {@value #N} observations.
   *
   * @return the number of keys reconciled
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long generateAndReconcile() {
    long[] keys = new long[1];
    DataReconciler.of(NationalData.observationConfig())
        .reconcileSorted(
            limited(NationalData.observations(42), N),
            new ReconciliationSink() {
              @Override
              public void reconciled(Reconciliation r) {
                keys[0]++;
              }
            });
    return keys[0];
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
    Iterator<Observation> it = limited(NationalData.observations(42), N);
    while (it.hasNext()) {
      sum += it.next().value();
    }
    return sum;
  }
}
