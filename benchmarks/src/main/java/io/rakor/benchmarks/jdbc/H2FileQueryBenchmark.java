package io.rakor.benchmarks.jdbc;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.units.UnitId;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The commitment queries of {@link JdbcCommitmentQueryBenchmark} on the H2 file store: the first
 * page of 50 for the busiest lead, the busiest supporting unit ({@code involving}), a
 * sub-district's subtree in progress or agreed, a one-month due window, a page from the middle of
 * everything, and a load by id; sampled latencies in milliseconds. The store holds {@code
 * commitments} commitments: the generated commitments of {@link BenchDatabase#commitments} saved
 * through the store, then copies of them under new ids, all through the store (so the key rows are
 * the store's own), in a new H2 file per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class H2FileQueryBenchmark {
  /** How many commitments the store holds. */
  @Param("100000")
  public int commitments;

  private static final int PAGE = 50;

  private Path directory;
  private JdbcStore store;
  private CommitmentQueries queries;
  private PageRequest deepPage;
  private CommitmentId someId;

  /** Fills a new H2 file through the store and picks the queries. */
  @Setup(Level.Trial)
  public void fill() throws IOException {
    directory = Files.createTempDirectory("rakor-h2-query-bench-");
    store = JdbcStore.h2File(directory.resolve("rakor"));
    List<Commitment> base = BenchDatabase.commitments(4);
    List<Commitment> all = new ArrayList<>(commitments);
    for (int copy = 0; all.size() < commitments; copy++) {
      for (Commitment c : base) {
        if (all.size() == commitments) {
          break;
        }
        all.add(copy == 0 ? c : c.withId(CommitmentId.of(c.id().value() + "-copy" + copy)));
      }
    }
    for (int from = 0; from < all.size(); from += 1000) {
      List<Commitment> chunk = all.subList(from, Math.min(all.size(), from + 1000));
      store.useTransaction(tx -> chunk.forEach(c -> tx.save(AggregateKind.COMMITMENT, c, 0)));
    }
    queries = new CommitmentQueries(base);
    Commitment middle = CommitmentQueries.middle(all);
    deepPage = PageRequest.after(PAGE, CommitmentQuery.cursorOf(middle));
    someId = middle.id();
    UnitId lead = queries.sample.lead();
    int expected = (int) Math.min(PAGE, all.stream().filter(c -> c.lead().equals(lead)).count());
    if (store.commitments(queries.byLead, PageRequest.first(PAGE)).items().size() != expected) {
      throw new IllegalStateException("expected " + expected + " commitments of " + lead);
    }
  }

  /**
   * The busiest lead's first page.
   *
   * @return the page
   */
  @Benchmark
  public Page<Versioned<Commitment>> byLead() {
    return store.commitments(queries.byLead, PageRequest.first(PAGE));
  }

  /**
   * The busiest supporting unit's first page (lead or supporter).
   *
   * @return the page
   */
  @Benchmark
  public Page<Versioned<Commitment>> involving() {
    return store.commitments(queries.involving, PageRequest.first(PAGE));
  }

  /**
   * A sub-district's subtree, in progress or agreed.
   *
   * @return the page
   */
  @Benchmark
  public Page<Versioned<Commitment>> withinSubDistrictInProgress() {
    return store.commitments(queries.withinSubDistrictInProgress, PageRequest.first(PAGE));
  }

  /**
   * A one-month due window.
   *
   * @return the page
   */
  @Benchmark
  public Page<Versioned<Commitment>> dueInAMonth() {
    return store.commitments(queries.dueInAMonth, PageRequest.first(PAGE));
  }

  /**
   * Everything, the page after a cursor in the middle (keyset).
   *
   * @return the page
   */
  @Benchmark
  public Page<Versioned<Commitment>> allFromTheMiddle() {
    return store.commitments(CommitmentQuery.all(), deepPage);
  }

  /**
   * One commitment by id.
   *
   * @return it
   */
  @Benchmark
  public Optional<Versioned<Commitment>> loadById() {
    return store.load(AggregateKind.COMMITMENT, someId);
  }

  /** Closes the store and deletes the file. */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    store.close();
    try (var files = Files.walk(directory)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
