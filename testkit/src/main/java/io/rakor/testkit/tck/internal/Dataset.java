package io.rakor.testkit.tck.internal;

import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationId;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.values.Limits;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A generated, consistent data set for a store: a whole {@link Scenario} (jurisdictions, units,
 * forums, officials, indicators, priorities, a meeting, commitments, a monitoring plan, cycles,
 * progress reports), observations of its indicators and the records of its cycles' evaluations,
 * plus the edges real data has and random data rarely reaches ({@code Edges}). Not API: it may
 * change without notice.
 *
 * @param seed the seed it was made from
 * @param scenario the scenario
 * @param jurisdictions the scenario's jurisdictions and the edge cases' siblings
 * @param commitments the scenario's commitments and the edge cases' copies
 * @param reports the scenario's progress reports and the edge cases' copies
 * @param observations the observations, the edge cases' last
 * @param evaluations one record per cycle: the scenario's evaluation, as the service records it
 */
public record Dataset(
    long seed,
    Scenario scenario,
    ImmutableList<Jurisdiction> jurisdictions,
    ImmutableList<Commitment> commitments,
    ImmutableList<ProgressReport> reports,
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
    List<Observation> observations = Fixtures.sample(TckGen.observations(scenario, 40), seed);
    Edges edges = new Edges(scenario);
    return new Dataset(
        seed,
        scenario,
        concat(scenario.jurisdictions(), edges.siblings),
        concat(scenario.commitments(), edges.commitments()),
        concat(scenario.reports(), edges.reports()),
        concat(observations, edges.observations(observations)),
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

  private static <T> ImmutableList<T> concat(List<T> first, List<T> second) {
    return ImmutableList.<T>builder().addAll(first).addAll(second).build();
  }

  /**
   * What every data set holds beyond its random part, so that every store meets it every run:
   * jurisdictions that are siblings of the scenario's at each level (a neighbouring province, a
   * neighbouring regency whose sub-district and village codes end like the scenario's), with names
   * at their length limit; a copy of a commitment, a progress report and an observation with the
   * same sort key as the original (the tie is broken by id); and copies whose ids are at their
   * length limit, placed in the sibling areas, so that a {@code within} that matches a sibling or a
   * cousin is caught.
   */
  private static final class Edges {
    private final Scenario scenario;
    private final List<Jurisdiction> siblings = new ArrayList<>();
    private final Jurisdiction siblingVillage;
    private final Jurisdiction cousinRegency;

    Edges(Scenario scenario) {
      this.scenario = scenario;
      Jurisdiction regency =
          scenario.jurisdictions().stream()
              .filter(j -> j.level() == JurisdictionLevel.REGENCY)
              .findFirst()
              .orElseThrow();
      Jurisdiction village =
          scenario.jurisdictions().stream()
              .filter(j -> j.code().depth() == JurisdictionCode.MAX_DEPTH)
              .findFirst()
              .orElseThrow();
      List<String> regencySegments = regency.code().segments();
      List<String> villageSegments = village.code().segments();
      JurisdictionCode province = regency.code().parent().orElseThrow();
      JurisdictionCode neighbour = province.child(neighbour(regencySegments.get(1)));
      JurisdictionCode subDistrict = neighbour.child(villageSegments.get(2));
      JurisdictionCode otherProvince = JurisdictionCode.of(neighbour(regencySegments.get(0)));
      Jurisdiction siblingRegency = place(neighbour, JurisdictionLevel.REGENCY, province);
      Jurisdiction siblingSubDistrict =
          place(subDistrict, JurisdictionLevel.SUB_DISTRICT, neighbour);
      this.siblingVillage =
          place(subDistrict.child(villageSegments.get(3)), village.level(), subDistrict);
      Jurisdiction siblingProvince = place(otherProvince, JurisdictionLevel.PROVINCE, null);
      this.cousinRegency =
          place(
              otherProvince.child(regencySegments.get(1)),
              JurisdictionLevel.REGENCY,
              otherProvince);
      siblings.addAll(
          List.of(
              siblingProvince, cousinRegency, siblingRegency, siblingSubDistrict, siblingVillage));
    }

    /** A two-digit segment next to the given one (up, or down at 99). */
    private static String neighbour(String segment) {
      int n = Integer.parseInt(segment);
      return String.format(Locale.ROOT, "%02d", n == 99 ? 98 : n + 1);
    }

    private static Jurisdiction place(
        JurisdictionCode code, JurisdictionLevel level, JurisdictionCode parent) {
      String name = "Wilayah tetangga " + code.value() + " ";
      Jurisdiction.Builder b =
          Jurisdiction.builder()
              .code(code)
              .name(name + "x".repeat(Limits.NAME_LENGTH - name.length()))
              .level(level);
      if (parent != null) {
        b.parent(parent);
      }
      return b.build();
    }

    /** An id of the same kind, as long as an id may be. */
    private static String longest(String id) {
      String stem = id + "-";
      return stem + "z".repeat(Limits.ID_LENGTH - stem.length());
    }

    List<Commitment> commitments() {
      List<Commitment> cs = scenario.commitments();
      Commitment first = cs.get(0);
      Commitment second = cs.get(1);
      return List.of(
          Commitment.builder().from(first).id(CommitmentId.of(first.id().value() + "-tie")).build(),
          Commitment.builder()
              .from(second)
              .id(CommitmentId.of(longest(second.id().value())))
              .scope(List.of(siblingVillage.code()))
              .milestones(
                  second.milestones().stream().map(m -> m.withPlace(Optional.empty())).toList())
              .parent(Optional.empty())
              .build());
    }

    List<ProgressReport> reports() {
      ProgressReport first = scenario.reports().get(0);
      return List.of(
          ProgressReport.builder()
              .from(first)
              .id(ProgressReportId.of(first.id().value() + "-tie"))
              .build(),
          ProgressReport.builder()
              .from(first)
              .id(ProgressReportId.of(longest(first.id().value())))
              .build());
    }

    List<Observation> observations(List<Observation> random) {
      Observation first = random.get(0);
      return List.of(
          Observation.builder()
              .from(first)
              .id(ObservationId.of(first.id().value() + "-tie"))
              .build(),
          Observation.builder()
              .from(random.get(1))
              .id(ObservationId.of(longest(random.get(1).id().value())))
              .jurisdiction(siblingVillage.code())
              .build(),
          Observation.builder()
              .from(random.get(2))
              .id(ObservationId.of(random.get(2).id().value() + "-cousin"))
              .jurisdiction(cousinRegency.code())
              .build());
    }
  }

  /**
   * Saves everything as new aggregates, one transaction per kind.
   *
   * @param store the store
   */
  public void saveInto(RakorStore store) {
    saveAll(store, AggregateKind.JURISDICTION, jurisdictions);
    saveAll(store, AggregateKind.UNIT, scenario.units());
    saveAll(store, AggregateKind.FORUM, scenario.forums());
    saveAll(store, AggregateKind.OFFICIAL, scenario.officials());
    saveAll(store, AggregateKind.INDICATOR, scenario.indicators());
    saveAll(store, AggregateKind.PRIORITY, scenario.priorities());
    saveAll(store, AggregateKind.MEETING, List.of(scenario.meeting()));
    saveAll(store, AggregateKind.COMMITMENT, commitments);
    saveAll(store, AggregateKind.MONITORING_PLAN, List.of(scenario.plan()));
    saveAll(store, AggregateKind.MONITORING_CYCLE, scenario.cycles());
    saveAll(store, AggregateKind.PROGRESS_REPORT, reports);
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
    w.create(
        AggregateKind.JURISDICTION,
        edges(jurisdictions, scenario.jurisdictions()),
        j -> LoggedWriter.PRESENT);
    w.create(
        AggregateKind.COMMITMENT,
        edges(commitments, scenario.commitments()),
        c -> c.status().name());
    w.create(
        AggregateKind.PROGRESS_REPORT,
        edges(reports, scenario.reports()),
        r -> LoggedWriter.PRESENT);
    w.create(AggregateKind.OBSERVATION, observations, o -> LoggedWriter.PRESENT);
    w.create(AggregateKind.EVALUATION_RECORD, evaluations, r -> LoggedWriter.PRESENT);
    return events + w.events();
  }

  /** The edge cases of a list: what follows the scenario's own values. */
  private static <T> List<T> edges(List<T> all, List<T> scenarios) {
    return all.subList(scenarios.size(), all.size());
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
        + commitments.size()
        + " commitments, "
        + reports.size()
        + " reports, "
        + observations.size()
        + " observations, "
        + evaluations.size()
        + " evaluation records]";
  }
}
