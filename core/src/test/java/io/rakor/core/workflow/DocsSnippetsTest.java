package io.rakor.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.DocPages;
import io.rakor.core.Samples;
import io.rakor.core.audit.ChainVerification;
import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.HashChain;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.commitments.lifecycle.CommitmentLifecycle;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleSchedule;
import io.rakor.core.monitoring.HealthThresholds;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.ProgressReport;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code shown in docs/workflows.md and docs/monitoring.md, compiled and run. */
class DocsSnippetsTest {
  @Test
  void workflowsPage() {
    Commitment proposed = Samples.commitmentInProgress().withStatus(CommitmentStatus.PROPOSED);
    Clock clock = Samples.CLOCK;
    Actor chair = Samples.CHAIR;
    Actor lead = Samples.LEAD;
    // tag::workflows-apply[]
    CommitmentLifecycle lifecycle = CommitmentLifecycle.of(clock);
    Outcome<Commitment> agreed = lifecycle.apply(proposed, CommitmentCommand.agree(), chair);
    if (agreed instanceof Outcome.Accepted<Commitment> ok) {
      Commitment now = ok.newValue(); // status AGREED
      List<LogEntry> log = HashChain.append(List.of(), ok.events());
    }
    Outcome<Commitment> refused =
        lifecycle.apply(proposed, CommitmentCommand.cancel("Tidak ada anggaran"), lead);
    Rejection why = refused.rejection().orElseThrow(); // Denied, rule "role-may-not-act"
    // end::workflows-apply[]
    assertThat(agreed.orElseThrow().status()).isEqualTo(CommitmentStatus.AGREED);
    assertThat(why).isInstanceOf(Rejection.Denied.class);
    assertThat(why.rule()).isEqualTo("role-may-not-act");

    // tag::workflows-policy[]
    Policy noCancellingInElectionYear =
        (actor, action, subject) ->
            action == Action.CANCEL_COMMITMENT
                ? PolicyDecision.deny("election-year", "commitments are not cancelled in 2029")
                : PolicyDecision.permit();
    CommitmentLifecycle strict =
        CommitmentLifecycle.of(DefaultPolicy.instance().and(noCancellingInElectionYear), clock);
    // end::workflows-policy[]
    assertThat(
            strict
                .apply(proposed, CommitmentCommand.cancel("x"), chair)
                .rejection()
                .orElseThrow()
                .rule())
        .isEqualTo("election-year");

    // tag::workflows-chain[]
    List<LogEntry> log = new ArrayList<>();
    log.addAll(HashChain.append(log, agreed.events()));
    String head = ChainVerifier.head(log); // keep it beside the log
    ChainVerification check = ChainVerifier.verify(log, head, log.size());
    // check.intact() == true; otherwise check.firstBadIndex() and check.breach()
    // end::workflows-chain[]
    assertThat(check.intact()).isTrue();
  }

  @Test
  void monitoringPage() {
    MonitoringPlan plan = Samples.monthlyPlan();
    List<Commitment> commitments = List.of(Samples.commitmentInProgress());
    var indicators = List.of(Samples.stuntingIndicator());
    List<ProgressReport> marchReports =
        List.of(
            Samples.progressReport(
                Samples.commitmentInProgress().id(), CycleSchedule.cycle(plan, 3).id(), 12));
    // tag::monitoring-evaluate[]
    List<MonitoringCycle> year = CycleSchedule.cycles(plan, 12); // monthly: Jan..Dec
    Portfolio portfolio = Portfolio.of(commitments, indicators); // compile once
    MonitoringEvaluator evaluator =
        MonitoringEvaluator.of(HealthThresholds.builder().atRiskGap(10).offTrackGap(25).build());
    CycleEvaluation march = evaluator.evaluate(portfolio, year.get(2), marchReports);
    System.out.println(march.summary());
    for (CommitmentAssessment a : march.escalations()) {
      System.out.println(a.commitment() + ": " + a.reason());
    }
    // end::monitoring-evaluate[]
    assertThat(march.summary().total()).isEqualTo(1);
    assertThat(march.assessment(0).orElseThrow().reason())
        .isEqualTo(
            "AT_RISK: reported 12.0% against 33.3% expected (21.3 points behind);"
                + " stunting-prevalence not reported vs target 14 by 31 December 2026"
                + " (lower is better, baseline 27);"
                + " milestones: m1 missed (due until 31 March 2026, 1 day late),"
                + " m2 pending (due until 30 June 2026)");
  }

  @Test
  void theTablesInTheDocsAreTheTablesInTheCode() throws IOException {
    assertThat(DocPages.read("workflows.md"))
        .contains(io.rakor.core.meetings.MeetingLifecycle.TRANSITIONS.toMarkdown())
        .contains(CommitmentLifecycle.TRANSITIONS.toMarkdown())
        .contains(io.rakor.core.monitoring.CycleLifecycle.TRANSITIONS.toMarkdown())
        .contains(DefaultPolicy.instance().toMarkdown());
  }
}
