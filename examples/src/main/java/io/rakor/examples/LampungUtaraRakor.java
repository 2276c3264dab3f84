package io.rakor.examples;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.Priority;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.monitoring.TimeText;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitKind;
import io.rakor.persistence.jdbc.JdbcStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the Lampung Utara example: builds the cross-sector coordination meeting of 12 January 2026,
 * prints a readable summary, writes the meeting and its follow-up plan as JSON documents to files,
 * drives the plan through three monitoring cycles, runs the cross-sector analysis and keeps it all
 * in a store through the coordination service. With {@value #VERBOSE}, it also prints the plan's
 * JSON, the page cursors and the hash-chained log entry by entry.
 *
 * <p>Run it with {@code ./mvnw -B -ntp -q -pl examples -am package -DskipTests exec:java}, and add
 * {@code -Dexec.args=--verbose} for the details.
 */
public final class LampungUtaraRakor {
  /** The argument that asks for the details: the JSON, the cursors, the hashes. */
  public static final String VERBOSE = "--verbose";

  private LampungUtaraRakor() {}

  /**
   * Runs the example.
   *
   * @param args optional: {@value #VERBOSE}, and the file to write the meeting's JSON to (default
   *     {@code target/lampung-utara-rakor.json}; the plan goes beside it, to {@code
   *     lampung-utara-plan.json})
   * @throws IOException if a JSON file cannot be written
   */
  public static void main(String[] args) throws IOException {
    boolean verbose = Arrays.asList(args).contains(VERBOSE);
    List<String> files = Arrays.stream(args).filter(a -> !a.equals(VERBOSE)).toList();
    Path file = Path.of(files.isEmpty() ? "target/lampung-utara-rakor.json" : files.get(0));
    Path planFile = file.resolveSibling("lampung-utara-plan.json");
    LampungUtara rakor = LampungUtara.build();
    PrintStream out = System.out;
    printSummary(rakor, out);

    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    String meetingJson = RakorJson.writeDocument(rakor.meeting());
    Files.writeString(file, meetingJson, StandardCharsets.UTF_8);
    String plan =
        RakorJson.mapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(
                RakorJson.mapper()
                    .readTree(RakorJson.writeListDocument(rakor.commitments(), Commitment.class)));
    Files.writeString(planFile, plan, StandardCharsets.UTF_8);
    out.println();
    out.printf(
        "As JSON documents: the whole meeting (%,d participants, %,d characters) in %s,"
            + " the follow-up plan in %s%n",
        rakor.meeting().participants().size(),
        meetingJson.length(),
        file.toAbsolutePath(),
        planFile.toAbsolutePath());
    if (verbose) {
      out.println();
      out.println("Follow-up plan (rencana tindak lanjut) as a JSON document:");
      out.println(plan);
    }

    MonitoringWalkthrough.Result monitoring = MonitoringWalkthrough.run(rakor, out, verbose);
    ReportsWalkthrough.run(rakor, monitoring, file.resolveSibling("reports"), out);
    CrossSectorAnalysisWalkthrough.run(rakor, out);
    try (JdbcStore store = StoreWalkthrough.openStore(out)) {
      StoreWalkthrough.run(rakor, store, out, verbose);
    }
  }

  /**
   * Prints a readable summary of the meeting.
   *
   * @param rakor the example's data
   * @param out where to print
   */
  static void printSummary(LampungUtara rakor, PrintStream out) {
    Meeting meeting = rakor.meeting();
    DateTimeFormatter when =
        DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z", Locale.forLanguageTag("id-ID"));
    out.println("== " + meeting.title() + " ==");
    out.println("When:   " + meeting.start().format(when) + " (hours illustrative)");
    out.println("Where:  " + meeting.venue());
    out.println("Chair:  " + rakor.bupati().name().fullName() + ", " + rakor.bupati().position());
    out.println(
        "Convened by "
            + rakor.unit(meeting.convener()).name()
            + " with "
            + rakor.forkopimda().name()
            + " ("
            + rakor.forkopimda().members().size()
            + " members)");
    out.println("Status: " + meeting.status());

    Map<UnitKind, Integer> byKind = new TreeMap<>();
    for (Participant p : meeting.participants()) {
      byKind.merge(rakor.unit(p.unit()).kind(), 1, Integer::sum);
    }
    out.println();
    out.println("Participants (" + meeting.participants().size() + "):");
    byKind.forEach((kind, n) -> out.printf("  %-22s %4d%n", kind, n));

    out.println();
    out.println("Agenda:");
    for (AgendaItem item : meeting.agenda()) {
      out.printf(
          "  %d. %s%s%n",
          item.position(),
          item.title(),
          item.presenter().map(u -> " [" + rakor.unit(u).displayName() + "]").orElse(""));
    }

    out.println();
    out.println("Reports (capaian, hambatan, rencana):");
    for (UnitReport report : meeting.reports()) {
      out.println("  " + rakor.unit(report.unit()).displayName() + ":");
      report.achievements().forEach(a -> out.println("    + " + a));
      for (Obstacle o : report.obstacles()) {
        out.println("    ! " + o.category() + ": " + o.description());
      }
      report.plans().forEach(p -> out.println("    > " + p));
    }

    out.println();
    out.println("Priorities:");
    for (Priority priority : rakor.priorities()) {
      out.printf(
          "  %-22s %s (lead %s, %d contributors)%n",
          priority.area(),
          priority.title(),
          rakor.unit(priority.lead()).displayName(),
          priority.contributors().size());
    }

    out.println();
    out.println("Decisions:");
    meeting.decisions().forEach(d -> out.println("  " + d.number() + ". " + d.text()));

    out.println();
    out.println("Follow-up plan (" + rakor.commitments().size() + " commitments):");
    for (Commitment c : rakor.commitments()) {
      ResponsibleUnit lead = rakor.unit(c.lead());
      out.printf(
          "  %-10s %-11s due until %-17s  %s: %s%n",
          c.id(), c.status(), TimeText.lastDay(c.due()), lead.displayName(), c.action());
    }
    out.println();
    out.println(
        "Monitoring: "
            + rakor.monitoringPlan().name()
            + ", "
            + rakor.monitoringPlan().cadence()
            + " from "
            + rakor.monitoringPlan().firstPeriodStart()
            + ", reports due "
            + rakor.monitoringPlan().reportingWindowDays()
            + " days after each period, owner "
            + rakor.unit(rakor.monitoringPlan().owner()).displayName());
  }
}
