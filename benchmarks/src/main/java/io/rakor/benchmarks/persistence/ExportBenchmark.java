package io.rakor.benchmarks.persistence;

import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.json.RakorJson;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.persistence.transfer.StoreTransfer;
import io.rakor.persistence.transfer.TransferSummary;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.Scenario;
import io.rakor.testkit.ScenarioSize;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
 * The export of a whole store ({@link StoreTransfer#export(RakorStore, OutputStream)}: every log
 * entry and every aggregate as JSON Lines, verifying the store as it reads it) against two
 * baselines in the same run, over the same store and the same pages of 500:
 *
 * <ul>
 *   <li>{@link #baselinePages()}: only read the pages ({@code events(from, 500)} and {@code
 *       list(kind, page)} for every kind), touching every item: the floor any export pays;
 *   <li>{@link #baselinePagesAsJson()}: read the same pages and write every entry and value as JSON
 *       with {@link RakorJson#write(Object)}, one per line: an export that neither verifies nor
 *       writes a header, an end line or the line envelopes.
 * </ul>
 *
 * <p>Everything is written to {@link OutputStream#nullOutputStream()}, so the disk is not measured.
 * The store is an {@link InMemoryStore} holding copies of a generated regency's commitments (with
 * new ids) and {@link #reportsPerCommitment} progress reports each, every aggregate created with
 * one log event naming it, so the store verifies; a national view (150,000 commitments, 3.6 million
 * reports) is estimated from the time per aggregate (see {@code docs/performance.md}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ExportBenchmark {
  /** How many commitments the store holds. */
  @Param({"10000", "100000"})
  public int commitments;

  /** How many progress reports each commitment has. */
  @Param({"4"})
  public int reportsPerCommitment;

  private static final int PAGE = 500;

  private InMemoryStore store;

  /** Fills the store once per trial and checks that it verifies, so the export does not fail. */
  @Setup(Level.Trial)
  public void setUp() {
    store = fill(commitments, reportsPerCommitment);
  }

  /**
   * A store of copies of a generated regency's commitments and reports, each created with an event.
   *
   * @param commitments how many commitments
   * @param reportsPerCommitment how many reports each
   * @return the store
   */
  static InMemoryStore fill(int commitments, int reportsPerCommitment) {
    Scenario scenario =
        Fixtures.scenario(
            20260112L, ScenarioSize.medium().withCommitments(200).withCycles(reportsPerCommitment));
    List<Commitment> base = scenario.commitments();
    List<ProgressReport> reports = scenario.reports();
    Actor actor = Actor.of(scenario.units().get(0).id(), Role.SECRETARIAT);
    InMemoryStore store = new InMemoryStore();
    Instant at = Instant.parse("2026-01-12T00:00:00Z");
    for (int from = 0; from < commitments; from += 1000) {
      List<Commitment> chunk = new ArrayList<>();
      List<ProgressReport> chunkReports = new ArrayList<>();
      List<DomainEvent> events = new ArrayList<>();
      for (int i = from; i < Math.min(commitments, from + 1000); i++) {
        Commitment c = base.get(i % base.size()).withId(CommitmentId.of("export-" + i));
        chunk.add(c);
        events.add(created(actor, at, "Commitment", c.id().value()));
        for (int r = 0; r < reportsPerCommitment; r++) {
          ProgressReport report =
              reports
                  .get((i * reportsPerCommitment + r) % reports.size())
                  .withId(ProgressReportId.of("export-" + i + "-" + r))
                  .withCommitment(c.id());
          chunkReports.add(report);
          events.add(created(actor, at, "ProgressReport", report.id().value()));
        }
      }
      store.useTransaction(
          tx -> {
            chunk.forEach(c -> tx.save(AggregateKind.COMMITMENT, c, Versioned.NONE));
            chunkReports.forEach(r -> tx.save(AggregateKind.PROGRESS_REPORT, r, Versioned.NONE));
            tx.append(events);
          });
    }
    return store;
  }

  private static DomainEvent created(Actor actor, Instant at, String kind, String id) {
    return DomainEvent.builder()
        .type(EventType.EVIDENCE_CONTRIBUTED)
        .subjectKind(kind)
        .subjectId(id)
        .actor(actor)
        .occurredAt(at)
        .fromState("ABSENT")
        .toState("PRESENT")
        .build();
  }

  /**
   * The whole export, verifying as it goes.
   *
   * @return what was exported
   */
  @Benchmark
  public TransferSummary export() {
    return StoreTransfer.defaults().export(store, OutputStream.nullOutputStream());
  }

  /**
   * Baseline: the same pages, read and touched, nothing written.
   *
   * @return a sum over the items, so nothing is optimised away
   */
  @Benchmark
  public long baselinePages() {
    long[] sum = {0};
    readPages(store, e -> sum[0] += e.sequence(), v -> sum[0] += v.version());
    return sum[0];
  }

  /**
   * Baseline: the same pages, each entry and value written with Rakor's mapper, one per line.
   *
   * @return the number of lines written
   */
  @Benchmark
  public long baselinePagesAsJson() {
    OutputStream out = OutputStream.nullOutputStream();
    long[] lines = {0};
    readPages(
        store,
        e -> {
          write(out, e);
          lines[0]++;
        },
        v -> {
          write(out, v.value());
          lines[0]++;
        });
    return lines[0];
  }

  private static void write(OutputStream out, Object value) {
    try {
      out.write(RakorJson.write(value).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a store in the pages an export reads: the log, then every kind in id order. */
  static void readPages(
      RakorStore store, Consumer<LogEntry> entries, Consumer<Versioned<?>> aggregates) {
    long from = 1;
    while (true) {
      List<LogEntry> batch = store.events(from, PAGE);
      batch.forEach(entries);
      if (batch.size() < PAGE) {
        break;
      }
      from = batch.get(batch.size() - 1).sequence() + 1;
    }
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      readKind(store, kind, aggregates);
    }
  }

  private static <T, K> void readKind(
      RakorStore store, AggregateKind<T, K> kind, Consumer<Versioned<?>> aggregates) {
    Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE));
    while (request.isPresent()) {
      Page<Versioned<T>> page = store.list(kind, request.get());
      page.items().forEach(aggregates);
      request = request.get().next(page);
    }
  }
}
