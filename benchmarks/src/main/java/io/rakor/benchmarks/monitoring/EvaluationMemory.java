package io.rakor.benchmarks.monitoring;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * The memory of the national evaluation (not a JMH benchmark; run by {@code benchmarks/memory.sh}):
 * builds the data of {@link MonitoringEvaluationBenchmark} (150,000 commitments × 24 cycles, both
 * the library's columnar {@code Portfolio} and {@code CycleReports} and the baseline's plain
 * arrays), evaluates every cycle, then measures the heap in use after a full collection with both,
 * without the library's data and without either, and prints bytes per commitment for each. Exits
 * with status 0 if the evaluation ran, so a script can search for the smallest {@code -Xmx} it runs
 * in.
 */
public final class EvaluationMemory {
  private EvaluationMemory() {}

  private static long used(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /**
   * Runs the measurement.
   *
   * @param args optionally the number of commitments (default 150000)
   */
  public static void main(String[] args) {
    MonitoringEvaluationBenchmark bench = new MonitoringEvaluationBenchmark();
    bench.commitments = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
    bench.cycles = 24;
    bench.seed = 20260112;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long empty = used(memory);
    bench.setUp();
    long[] totals = bench.evaluateAllCycles();
    long both = used(memory);
    bench.dropLibraryData();
    long baselineOnly = used(memory);
    bench.dropBaselineData();
    long none = used(memory);
    double n = bench.commitments;
    System.out.printf(
        Locale.ROOT,
        "[memory] commitments=%d cycles=24 evaluated=%d library=%.0f bytes/commitment"
            + " baseline=%.0f bytes/commitment (heap before set-up %d MB, with both %d MB)%n",
        bench.commitments,
        totals.length,
        (both - baselineOnly) / n,
        (baselineOnly - none) / n,
        empty >> 20,
        both >> 20);
  }
}
