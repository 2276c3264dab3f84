package io.rakor.examples;

import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.meetings.MeetingCommand;
import io.rakor.core.monitoring.CycleCommand;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleSchedule;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.ProgressReport;
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
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The Lampung Utara example kept in a store: saves the meeting's data into the JDBC store (the
 * embedded H2 file {@code target/rakor-data/lampung-utara.mv.db}, or the schema {@value
 * #POSTGRES_SCHEMA} of the PostgreSQL database named by the system property {@value
 * #JDBC_URL_PROPERTY}) through the {@link CoordinationService} (the master data created, the
 * meeting of 12 January and its commitments imported with a reason, the monitoring plan and cycle
 * created), drives a few commands (approving the minutes, starting work, reporting progress, a
 * refused command, a stale write, closing the cycle), runs the queries a monitoring screen needs,
 * evaluates the cycle through the store and verifies the event log's hash chain.
 *
 * <p>The example's data set starts anew on every run: the H2 file is deleted, or the PostgreSQL
 * schema dropped and created again, before the store is opened, so the example can be run again and
 * again with the same results, and leaves one file (or one schema) behind, not one per run.
 */
public final class StoreWalkthrough {
  /**
   * The system property with a JDBC URL ({@code jdbc:postgresql://host:5432/db}) to run on instead
   * of the embedded H2 file; the example keeps its data in the schema {@value #POSTGRES_SCHEMA} of
   * that database. {@code rakor.jdbcUser} and {@code rakor.jdbcPassword} give the credentials.
   */
  public static final String JDBC_URL_PROPERTY = "rakor.jdbcUrl";

  /**
   * The PostgreSQL schema the example keeps its data in, dropped (with everything in it) and
   * created again on every run; nothing else in the database is touched.
   */
  public static final String POSTGRES_SCHEMA = "rakor_lampung_utara";

  /** The H2 file the example keeps its data in by default (H2 adds {@code .mv.db}). */
  static final Path H2_FILE = Path.of("target", "rakor-data", "lampung-utara");

  private StoreWalkthrough() {}

  /**
   * The store the walkthrough runs on, emptied: the PostgreSQL database named by {@value
   * #JDBC_URL_PROPERTY} if it is set ({@link #freshPostgresSchema}), otherwise the H2 file {@link
   * #H2_FILE} ({@link #freshH2File}).
   *
   * @param out where to say which store it is
   * @return the store; the caller closes it
   */
  static JdbcStore openStore(PrintStream out) {
    String url = System.getProperty(JDBC_URL_PROPERTY, "");
    if (!url.isBlank()) {
      return freshPostgresSchema(
          url,
          System.getProperty("rakor.jdbcUser", ""),
          System.getProperty("rakor.jdbcPassword", ""),
          out);
    }
    return freshH2File(H2_FILE, out);
  }

  /**
   * Deletes the H2 file (and H2's trace file beside it) if it exists, and opens a new store in it.
   *
   * @param file the database file without H2's {@code .mv.db} suffix
   * @param out where to say which store it is
   * @return the store; the caller closes it
   */
  static JdbcStore freshH2File(Path file, PrintStream out) {
    try {
      for (String suffix : List.of(".mv.db", ".trace.db")) {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the example's H2 file " + file, e);
    }
    out.println();
    out.println(
        "Data set: the H2 file "
            + file
            + ".mv.db, emptied at the start of every run of the example.");
    return JdbcStore.h2File(file);
  }

  /**
   * Drops the schema {@value #POSTGRES_SCHEMA} (with everything in it) if it exists, creates it
   * again and opens a store whose tables Flyway creates in it.
   *
   * @param jdbcUrl the database's JDBC URL
   * @param user the user, who may create schemas in that database
   * @param password the password
   * @param out where to say which store it is
   * @return the store; the caller closes it
   */
  static JdbcStore freshPostgresSchema(
      String jdbcUrl, String user, String password, PrintStream out) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + POSTGRES_SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + POSTGRES_SCHEMA);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot make the example's schema " + POSTGRES_SCHEMA + " anew on " + jdbcUrl, e);
    }
    out.println();
    out.println(
        "Data set: the schema "
            + POSTGRES_SCHEMA
            + " of "
            + jdbcUrl
            + ", dropped and created anew at the start of every run of the example.");
    String inSchema =
        jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + POSTGRES_SCHEMA;
    return JdbcStore.open(inSchema, user, password, 4);
  }

  /**
   * Runs the walkthrough on its own.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (JdbcStore store = openStore(System.out)) {
      run(LampungUtara.build(), store, System.out);
    }
  }

  /**
   * Runs the walkthrough and prints what happened.
   *
   * @param rakor the example's data
   * @param store an empty store (see {@link #openStore(PrintStream)})
   * @param out where to print
   */
  public static void run(LampungUtara rakor, JdbcStore store, PrintStream out) {
    run(rakor, store, out, false);
  }

  /**
   * Runs the walkthrough and prints what happened; if verbose, also the page cursors and the
   * hash-chained log entry by entry.
   *
   * @param rakor the example's data
   * @param store an empty store (see {@link #openStore(PrintStream)})
   * @param out where to print
   * @param verbose whether to print the cursors and the log's entries with their hashes
   */
  public static void run(LampungUtara rakor, JdbcStore store, PrintStream out, boolean verbose) {
    // February, the first cycle of the plan: the same February as the monitoring walkthrough's.
    MonitoringCycle february = CycleSchedule.cycle(rakor.monitoringPlan(), 1);
    // "Now" is the day after February's reports were due.
    Clock clock = Clock.fixed(february.reportDue().plusDays(1).toInstant(), LampungUtara.WIB);
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
            .addAll(AggregateKind.LEGAL_INSTRUMENT, rakor.legalInstruments())
            .build(),
        secretariat);
    // The rakor of 12 January was held before the system was used: its record is concluded and its
    // commitments agreed. Creating it so is refused; it is recorded as held, with the reason in
    // the log.
    try {
      service.create(AggregateKind.MEETING, rakor.meeting(), secretariat);
    } catch (CommandRejectedException refused) {
      out.println(
          Story.attempt(
              rakor.unit(secretariat.unit()).displayName(),
              secretariat,
              "create the concluded rakor " + rakor.meeting().id(),
              Story.refused(refused.rejection())));
    }
    service.recordMeeting(rakor.meeting(), rakor.priorities(), rakor.commitments(), secretariat);
    // Monitoring starts in the system: the plan is created, and February's cycle, OPEN.
    service.create(AggregateKind.MONITORING_PLAN, rakor.monitoringPlan(), secretariat);
    service.create(AggregateKind.MONITORING_CYCLE, february, secretariat);
    out.println("Saved: " + store);

    Actor chair = Actor.of(LampungUtara.PEMKAB, rakor.bupati().id(), Role.CHAIR);
    out.println();
    out.println("Commands:");
    report(
        out,
        "The Bupati",
        chair,
        "approve the minutes of " + rakor.meeting().id(),
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
        rakor.unit(first.lead()).displayName(),
        firstLead,
        "start work on " + first.id(),
        service.execute(first.id(), CommitmentCommand.startWork(), firstLead));
    for (Commitment c : rakor.commitments()) {
      OptionalDouble percent = ReportedProgress.percent(c.id(), february);
      if (percent.isPresent()) {
        ProgressReport r = ReportedProgress.report(rakor, c, february, percent.getAsDouble());
        Actor lead = Actor.of(c.lead(), Role.LEAD_UNIT);
        report(
            out,
            rakor.unit(c.lead()).displayName(),
            lead,
            "report " + percent(r.progressPercent()) + " done on " + c.id(),
            service.submitReport(r, lead));
      }
    }
    Actor secondLead = Actor.of(second.lead(), Role.LEAD_UNIT);
    report(
        out,
        rakor.unit(second.lead()).displayName(),
        secondLead,
        "verify its own completion of " + second.id(),
        service.execute(second.id(), CommitmentCommand.verifyCompletion(), secondLead));
    report(
        out,
        "The Bupati",
        chair,
        "cancel " + first.id() + " from a screen still showing version 1",
        service
            .withConflictMode(ConflictMode.reporting())
            .execute(first.id(), 1, CommitmentCommand.cancel("Duplikasi program"), chair));
    report(
        out,
        rakor.unit(secretariat.unit()).displayName(),
        secretariat,
        "close " + february.id(),
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
          number++,
          ids(page.items()),
          verbose ? page.next().map(c -> "  (next after " + c + ")").orElse("") : "");
      request = request.get().next(page);
    }
    Page<Versioned<ProgressReport>> reports =
        store.progressReports(ProgressReportQuery.forCycle(february.id()), PageRequest.first(50));
    out.println(
        "  reports for "
            + february.id()
            + ": "
            + reports.items().stream()
                .map(r -> r.value().commitment() + " " + percent(r.value().progressPercent()))
                .collect(Collectors.joining(", ")));

    CycleEvaluation evaluation = service.assessHealth(february.id());
    out.println();
    out.println("Evaluation of " + february.id() + " read through the store:");
    out.println("  " + Story.healthRules(evaluation.thresholds()));
    out.println("  " + evaluation.summary());
    service
        .whoIsBehind(february.id())
        .byUnit()
        .forEach(standing -> out.println("  behind: " + standing.describe()));
    evaluation
        .escalations()
        .forEach(
            a ->
                out.println(
                    "  escalate "
                        + a.commitment()
                        + " ["
                        + rakor.unit(a.lead()).displayName()
                        + "] "
                        + a.reason()));

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
    if (verbose) {
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
    }
    out.println("Hash chain: " + ChainVerifier.verify(log).explanation());
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

  private static void report(
      PrintStream out, String who, Actor actor, String what, CommandResult<?> result) {
    String outcome;
    if (result instanceof CommandResult.Applied<?> a) {
      outcome =
          "applied, now version "
              + a.value().version()
              + ", "
              + a.entries().size()
              + (a.entries().size() == 1 ? " event" : " events");
    } else if (result instanceof CommandResult.Rejected<?> r) {
      outcome = Story.refused(r.rejection());
    } else {
      outcome = "CONFLICT: " + ((CommandResult.Conflicted<?>) result).conflict().getMessage();
    }
    out.println("  " + Story.attempt(who, actor, what, outcome));
  }

  private static List<Versioned<Commitment>> all(
      RakorStore store, CommitmentQuery query, int size) {
    return store.commitments(query, PageRequest.first(size)).items();
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.0f%%", p);
  }

  private static List<String> ids(List<Versioned<Commitment>> items) {
    return items.stream().map(v -> v.value().id().value()).toList();
  }
}
