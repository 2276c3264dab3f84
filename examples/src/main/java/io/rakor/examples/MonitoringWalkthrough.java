package io.rakor.examples;

import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.HashChain;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.commitments.lifecycle.CommitmentLifecycle;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingCommand;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.MeetingLifecycle;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.monitoring.AgendaCarryOver;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleCommand;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleLifecycle;
import io.rakor.core.monitoring.CycleReports;
import io.rakor.core.monitoring.CycleSchedule;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.MilestoneAchievement;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.TimeText;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.Outcome;
import io.rakor.core.workflow.Role;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Drives the Lampung Utara follow-up plan through its lifecycle and three monthly monitoring cycles
 * (February to April 2026), printing each cycle's evaluation.
 *
 * <p>Every number reported here is <b>illustrative</b> ({@link ReportedProgress}, the same in every
 * part of the example): the news report says the plan is monitored periodically, not what the
 * agencies reported. The walkthrough shows the workflow: the chair approves the minutes; lead units
 * start work and report each month; a supporting unit adds evidence; an agency that tries to verify
 * its own commitment is refused; the secretariat (Bappeda) closes and evaluates each cycle at its
 * deadline and verifies a completed commitment; every accepted command lands in a hash-chained log
 * that is verified at the end; unfinished commitments are carried into the next meeting's agenda.
 */
public final class MonitoringWalkthrough {
  /**
   * What the walkthrough ends with, for the reports ({@link ReportsWalkthrough}).
   *
   * @param meeting the rakor, its minutes approved
   * @param commitments the follow-up plan as it stands after the last cycle
   * @param evaluations the three cycles' evaluations, in order
   * @param nextMeeting the next meeting as scheduled, before the unfinished work is carried into
   *     its agenda
   */
  public record Result(
      Meeting meeting,
      List<Commitment> commitments,
      List<CycleEvaluation> evaluations,
      Meeting nextMeeting) {}

  private final LampungUtara rakor;
  private final PrintStream out;
  private final boolean verbose;
  private final List<LogEntry> log = new ArrayList<>();
  private final Map<CommitmentId, Commitment> commitments = new LinkedHashMap<>();
  private Instant now;

  private MonitoringWalkthrough(LampungUtara rakor, PrintStream out, boolean verbose) {
    this.rakor = rakor;
    this.out = out;
    this.verbose = verbose;
    rakor.commitments().forEach(c -> commitments.put(c.id(), c));
  }

  /**
   * Runs the walkthrough.
   *
   * @param rakor the example's data
   * @param out where to print
   * @return what it ends with
   */
  public static Result run(LampungUtara rakor, PrintStream out) {
    return run(rakor, out, false);
  }

  /**
   * Runs the walkthrough, with the audit trail's head hash if verbose.
   *
   * @param rakor the example's data
   * @param out where to print
   * @param verbose whether to print the hash too
   * @return what it ends with
   */
  public static Result run(LampungUtara rakor, PrintStream out, boolean verbose) {
    return new MonitoringWalkthrough(rakor, out, verbose).run();
  }

  /**
   * Runs the walkthrough on the Lampung Utara example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(LampungUtara.build(), System.out);
  }

  private Clock clock() {
    return Clock.fixed(now, ZoneOffset.UTC);
  }

  private <T> T accept(String what, Outcome<T> outcome) {
    T value = outcome.orElseThrow();
    log.addAll(HashChain.append(log, outcome.events()));
    for (DomainEvent e : outcome.events()) {
      out.printf(
          "  [%d] %s %s %s: %s -> %s%n",
          log.size(), e.type(), e.subjectId(), what, e.fromState(), e.toState());
    }
    return value;
  }

  private Result run() {
    Meeting meeting = rakor.meeting();
    Actor chair = Actor.of(meeting.convener(), meeting.chair(), Role.CHAIR);
    Actor secretariat = Actor.of(LampungUtara.BAPPEDA, Role.SECRETARIAT);
    out.println();
    out.println("== Monitoring walkthrough (illustrative numbers) ==");

    now = Instant.parse("2026-01-19T03:00:00Z");
    out.println("Minutes and start of work:");
    if (meeting.status() == MeetingStatus.CONCLUDED) {
      meeting =
          accept(
              "by the chair",
              MeetingLifecycle.of(clock())
                  .apply(
                      meeting,
                      MeetingCommand.approveMinutes(
                          Optional.of("Notulen Rakor Lintas Sektor 12 Januari 2026 (ilustratif)")),
                      chair));
    }
    now = Instant.parse("2026-02-02T02:00:00Z");
    CommitmentLifecycle lifecycle = CommitmentLifecycle.of(clock());
    for (Commitment c : List.copyOf(commitments.values())) {
      commitments.put(
          c.id(),
          accept(
              "by " + c.lead(),
              lifecycle.apply(
                  c, CommitmentCommand.startWork(), Actor.of(c.lead(), Role.LEAD_UNIT), meeting)));
    }

    MonitoringEvaluator evaluator = MonitoringEvaluator.defaults();
    List<MonitoringCycle> cycles = CycleSchedule.cycles(rakor.monitoringPlan(), 3);
    CycleEvaluation last = null;
    List<CycleEvaluation> evaluations = new ArrayList<>();
    List<ProgressReport> earlier = new ArrayList<>();
    for (int k = 0; k < cycles.size(); k++) {
      MonitoringCycle cycle = cycles.get(k);
      out.println();
      out.printf(
          "-- Cycle %s: %s to %s, reports due %s --%n",
          cycle.id(),
          TimeText.lastDay(cycle.periodStart()),
          TimeText.lastDay(cycle.periodEnd().minusDays(1)),
          TimeText.until(cycle.reportDue()));
      List<ProgressReport> reports = new ArrayList<>();
      for (Commitment c : List.copyOf(commitments.values())) {
        OptionalDouble reported = ReportedProgress.percent(c.id(), cycle);
        if (reported.isEmpty() || c.status().isFinal()) {
          continue;
        }
        double percent = reported.getAsDouble();
        now = ReportedProgress.submittedAt(c.id(), cycle);
        ProgressReport report = ReportedProgress.report(rakor, c, cycle, percent);
        reports.add(report);
        commitments.put(
            c.id(),
            accept(
                percent + "%",
                CommitmentLifecycle.of(clock())
                    .apply(
                        c,
                        CommitmentCommand.reportProgress(report),
                        Actor.of(c.lead(), Role.LEAD_UNIT),
                        meeting)));
      }
      if (k == 1) {
        Commitment renkon = commitments.get(CommitmentId.of("lu.rtl.03"));
        commitments.put(
            renkon.id(),
            accept(
                "by Polres, a supporting unit",
                CommitmentLifecycle.of(clock())
                    .apply(
                        renkon,
                        CommitmentCommand.contributeEvidence(
                            List.of(
                                EvidenceRef.of(
                                    URI.create(
                                        "https://lampungutarakab.go.id/dokumen/simulasi-banjir-2026.pdf"),
                                    "Simulasi tanggap banjir"))),
                        Actor.of(LampungUtara.POLRES, Role.SUPPORTING_UNIT),
                        meeting)));
      }
      if (k == 2) {
        Commitment patrol = commitments.get(CommitmentId.of("lu.rtl.06"));
        Outcome<Commitment> selfVerified =
            CommitmentLifecycle.of(clock())
                .apply(
                    patrol,
                    CommitmentCommand.verifyCompletion(),
                    Actor.of(patrol.lead(), Role.LEAD_UNIT),
                    meeting);
        out.println(
            "  "
                + Story.attempt(
                    rakor.unit(patrol.lead()).displayName(),
                    Actor.of(patrol.lead(), Role.LEAD_UNIT),
                    "verify its own completion of " + patrol.id(),
                    Story.refused(selfVerified.rejection().orElseThrow())));
        commitments.put(
            patrol.id(),
            accept(
                "by Bappeda",
                CommitmentLifecycle.of(clock())
                    .apply(
                        patrol,
                        CommitmentCommand.verifyCompletion(
                            "Laporan patroli triwulan I dan II diperiksa"),
                        secretariat,
                        meeting)));
      }
      now = cycle.reportDue().toInstant();
      CycleLifecycle cycles2 = CycleLifecycle.of(rakor.monitoringPlan(), clock());
      MonitoringCycle closed =
          accept("by Bappeda", cycles2.apply(cycle, CycleCommand.close(), secretariat));
      Portfolio portfolio = Portfolio.of(commitments.values(), rakor.indicators());
      // milestones done in earlier cycles stay done; each cycle is compared with the one before
      CycleEvaluation evaluation =
          evaluator.evaluate(
              CycleReports.of(
                  portfolio, closed, reports, MilestoneAchievement.fromReports(earlier)),
              Optional.ofNullable(last));
      earlier.addAll(reports);
      accept("by Bappeda", cycles2.apply(closed, CycleCommand.markEvaluated(), secretariat));
      if (last == null) {
        out.println("  " + Story.healthRules(evaluation.thresholds()));
      }
      print(evaluation);
      last = evaluation;
      evaluations.add(evaluation);
    }

    out.println();
    out.println("Escalated to the next meeting:");
    for (CommitmentAssessment a : last.escalations()) {
      out.println(
          "  "
              + a.commitment()
              + " "
              + a.health()
              + " ("
              + rakor.unit(a.lead()).displayName()
              + ")");
    }
    Meeting next =
        Meeting.builder()
            .from(meeting)
            .id(MeetingId.of("lu.rakor.2026-05"))
            .title("Rapat Koordinasi Lintas Sektor: evaluasi triwulan")
            .start(meeting.start().plusMonths(4))
            .end(meeting.end().plusMonths(4))
            .status(MeetingStatus.SCHEDULED)
            .minutes(Optional.empty())
            .agenda(List.of())
            .reports(List.of())
            .decisions(List.of())
            .build();
    Meeting scheduled = next;
    next = AgendaCarryOver.carryInto(next, last);
    out.println();
    out.println("Agenda of the next meeting (" + next.start().toLocalDate() + "), carried over:");
    next.agenda().forEach(item -> out.println("  " + item.position() + ". " + item.title()));

    out.println();
    out.println(
        "Audit trail: "
            + log.size()
            + " entries, "
            + (verbose ? "head " + ChainVerifier.head(log).substring(0, 16) + "..., " : "")
            + ChainVerifier.verify(log).explanation());
    return new Result(
        meeting, List.copyOf(commitments.values()), List.copyOf(evaluations), scheduled);
  }

  private void print(CycleEvaluation e) {
    out.println("  " + e.summary());
    for (CommitmentAssessment a : e.assessments()) {
      out.println(
          "  " + a.commitment() + " [" + rakor.unit(a.lead()).displayName() + "] " + a.reason());
    }
    e.byPriority().forEach((p, s) -> out.println("    priority " + p + ": " + s));
  }
}
