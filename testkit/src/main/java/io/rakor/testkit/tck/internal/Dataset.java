package io.rakor.testkit.tck.internal;

import com.google.common.collect.ImmutableList;
import io.rakor.core.data.Observation;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.Versioned;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.Scenario;
import io.rakor.testkit.ScenarioSize;
import io.rakor.testkit.internal.LoggedWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A generated, consistent data set for a store: a whole {@link Scenario} (jurisdictions, units,
 * forums, officials, indicators, priorities, a meeting, commitments, a monitoring plan, cycles,
 * progress reports), observations of its indicators, and the records of its cycles' evaluations.
 * Not API: it may change without notice.
 *
 * @param seed the seed it was made from
 * @param scenario the scenario
 * @param observations the observations
 * @param evaluations one record per cycle: the scenario's evaluation, as the service records it
 */
public record Dataset(
    long seed,
    Scenario scenario,
    ImmutableList<Observation> observations,
    ImmutableList<EvaluationRecord> evaluations) {
  /** The size the kit uses: big enough for several pages, small enough to be quick. */
  public static final ScenarioSize SIZE =
      ScenarioSize.small()
          .withSubDistricts(4)
          .withAgencies(8)
          .withIndicators(5)
          .withPriorities(4)
          .withCommitments(30)
          .withCycles(6);

  /**
   * The data set for a seed.
   *
   * @param seed the seed
   * @return the data set; equal for equal seeds
   */
  public static Dataset of(long seed) {
    Scenario scenario = Fixtures.scenario(seed, SIZE);
    return new Dataset(
        seed,
        scenario,
        ImmutableList.copyOf(Fixtures.sample(TckGen.observations(scenario, 40), seed)),
        evaluations(scenario));
  }

  /** The scenario's cycles evaluated in order, each recorded a day after its reports were due. */
  private static ImmutableList<EvaluationRecord> evaluations(Scenario scenario) {
    List<CycleEvaluation> all =
        MonitoringEvaluator.defaults()
            .evaluateAll(
                Portfolio.of(scenario.commitments(), scenario.indicators()),
                scenario.cycles(),
                scenario.reports());
    return all.stream()
        .map(
            e -> EvaluationRecord.of(e, e.cycle().reportDue().toInstant().plus(1, ChronoUnit.DAYS)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Saves everything as new aggregates, one transaction per kind.
   *
   * @param store the store
   */
  public void saveInto(RakorStore store) {
    saveAll(store, AggregateKind.JURISDICTION, scenario.jurisdictions());
    saveAll(store, AggregateKind.UNIT, scenario.units());
    saveAll(store, AggregateKind.FORUM, scenario.forums());
    saveAll(store, AggregateKind.OFFICIAL, scenario.officials());
    saveAll(store, AggregateKind.INDICATOR, scenario.indicators());
    saveAll(store, AggregateKind.PRIORITY, scenario.priorities());
    saveAll(store, AggregateKind.MEETING, List.of(scenario.meeting()));
    saveAll(store, AggregateKind.COMMITMENT, scenario.commitments());
    saveAll(store, AggregateKind.MONITORING_PLAN, List.of(scenario.plan()));
    saveAll(store, AggregateKind.MONITORING_CYCLE, scenario.cycles());
    saveAll(store, AggregateKind.PROGRESS_REPORT, scenario.reports());
    saveAll(store, AggregateKind.OBSERVATION, observations);
    saveAll(store, AggregateKind.EVALUATION_RECORD, evaluations);
  }

  /**
   * Saves everything the way the coordination service records it, each save with a log event naming
   * the aggregate ({@link Fixtures#writeWithLog}), so that the store verifies under {@code
   * LogCoverage.EVERY_VERSION}.
   *
   * @param store an empty store
   * @return how many log entries were appended
   */
  public long saveWithLogInto(RakorStore store) {
    long events = Fixtures.writeWithLog(store, scenario);
    LoggedWriter w =
        new LoggedWriter(
            store,
            Actor.of(scenario.units().get(0).id(), Role.SECRETARIAT),
            Instant.parse("2026-02-01T00:00:00Z"));
    w.create(AggregateKind.OBSERVATION, observations, o -> LoggedWriter.PRESENT);
    w.create(AggregateKind.EVALUATION_RECORD, evaluations, r -> LoggedWriter.PRESENT);
    return events + w.events();
  }

  private static <T, K> void saveAll(RakorStore store, AggregateKind<T, K> kind, List<T> values) {
    store.useTransaction(
        tx -> {
          values.forEach(v -> tx.save(kind, v, Versioned.NONE));
        });
  }

  /** Returns the seed and the sizes. */
  @Override
  public String toString() {
    return "Dataset[seed "
        + seed
        + ", "
        + scenario.commitments().size()
        + " commitments, "
        + scenario.reports().size()
        + " reports, "
        + observations.size()
        + " observations, "
        + evaluations.size()
        + " evaluation records]";
  }
}
