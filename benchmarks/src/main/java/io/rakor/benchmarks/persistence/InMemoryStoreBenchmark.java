package io.rakor.benchmarks.persistence;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.Cursor;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.Scenario;
import io.rakor.testkit.ScenarioSize;
import java.util.ArrayList;
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
 * One page of a commitment query from the in-memory reference store (an index in the query's order,
 * walked from the cursor) against the baseline a naive store would run: filter every commitment,
 * sort the matches, skip to the cursor. Same data, same query, same cursor (the middle of the
 * results), pages of 50.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class InMemoryStoreBenchmark {
  /** How many commitments the store holds. */
  @Param({"20000", "100000"})
  public int size;

  /** {@code all} or {@code unit} (commitments one unit leads or supports). */
  @Param({"all", "unit"})
  public String query;

  private static final int PAGE = 50;

  private InMemoryStore store;
  private List<Commitment> everything;
  private CommitmentQuery criteria;
  private PageRequest middle;

  /** Fills the store once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Scenario scenario =
        Fixtures.scenario(
            7, ScenarioSize.medium().withAgencies(40).withCommitments(200).withCycles(1));
    store = new InMemoryStore();
    everything = new ArrayList<>(size);
    List<Commitment> base = scenario.commitments();
    for (int i = 0; i < size; i++) {
      Commitment b = base.get(i % base.size());
      Commitment c =
          b.withId(CommitmentId.of("bench-" + i))
              .withDue(b.due().plusDays((i / base.size()) % 400));
      everything.add(c);
    }
    for (int from = 0; from < size; from += 5000) {
      List<Commitment> chunk = everything.subList(from, Math.min(size, from + 5000));
      store.useTransaction(
          tx -> {
            chunk.forEach(c -> tx.save(AggregateKind.COMMITMENT, c, Versioned.NONE));
          });
    }
    criteria =
        query.equals("all")
            ? CommitmentQuery.all()
            : CommitmentQuery.builder().involving(base.get(0).lead()).build();
    List<Commitment> matching =
        everything.stream().filter(criteria::matches).sorted(CommitmentQuery.ORDER).toList();
    middle = PageRequest.after(PAGE, CommitmentQuery.cursorOf(matching.get(matching.size() / 2)));
  }

  /**
   * The reference store's keyset page.
   *
   * @return the page
   */
  @Benchmark
  public Page<Versioned<Commitment>> keysetPage() {
    return store.commitments(criteria, middle);
  }

  /**
   * The baseline: filter all, sort, skip to the cursor, take a page.
   *
   * @return the page's items
   */
  @Benchmark
  public List<Commitment> baselineFilterSortSkip() {
    Cursor cursor = middle.after().orElseThrow();
    return everything.stream()
        .filter(criteria::matches)
        .sorted(CommitmentQuery.ORDER)
        .filter(c -> CommitmentQuery.isAfter(c, cursor))
        .limit(PAGE)
        .toList();
  }
}
