package io.rakor.benchmarks.lifecycle;

import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.monitoring.CycleStatus;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.service.Batch;
import io.rakor.persistence.service.CoordinationService;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.Scenario;
import io.rakor.testkit.ScenarioSize;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The work both engines do: {@code size} commitments, copies of a generated regency's commitments
 * under new ids ({@code lc-000001}, ...), each proposed, agreed, started, reported on in three
 * monitoring cycles and verified complete; and the master data the commitments name (a {@link
 * Fixtures#scenario} of size {@link ScenarioSize#small()} with three open cycles). Immutable and
 * thread-safe.
 */
public final class LifecycleWorkload {
  /** The seed of the scenario the commitments are copied from. */
  public static final long SEED = 20260112;

  private final Scenario scenario;
  private final ImmutableList<Commitment> commitments;
  private final ImmutableList<MonitoringCycle> cycles;
  private final Actor chair;
  private final Actor secretariat;

  private LifecycleWorkload(Scenario scenario, int size) {
    this.scenario = scenario;
    Meeting meeting = scenario.meeting();
    this.chair = Actor.of(unit(meeting, ParticipantRole.CHAIR), meeting.chair(), Role.CHAIR);
    this.secretariat = Actor.of(unit(meeting, ParticipantRole.SECRETARIAT), Role.SECRETARIAT);
    this.cycles =
        scenario.cycles().stream()
            .limit(3)
            .map(c -> c.withStatus(CycleStatus.OPEN))
            .collect(ImmutableList.toImmutableList());
    ImmutableList.Builder<Commitment> made = ImmutableList.builder();
    List<Commitment> templates = scenario.commitments();
    for (int i = 0; i < size; i++) {
      made.add(
          Commitment.builder()
              .from(templates.get(i % templates.size()))
              .id(id(i))
              .status(CommitmentStatus.PROPOSED)
              .parent(Optional.empty())
              .statusReason(Optional.empty())
              .successor(Optional.empty())
              .build());
    }
    this.commitments = made.build();
  }

  private static io.rakor.core.units.UnitId unit(Meeting meeting, ParticipantRole role) {
    return meeting.participants().stream()
        .filter(p -> p.role() == role)
        .map(Participant::unit)
        .findFirst()
        .orElseGet(meeting::convener);
  }

  /**
   * The workload of a number of commitments.
   *
   * @param size how many commitments
   * @return the workload
   */
  public static LifecycleWorkload of(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("at least one commitment, not " + size);
    }
    return new LifecycleWorkload(Fixtures.scenario(SEED, ScenarioSize.small().withCycles(3)), size);
  }

  private static CommitmentId id(int index) {
    return CommitmentId.of(String.format(Locale.ROOT, "lc-%06d", index));
  }

  /**
   * How many commitments.
   *
   * @return the size
   */
  public int size() {
    return commitments.size();
  }

  /**
   * How many steps (transactions) the whole workload takes: seven per commitment.
   *
   * @return the number of transitions
   */
  public long transitions() {
    return (long) size() * Stage.values().length;
  }

  /**
   * A commitment, as it is proposed.
   *
   * @param index from 0 to {@link #size()}
   * @return the commitment
   */
  public Commitment commitment(int index) {
    return commitments.get(index);
  }

  /**
   * The chair of the meeting the commitments come from; agrees them and verifies completion.
   *
   * @return the actor
   */
  public Actor chair() {
    return chair;
  }

  /**
   * The secretariat of that meeting; creates the commitments.
   *
   * @return the actor
   */
  public Actor secretariat() {
    return secretariat;
  }

  /**
   * A commitment's lead unit, which starts work and reports.
   *
   * @param index the commitment
   * @return the actor
   */
  public Actor lead(int index) {
    return Actor.of(commitment(index).lead(), Role.LEAD_UNIT);
  }

  /**
   * The progress a commitment reports in a cycle: 25% to 75% in the first, rising by 10 points.
   *
   * @param index the commitment
   * @param cycle 1 to 3
   * @return the percentage
   */
  public double progress(int index, int cycle) {
    return 25 + index % 51 + 10 * (cycle - 1);
  }

  /**
   * A commitment's progress report for a cycle, submitted by its lead unit.
   *
   * @param index the commitment
   * @param cycle 1 to 3
   * @return the report
   */
  public ProgressReport report(int index, int cycle) {
    MonitoringCycle c = cycles.get(cycle - 1);
    Commitment commitment = commitment(index);
    return ProgressReport.builder()
        .id(ProgressReportId.of(c.id().value() + "/" + commitment.id().value()))
        .commitment(commitment.id())
        .cycle(c.id())
        .reportingUnit(commitment.lead())
        .submittedAt(c.reportDue().toInstant().minusSeconds(3600))
        .progressPercent(progress(index, cycle))
        .build();
  }

  /**
   * Creates what the commitments name (jurisdictions, units, forums, officials, indicators,
   * priorities, the meeting; then the monitoring plan and three open cycles, in a second
   * transaction by the plan's owner), imported as they are.
   *
   * @param service the service on an empty store
   */
  public void seed(CoordinationService service) {
    service.importAll(
        Batch.builder()
            .addAll(AggregateKind.JURISDICTION, scenario.jurisdictions())
            .addAll(AggregateKind.UNIT, scenario.units())
            .addAll(AggregateKind.FORUM, scenario.forums())
            .addAll(AggregateKind.OFFICIAL, scenario.officials())
            .addAll(AggregateKind.INDICATOR, scenario.indicators())
            .addAll(AggregateKind.PRIORITY, scenario.priorities())
            .add(AggregateKind.MEETING, scenario.meeting())
            .build(),
        secretariat,
        "master data of the lifecycle benchmark");
    service.importAll(
        Batch.builder()
            .add(AggregateKind.MONITORING_PLAN, scenario.plan())
            .addAll(AggregateKind.MONITORING_CYCLE, cycles)
            .build(),
        Actor.of(scenario.plan().owner(), Role.SECRETARIAT),
        "monitoring plan of the lifecycle benchmark");
  }

  /**
   * The state both engines must end in, the same for both: the status, then the progress of each
   * report in cycle order, for example {@code COMPLETED 25.0 35.0 45.0}.
   *
   * @param status the status
   * @param progress the reported progress, in cycle order
   * @return the state
   */
  public static String state(String status, List<Double> progress) {
    StringBuilder s = new StringBuilder(status);
    progress.forEach(p -> s.append(' ').append(p));
    return s.toString();
  }

  /**
   * Where every commitment must end after the whole workload: completed, with its three reports.
   *
   * @return the states by commitment id
   */
  public Map<String, String> expectedStates() {
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < size(); i++) {
      expected.put(
          commitment(i).id().value(),
          state(
              CommitmentStatus.COMPLETED.name(),
              List.of(progress(i, 1), progress(i, 2), progress(i, 3))));
    }
    return expected;
  }

  /**
   * A moment inside the third cycle, for the service's clock.
   *
   * @return the moment
   */
  public Instant now() {
    return cycles.get(2).reportDue().toInstant().minusSeconds(60);
  }
}
