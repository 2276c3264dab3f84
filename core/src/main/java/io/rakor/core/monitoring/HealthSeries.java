package io.rakor.core.monitoring;

import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.units.UnitId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A commitment's or a unit's series over cycles, read from stored {@link EvaluationRecord}s. The
 * records are put in the order of their cycles ({@link EvaluationRecord#sequence()}, then cycle
 * id); each record that holds the commitment (or a commitment the unit leads) gives one point, and
 * each point's {@link SeriesPoint#trend()} compares it with the record just before it in that
 * order. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class HealthSeries {
  /** The order of records in a series: by sequence, then by cycle id. */
  public static final Comparator<EvaluationRecord> ORDER =
      Comparator.comparingInt(EvaluationRecord::sequence).thenComparing(r -> r.cycle().value());

  private HealthSeries() {}

  /**
   * A commitment's series: its health, counted progress and points behind in each record that holds
   * it.
   *
   * @param records records of the cycles of one plan, in any order
   * @param commitment the commitment
   * @return its points, in cycle order
   */
  public static ImmutableList<SeriesPoint> ofCommitment(
      Collection<EvaluationRecord> records, CommitmentId commitment) {
    return series(
        records,
        r -> r.assessment(commitment).map(a -> point(r, a.health(), a.progress(), a.behind(), 1)));
  }

  /**
   * A lead unit's series: in each record that holds a commitment it leads, the worst health of
   * those commitments, the mean of their counted progress and the mean of their points behind (each
   * over the commitments that have one).
   *
   * @param records records of the cycles of one plan, in any order
   * @param unit the lead unit
   * @return its points, in cycle order
   */
  public static ImmutableList<SeriesPoint> ofUnit(
      Collection<EvaluationRecord> records, UnitId unit) {
    return series(
        records,
        r -> {
          List<RecordedAssessment> led =
              r.assessments().stream().filter(a -> a.lead().equals(unit)).toList();
          if (led.isEmpty()) {
            return Optional.empty();
          }
          Health worst = Health.COMPLETED;
          for (RecordedAssessment a : led) {
            worst = worst.worse(a.health());
          }
          return Optional.of(
              point(
                  r,
                  worst,
                  mean(led, RecordedAssessment::progressPercent),
                  mean(led, RecordedAssessment::pointsBehind),
                  led.size()));
        });
  }

  private static ImmutableList<SeriesPoint> series(
      Collection<EvaluationRecord> records,
      Function<EvaluationRecord, Optional<SeriesPoint.Builder>> pointOf) {
    List<EvaluationRecord> ordered = new ArrayList<>(records);
    ordered.sort(ORDER);
    ImmutableList.Builder<SeriesPoint> out = ImmutableList.builder();
    SeriesPoint before = null;
    for (EvaluationRecord r : ordered) {
      Optional<SeriesPoint.Builder> p = pointOf.apply(r);
      if (p.isEmpty()) {
        before = null;
        continue;
      }
      SeriesPoint point = p.get().trend(Trend.NO_HISTORY).build();
      if (before != null) {
        point =
            point.withTrend(
                Trend.between(
                    Optional.of(before.health()),
                    before.pointsBehind(),
                    point.health(),
                    point.pointsBehind()));
      }
      out.add(point);
      before = point;
    }
    return out.build();
  }

  private static SeriesPoint.Builder point(
      EvaluationRecord r,
      Health health,
      OptionalDouble progress,
      OptionalDouble behind,
      int commitments) {
    return SeriesPoint.builder()
        .cycle(r.cycle())
        .sequence(r.sequence())
        .asOf(r.asOf())
        .health(health)
        .progressPercent(progress)
        .pointsBehind(behind)
        .commitments(commitments);
  }

  private static OptionalDouble mean(
      List<RecordedAssessment> led, Function<RecordedAssessment, Optional<Double>> value) {
    return led.stream()
        .map(value)
        .flatMap(Optional::stream)
        .mapToDouble(Double::doubleValue)
        .average();
  }
}
