package io.rakor.examples;

import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.meetings.MeetingCommand;
import io.rakor.core.monitoring.CycleCommand;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.CommandRejectedException;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.ProgressReportQuery;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.jdbc.JdbcStore;
import io.rakor.persistence.service.Batch;
import io.rakor.persistence.service.CommandResult;
import io.rakor.persistence.service.ConflictMode;
import io.rakor.persistence.service.CoordinationService;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The Lampung Utara example kept in a store: saves the meeting's data into the JDBC store (an
 * embedded H2 file under {@code target/rakor-data/}, a new one for each run, or the PostgreSQL
 * database named by the system property {@value #JDBC_URL_PROPERTY}) through the {@link
 * CoordinationService} (the master data created, the meeting of 12 January and its commitments
 * imported with a reason, the monitoring plan and cycle created), drives a few commands (approving
 * the minutes, starting work, reporting progress, a refused command, a stale write, closing the
 * cycle), runs the queries a monitoring screen needs, evaluates the cycle through the store and
 * verifies the event log's hash chain.
 */
public final class StoreWalkthrough {
  /**
   * The system property with a JDBC URL ({@code jdbc:postgresql://host:5432/db}) to run on instead
   * of the embedded H2 file; the database should be empty. {@code rakor.jdbcUser} and {@code
   * rakor.jdbcPassword} give the credentials.
   */
  public static final String JDBC_URL_PROPERTY = "rakor.jdbcUrl";

  /** Why the rakor's record is imported rather than created, as the log keeps it. */
  static final String IMPORT_REASON =
      "Rakor lintas sektor 12 Januari 2026, dicatat dari notulen setelah rapat";

  private static final AtomicInteger RUNS = new AtomicInteger();

  private StoreWalkthrough() {}

  /**
   * The store the walkthrough runs on: PostgreSQL (or any JDBC URL the store accepts) if {@value
   * #JDBC_URL_PROPERTY} is set, otherwise a new H2 file {@code
   * target/rakor-data/lampung-utara-<pid>-<run>.mv.db}.
   *
   * @return the store
   */
  static JdbcStore openStore() {
    String url = System.getProperty(JDBC_URL_PROPERTY, "");
    if (!url.isBlank()) {
      return JdbcStore.open(
          url,
          System.getProperty("rakor.jdbcUser", ""),
          System.getProperty("rakor.jdbcPassword", ""),
          4);
    }
    // A new file for each run (the example creates its aggregates, so it needs an empty store).
    Path file =
        Path.of(
            "target",
            "rakor-data",
            "lampung-utara-" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet());
    return JdbcStore.h2File(file);
  }

  /**
   * Runs the walkthrough on its own.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(LampungUtara.build(), System.out);
  }

  /**
   * Runs the walkthrough and prints what happened.
   *
   * @param rakor the example's data
   * @param out where to print
   * @return the store, for a caller that wants to look further
   */
  public static RakorStore run(LampungUtara rakor, PrintStream out) {
    MonitoringCycle february =
        MonitoringCycle.builder()
            .id(CycleId.of("lu.monev-2026-02"))
            .plan(rakor.monitoringPlan().id())
            .sequence(1)
            .periodStart(LocalDate.of(2026, 2, 1))
            .periodEnd(LocalDate.of(2026, 3, 1))
            .reportDue(ZonedDateTime.of(2026, 3, 11, 0, 0, 0, 0, LampungUtara.WIB))
            .build();
    // "Now" is the day after February's reports were due.
    Clock clock = Clock.fixed(february.reportDue().plusDays(1).toInstant(), LampungUtara.WIB);
    JdbcStore store = openStore();
    CoordinationService service = CoordinationService.builder(store).clock(clock).build();

    out.println();
    out.println(
        "== The rakor in a store (JDBC store on "
            + store.database()
            + ", coordination service) ==");
    // Bappeda runs the rakor's secretariat and its monitoring: it enters the records.
    Actor secretariat = Actor.of(rakor.monitoringPlan().owner(), Role.SECRETARIAT);
    // The master data is created: one AGGREGATE_CREATED event each, naming Bappeda.
    service.createAll(
        Batch.builder()
            .addAll(AggregateKind.JURISDICTION, rakor.jurisdictions())
            .addAll(AggregateKind.UNIT, List.copyOf(rakor.units().values()))
            .add(AggregateKind.FORUM, rakor.forkopimda())
            .add(AggregateKind.OFFICIAL, rakor.bupati())
            .addAll(AggregateKind.INDICATOR, rakor.indicators())
            .build(),
        secretariat);
    // The rakor of 12 January was held before the system was used: its record is concluded and its
    // commitments agreed. Creating it so is refused; it is imported, with the reason in the log.
    try {
      service.create(AggregateKind.MEETING, rakor.meeting(), secretariat);
    } catch (CommandRejectedException refused) {
      out.println("Creating the concluded rakor: " + refused.getMessage());
    }
    service.importAll(
        Batch.builder()
            .addAll(
                AggregateKind.PRIORITY, rakor.priorities()) // they and the meeting name each other
            .add(AggregateKind.MEETING, rakor.meeting())
            .addAll(AggregateKind.COMMITMENT, rakor.commitments())
            .build(),
        secretariat,
        IMPORT_REASON);
    // Monitoring starts in the system: the plan is created, and February's cycle, OPEN.
    service.create(AggregateKind.MONITORING_PLAN, rakor.monitoringPlan(), secretariat);
    service.create(AggregateKind.MONITORING_CYCLE, february, secretariat);
    out.println("Saved: " + store);

    Actor chair = Actor.of(LampungUtara.PEMKAB, rakor.bupati().id(), Role.CHAIR);
    out.println();
    out.println("Commands:");
    report(
        out,
        "the chair approves the minutes",
        service.execute(
            rakor.meeting().id(),
            MeetingCommand.approveMinutes(
                Optional.of("Notulen rapat koordinasi lintas sektor, 12 Januari 2026.")),
            chair));

    Commitment first = rakor.commitments().get(0);
    Commitment second = rakor.commitments().get(1);
    Actor firstLead = Actor.of(first.lead(), Role.LEAD_UNIT);
    report(
        out,
        rakor.unit(first.lead()).displayName() + " starts work on " + first.id(),
        service.execute(first.id(), CommitmentCommand.startWork(), firstLead));
    report(
        out,
        rakor.unit(first.lead()).displayName() + " reports 20% on " + first.id(),
        service.execute(
            first.id(),
            CommitmentCommand.reportProgress(progress(first, february, 20, "lap-1")),
            firstLead));
    report(
        out,
        rakor.unit(second.lead()).displayName() + " reports 5% on " + second.id(),
        service.execute(
            second.id(),
            CommitmentCommand.reportProgress(progress(second, february, 5, "lap-2")),
            Actor.of(second.lead(), Role.LEAD_UNIT)));
    report(
        out,
        rakor.unit(second.lead()).displayName() + " tries to verify its own completion",
        service.execute(
            second.id(),
            CommitmentCommand.verifyCompletion(),
            Actor.of(second.lead(), Role.LEAD_UNIT)));
    report(
        out,
        "a screen still showing " + first.id() + " at version 1 tries to cancel it",
        service
            .withConflictMode(ConflictMode.reporting())
            .execute(first.id(), 1, CommitmentCommand.cancel("Duplikasi program"), chair));
    report(
        out,
        rakor.unit(secretariat.unit()).displayName() + " closes " + february.id(),
        service.execute(february.id(), CycleCommand.close(), secretariat));

    out.println();
    out.println("Queries:");
    CommitmentQuery dinkes = CommitmentQuery.builder().involving(LampungUtara.DINKES).build();
    out.println(
        "  commitments Dinkes leads or supports: " + ids(all(store, dinkes, PageRequest.MAX_SIZE)));
    CommitmentQuery inRegency =
        CommitmentQuery.builder().within(LampungUtara.LAMPUNG_UTARA).build();
    Optional<PageRequest> request = Optional.of(PageRequest.first(3));
    int number = 1;
    while (request.isPresent()) {
      Page<Versioned<Commitment>> page = store.commitments(inRegency, request.get());
      out.printf(
          "  in Lampung Utara by due date, page %d: %s%s%n",
          number++, ids(page.items()), page.next().map(c -> "  (next after " + c + ")").orElse(""));
      request = request.get().next(page);
    }
    Page<Versioned<ProgressReport>> reports =
        store.progressReports(ProgressReportQuery.forCycle(february.id()), PageRequest.first(50));
    for (Versioned<ProgressReport> r : reports.items()) {
      out.printf(
          "  report %s on %s: %.0f%%%n",
          r.value().id(), r.value().commitment(), r.value().progressPercent());
    }

    CycleEvaluation evaluation = service.assessHealth(february.id());
    out.println();
    out.println("Evaluation of " + february.id() + " read through the store:");
    out.println("  " + evaluation.summary());
    evaluation
        .escalations()
        .forEach(a -> out.println("  escalate " + a.commitment() + ": " + a.health()));

    List<LogEntry> log = wholeLog(store);
    out.println();
    out.println("Event log (" + log.size() + " entries, one for each stored version):");
    Map<EventType, Long> byType =
        log.stream()
            .collect(
                Collectors.groupingBy(
                    e -> e.event().type(),
                    () -> new EnumMap<>(EventType.class),
                    Collectors.counting()));
    out.println("  " + byType);
    log.stream()
        .filter(e -> e.event().type() == EventType.AGGREGATE_IMPORTED)
        .findFirst()
        .ifPresent(e -> out.println("  first import: " + e.sequence() + " " + e.event()));
    for (LogEntry e : log) {
      EventType type = e.event().type();
      if (type != EventType.AGGREGATE_CREATED && type != EventType.AGGREGATE_IMPORTED
          || "ProgressReport".equals(e.event().subjectKind())
          || "MonitoringCycle".equals(e.event().subjectKind())) {
        out.println("  " + e.sequence() + " " + e.hash().substring(0, 12) + "  " + e.event());
      }
    }
    out.println("Hash chain: " + ChainVerifier.verify(log).explanation());
    return store;
  }

  /** Every entry of the log, read page by page. */
  static List<LogEntry> wholeLog(RakorStore store) {
    List<LogEntry> log = new ArrayList<>();
    List<LogEntry> page = store.events(1, PageRequest.MAX_SIZE);
    while (!page.isEmpty()) {
      log.addAll(page);
      page = store.events(log.size() + 1L, PageRequest.MAX_SIZE);
    }
    return log;
  }

  private static ProgressReport progress(
      Commitment c, MonitoringCycle cycle, double percent, String id) {
    return ProgressReport.builder()
        .id(ProgressReportId.of("lu." + id))
        .commitment(c.id())
        .cycle(cycle.id())
        .reportingUnit(c.lead())
        .submittedAt(cycle.reportDue().minusDays(2).toInstant())
        .progressPercent(percent)
        .narrative("Laporan kemajuan bulan Februari 2026")
        .build();
  }

  private static void report(PrintStream out, String what, CommandResult<?> result) {
    String outcome;
    if (result instanceof CommandResult.Applied<?> a) {
      outcome =
          "applied, now version "
              + a.value().version()
              + ", "
              + a.entries().size()
              + (a.entries().size() == 1 ? " event" : " events");
    } else if (result instanceof CommandResult.Rejected<?> r) {
      outcome = "REJECTED (" + r.rejection().rule() + "): " + r.rejection().explanation();
    } else {
      outcome = "CONFLICT: " + ((CommandResult.Conflicted<?>) result).conflict().getMessage();
    }
    out.println("  " + what + ": " + outcome);
  }

  private static List<Versioned<Commitment>> all(
      RakorStore store, CommitmentQuery query, int size) {
    return store.commitments(query, PageRequest.first(size)).items();
  }

  private static List<String> ids(List<Versioned<Commitment>> items) {
    return items.stream().map(v -> v.value().id().value()).toList();
  }
}
