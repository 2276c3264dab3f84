package io.rakor.testkit.tck.internal;

import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.data.CollectionMethod;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationId;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.ObservationQuery;
import io.rakor.persistence.ProgressReportQuery;
import io.rakor.testkit.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators the contract test kit needs beyond {@link io.rakor.testkit.RakorGen}: observations for
 * a scenario, domain events, and queries drawn from a scenario's own values so that they select
 * something. Every generator draws only from the source it is given. Not API: it may change without
 * notice.
 */
public final class TckGen {
  private static final List<String> TEXTS =
      List.of(
          "Alasan: banjir di Kotabumi",
          "Anggaran terbatas — 50% terserap",
          "Kekurangan tenaga kesehatan di desa terpencil",
          "Données « synchronisées » ✓ 数据",
          "Rapat lanjutan dijadwalkan ulang");

  private TckGen() {}

  private static int draw(RandomnessSource src, int min, int max) {
    return integers().between(min, max).generate(src);
  }

  private static <T> T pick(RandomnessSource src, List<T> values) {
    return values.get(draw(src, 0, values.size() - 1));
  }

  private static boolean chance(RandomnessSource src, int percent) {
    return draw(src, 1, 100) <= percent;
  }

  private static final List<String> SEXES = List.of("female", "male");
  private static final List<String> PLACES = List.of("rural", "urban", "perdesaan ᮊᮧᮒ", "18.03.01");

  /**
   * Observations of a scenario's indicators in its jurisdictions, by its units.
   *
   * @param scenario the scenario
   * @param count how many
   * @return a generator of {@code count} observations with ids {@code obs-1, obs-2, ...}
   */
  public static Gen<List<Observation>> observations(Scenario scenario, int count) {
    List<IndicatorId> indicators = scenario.indicators().stream().map(Indicator::id).toList();
    List<JurisdictionCode> places =
        scenario.jurisdictions().stream().map(Jurisdiction::code).toList();
    List<UnitId> units = scenario.units().stream().map(ResponsibleUnit::id).toList();
    return src -> {
      List<Observation> out = new ArrayList<>(count);
      for (int i = 1; i <= count; i++) {
        int year = draw(src, 2023, 2026);
        ObservationPeriod period =
            chance(src, 40)
                ? ObservationPeriod.year(year)
                : ObservationPeriod.month(YearMonth.of(year, draw(src, 1, 12)));
        Observation.Builder o =
            Observation.builder()
                .id(ObservationId.of("obs-" + i))
                .indicator(pick(src, indicators))
                .jurisdiction(pick(src, places))
                .period(period)
                .value(draw(src, -1000, 100_000) / 8.0)
                .producer(pick(src, units))
                .collectedAt(Instant.ofEpochSecond(1_700_000_000L + draw(src, 0, 90_000_000)))
                .method(pick(src, List.of(CollectionMethod.values())))
                .source(chance(src, 50) ? Optional.of(pick(src, TEXTS)) : Optional.empty());
        // Rates and parts follow from the index, drawing nothing: the draws above stay as they
        // were.
        if (i % 3 == 0) { // a rate's numerator and denominator
          o.numerator(i).denominator(i * 2.5);
        }
        if (i % 4 == 1) { // a part of the population, sometimes in a script other than Latin
          Disaggregation part = Disaggregation.of(Disaggregation.SEX, SEXES.get(i / 4 % 2));
          o.disaggregation(
              i % 8 == 1 ? part.and(Disaggregation.PLACE, PLACES.get(i / 8 % 4)) : part);
        }
        out.add(o.build());
      }
      return out;
    };
  }

  /**
   * Domain events about a few subjects, with details in several scripts.
   *
   * @param count how many
   * @return a generator of {@code count} events
   */
  public static Gen<List<DomainEvent>> events(int count) {
    return src -> {
      List<DomainEvent> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        DomainEvent.Builder b =
            DomainEvent.builder()
                .type(pick(src, List.of(EventType.values())))
                .subjectKind(pick(src, List.of("Commitment", "Meeting", "MonitoringCycle")))
                .subjectId("subject-" + draw(src, 1, 5))
                .actor(
                    Actor.of(
                        UnitId.of("unit-" + draw(src, 1, 4)), pick(src, List.of(Role.values()))))
                .occurredAt(Instant.ofEpochSecond(1_768_000_000L + draw(src, 0, 10_000_000)))
                .fromState(pick(src, List.of("AGREED", "IN_PROGRESS", "OPEN")))
                .toState(pick(src, List.of("IN_PROGRESS", "COMPLETED", "CLOSED")));
        if (chance(src, 60)) {
          b.putDetail("reason", pick(src, TEXTS));
        }
        if (chance(src, 30)) {
          b.putDetail("progressPercent", Integer.toString(draw(src, 0, 100)));
        }
        out.add(b.build());
      }
      return out;
    };
  }

  /**
   * Commitment queries drawn from a scenario's values: each criterion present about one time in
   * four, sometimes with a value no commitment has.
   *
   * @param data the data set
   * @return a generator of queries
   */
  public static Gen<CommitmentQuery> commitmentQueries(Dataset data) {
    Scenario scenario = data.scenario();
    List<Commitment> cs = data.commitments();
    List<UnitId> units =
        ImmutableList.<UnitId>builder()
            .addAll(scenario.units().stream().map(ResponsibleUnit::id).toList())
            .add(UnitId.of("no-such-unit"))
            .build();
    List<PriorityArea> areas = new ArrayList<>();
    cs.forEach(c -> areas.add(c.area()));
    cs.forEach(c -> areas.add(c.area().root()));
    List<JurisdictionCode> places = data.jurisdictions().stream().map(Jurisdiction::code).toList();
    List<LocalDate> dues = cs.stream().map(Commitment::due).toList();
    return src -> {
      CommitmentQuery.Builder q = CommitmentQuery.builder();
      if (chance(src, 25)) {
        q.lead(chance(src, 80) ? pick(src, cs).lead() : pick(src, units));
      }
      if (chance(src, 20)) {
        q.supporter(pick(src, units));
      }
      if (chance(src, 20)) {
        q.involving(pick(src, units));
      }
      if (chance(src, 25)) {
        q.area(pick(src, areas));
      }
      if (chance(src, 20)) {
        q.priority(pick(src, scenario.priorities()).id());
      }
      if (chance(src, 30)) {
        Set<CommitmentStatus> statuses = EnumSet.noneOf(CommitmentStatus.class);
        int n = draw(src, 1, 3);
        for (int i = 0; i < n; i++) {
          statuses.add(pick(src, List.of(CommitmentStatus.values())));
        }
        q.statuses(statuses);
      }
      if (chance(src, 30)) {
        LocalDate a = pick(src, dues);
        LocalDate b = pick(src, dues).plusDays(draw(src, 0, 3));
        LocalDate from = a.isBefore(b) ? a : b;
        LocalDate to = a.isBefore(b) ? b : a;
        q.dueOnOrAfter(from).dueBefore(to.isAfter(from) ? to : from.plusDays(1));
      } else if (chance(src, 15)) {
        q.dueBefore(pick(src, dues));
      }
      if (chance(src, 25)) {
        q.within(pick(src, places));
      }
      if (chance(src, 15)) {
        q.originMeeting(
            chance(src, 80) ? scenario.meeting().id() : MeetingId.of("another-meeting"));
      }
      return q.build();
    };
  }

  /**
   * Progress report queries drawn from a scenario's values.
   *
   * @param data the data set
   * @return a generator of queries
   */
  public static Gen<ProgressReportQuery> progressReportQueries(Dataset data) {
    List<MonitoringCycle> cycles = data.scenario().cycles();
    List<Commitment> cs = data.commitments();
    return src -> {
      ProgressReportQuery.Builder q = ProgressReportQuery.builder();
      if (chance(src, 50)) {
        q.cycle(pick(src, cycles).id());
      }
      if (chance(src, 40)) {
        q.commitment(pick(src, cs).id());
      }
      if (chance(src, 20)) {
        q.reportingUnit(pick(src, cs).lead());
      }
      return q.build();
    };
  }

  /**
   * Observation queries drawn from a data set's values and its observations.
   *
   * @param data the data set
   * @return a generator of queries
   */
  public static Gen<ObservationQuery> observationQueries(Dataset data) {
    Scenario scenario = data.scenario();
    List<Observation> observations = data.observations();
    List<JurisdictionCode> places = data.jurisdictions().stream().map(Jurisdiction::code).toList();
    List<Priority> priorities = scenario.priorities();
    return src -> {
      ObservationQuery.Builder q = ObservationQuery.builder();
      if (chance(src, 40)) {
        q.indicator(pick(src, scenario.indicators()).id());
      }
      if (chance(src, 30)) {
        q.within(pick(src, places));
      }
      if (chance(src, 20)) {
        q.period(pick(src, observations).period());
      }
      if (chance(src, 25)) {
        int year = draw(src, 2023, 2026);
        q.overlapping(ObservationPeriod.month(YearMonth.of(year, draw(src, 1, 12))));
      }
      if (chance(src, 15)) {
        q.producer(pick(src, observations).producer());
      }
      if (chance(src, 5) && !priorities.isEmpty()) {
        q.producer(priorities.get(0).lead());
      }
      return q.build();
    };
  }
}
