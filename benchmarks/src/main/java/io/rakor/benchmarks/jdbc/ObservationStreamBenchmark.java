package io.rakor.benchmarks.jdbc;

import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationId;
import io.rakor.core.data.Reconciliation;
import io.rakor.core.data.ReconciliationSink;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.ObservationQuery;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.Pages;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.jdbc.JdbcStore;
import io.rakor.testkit.analysis.NationalData;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reconciliation end to end from the store: {@value #N} observations of the national stream ({@link
 * NationalData#observations}) saved in the JDBC store on PostgreSQL, then read back through the
 * store's observation query, a page of 1,000 at a time, one query per indicator, straight into the
 * streaming reconciler ({@code fromStore}), in a JVM with a 256 MB heap, so memory stays bounded;
 * against reading the same pages through the store without reconciling ({@code pagesOnly}), and
 * against reading them with raw JDBC, the store's SQL with each row's JSON read as text and not
 * parsed ({@code rawPages}, the floor). Scores are observations per second. The in-memory figure is
 * {@code ReconciliationBenchmark.streaming}.
 *
 * <p>The store returns a query's observations by period, then by id; the observations are saved
 * under ids numbered in stream order ({@code o000000001}, ...), so that within an indicator the
 * store's order is the reconciler's key order (period, then jurisdiction in code order). The set-up
 * checks that the reconciler gives the same results from the store as from the generator before
 * anything is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ObservationStreamBenchmark {
  static final int N = 300_000;

  private BenchDatabase db;
  private JdbcStore store;
  private DataReconciler reconciler;

  /** Counts what the reconciler reports. */
  static final class Counter implements ReconciliationSink {
    long keys;
    long discrepancies;
    long sources;

    @Override
    public void reconciled(Reconciliation r) {
      keys++;
      sources += r.sources().size();
      if (r.discrepancy().isPresent()) {
        discrepancies++;
      }
    }

    long checksum() {
      return keys * 1_000_003L + discrepancies * 1_009L + sources;
    }
  }

  /**
   * Saves the observations, a chunk at a time, and checks that reconciling them from the store and
   * from the generator gives the same results.
   */
  @Setup(Level.Trial)
  public void setUp() {
    setUp(N);
  }

  void setUp(int n) {
    db = BenchDatabase.start(2);
    store = JdbcStore.postgres(db.dataSource());
    reconciler = DataReconciler.of(NationalData.observationConfig());
    Iterator<Observation> stream = numbered(n);
    while (stream.hasNext()) {
      List<Observation> chunk = new ArrayList<>(5_000);
      while (stream.hasNext() && chunk.size() < 5_000) {
        chunk.add(stream.next());
      }
      store.inTransaction(
          tx -> {
            chunk.forEach(o -> tx.save(AggregateKind.OBSERVATION, o, Versioned.NONE));
            return null;
          });
    }
    db.execute("VACUUM ANALYZE");
    Counter generated = new Counter();
    reconciler.reconcileSorted(numbered(n), generated);
    Counter fromStore = new Counter();
    long read = reconciler.reconcileSorted(observations().iterator(), fromStore);
    if (read != n || generated.checksum() != fromStore.checksum()) {
      throw new IllegalStateException(
          "From the store: "
              + read
              + " observations, "
              + fromStore.keys
              + " keys; from the generator: "
              + n
              + ", "
              + generated.keys);
    }
    long raw = rawPages();
    if (raw != n) {
      throw new IllegalStateException("Raw JDBC read " + raw + " observations, not " + n);
    }
    System.out.printf("%n[observations] %d observations, %d keys%n", n, generated.keys);
  }

  /** The first {@code n} observations of the national stream, numbered in stream order. */
  private static Iterator<Observation> numbered(int n) {
    Iterator<Observation> stream = NationalData.observations(42);
    return new Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        return next < n;
      }

      @Override
      public Observation next() {
        next++;
        return stream.next().withId(ObservationId.of(String.format(Locale.ROOT, "o%09d", next)));
      }
    };
  }

  /** The stored observations in key order: one query per indicator, in indicator order. */
  private Stream<Observation> observations() {
    return NationalData.OBSERVED.stream().sorted().flatMap(this::observationsOf);
  }

  private Stream<Observation> observationsOf(IndicatorId indicator) {
    ObservationQuery q = ObservationQuery.builder().indicator(indicator).build();
    return Pages.stream(PageRequest.MAX_SIZE, p -> store.observations(q, p)).map(Versioned::value);
  }

  /**
   * Observations read from PostgreSQL through the observation query into the streaming reconciler.
   *
   * @return a checksum of what was reconciled
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long fromStore() {
    Counter counter = new Counter();
    reconciler.reconcileSorted(observations().iterator(), counter);
    return counter.checksum();
  }

  /**
   * Baseline: the same pages read, each observation's key touched, nothing reconciled.
   *
   * @return a checksum
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long pagesOnly() {
    return observations().mapToLong(o -> o.key().hashCode()).sum();
  }

  /**
   * Baseline: the same pages read with raw JDBC, in the store's SQL (keyset pages of 1,000 by
   * period start and id, one more row to learn whether a next page exists, one query per
   * indicator), each row's columns read as the store reads them, its JSON as text, not parsed.
   *
   * @return the number of rows read
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long rawPages() {
    int size = PageRequest.MAX_SIZE;
    long rows = 0;
    long checksum = 0;
    for (IndicatorId indicator : NationalData.OBSERVED.stream().sorted().toList()) {
      Object start = null;
      String id = null;
      boolean more = true;
      while (more) {
        String sql =
            "SELECT id, version, body_version, body, period_start FROM rakor_observation"
                + " WHERE indicator_id = ?"
                + (start == null ? "" : " AND (period_start, id) > (?, ?)")
                + " ORDER BY period_start, id LIMIT ?";
        try (Connection c = db.dataSource().getConnection();
            PreparedStatement ps = c.prepareStatement(sql)) {
          int i = 1;
          ps.setString(i++, indicator.value());
          if (start != null) {
            ps.setObject(i++, start);
            ps.setString(i++, id);
          }
          ps.setInt(i, size + 1);
          int read = 0;
          more = false;
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              if (read == size) {
                more = true; // the extra row: a next page exists
                break;
              }
              read++;
              id = rs.getString(1);
              checksum += rs.getLong(2) + rs.getInt(3) + rs.getString(4).length();
              start = rs.getObject(5, LocalDate.class);
            }
          }
          rows += read;
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return checksum == 0 ? -1 : rows;
  }

  /** Stops PostgreSQL. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    store.close();
    db.close();
  }
}
