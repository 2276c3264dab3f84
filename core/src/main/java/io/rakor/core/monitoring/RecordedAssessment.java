package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One commitment's result in a stored {@link EvaluationRecord}: its health and the numbers behind
 * it, compactly (no reasons, checks or whole aggregates), as the evaluation said them when it was
 * recorded.
 *
 * <p>Invariants, checked when built: the percentages are finite numbers from 0 to 100, points
 * behind from -100 to 100 (a negative zero is kept as zero, as JSON stores may not keep its sign);
 * {@code atRiskCycles >= 0}, and 0 unless the health is at risk or worse. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordedAssessment.class)
@JsonDeserialize(as = ImmutableRecordedAssessment.class)
public abstract class RecordedAssessment implements WithRecordedAssessment {
  RecordedAssessment() {}

  /**
   * Starts building a {@link RecordedAssessment}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link RecordedAssessment} values, checking every invariant in {@link #build()}.
   * Obtained from {@link RecordedAssessment#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableRecordedAssessment.Builder {
    Builder() {}
  }

  /**
   * The part of an assessment that is recorded.
   *
   * @param a an assessment
   * @return its record
   */
  public static RecordedAssessment from(CommitmentAssessment a) {
    Builder b =
        builder()
            .commitment(a.commitment())
            .lead(a.lead())
            .priority(a.priority())
            .health(a.health())
            .expectedPercent(a.expectedPercent())
            .atRiskCycles(a.atRiskCycles())
            .trend(a.trend());
    a.reportedPercent().ifPresent(b::reportedPercent);
    a.progressPercent().ifPresent(b::progressPercent);
    a.pointsBehind().ifPresent(b::pointsBehind);
    return b.build();
  }

  /**
   * The commitment.
   *
   * @return its id
   */
  public abstract CommitmentId commitment();

  /**
   * Its lead unit when evaluated.
   *
   * @return the unit's id
   */
  public abstract UnitId lead();

  /**
   * The priority it served when evaluated.
   *
   * @return the priority's id
   */
  public abstract PriorityId priority();

  /**
   * Its health.
   *
   * @return the health
   */
  public abstract Health health();

  /**
   * The progress expected of it ({@link CommitmentAssessment#expectedPercent()}).
   *
   * @return 0 to 100
   */
  public abstract double expectedPercent();

  /**
   * The progress its own report gave ({@link CommitmentAssessment#reportedPercent()}).
   *
   * @return 0 to 100, or empty if it had no report
   */
  public abstract Optional<Double> reportedPercent();

  /**
   * The progress counted for it ({@link CommitmentAssessment#progressPercent()}): reported, or for
   * a parent without a report of its own, its children's weighted progress.
   *
   * @return 0 to 100, or empty if there was nothing to count
   */
  public abstract Optional<Double> progressPercent();

  /**
   * Points behind (positive) or ahead (negative) ({@link CommitmentAssessment#pointsBehind()}).
   *
   * @return -100 to 100, or empty if there was nothing to compare
   */
  public abstract Optional<Double> pointsBehind();

  /**
   * For how many cycles in a row it had been at risk or worse ({@link
   * CommitmentAssessment#atRiskCycles()}).
   *
   * @return the number of cycles, 0 unless set
   */
  @Value.Default
  public int atRiskCycles() {
    return 0;
  }

  /**
   * Its trend then ({@link CommitmentAssessment#trend()}).
   *
   * @return the trend, {@link Trend#NO_HISTORY} unless set
   */
  @Value.Default
  public Trend trend() {
    return Trend.NO_HISTORY;
  }

  /** {@link #progressPercent()} as a primitive optional. */
  OptionalDouble progress() {
    return progressPercent().map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  /** {@link #pointsBehind()} as a primitive optional, for {@link Trend#between}. */
  OptionalDouble behind() {
    return pointsBehind().map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  @Value.Check
  RecordedAssessment check() {
    if (Checker.isNegativeZero(expectedPercent())) {
      return withExpectedPercent(0.0);
    }
    if (reportedPercent().filter(Checker::isNegativeZero).isPresent()) {
      return withReportedPercent(0.0);
    }
    if (progressPercent().filter(Checker::isNegativeZero).isPresent()) {
      return withProgressPercent(0.0);
    }
    if (pointsBehind().filter(Checker::isNegativeZero).isPresent()) {
      return withPointsBehind(0.0);
    }
    Checker c = Checker.of("RecordedAssessment");
    percent(c, "expectedPercent", expectedPercent(), 0);
    reportedPercent().ifPresent(v -> percent(c, "reportedPercent", v, 0));
    progressPercent().ifPresent(v -> percent(c, "progressPercent", v, 0));
    pointsBehind().ifPresent(v -> percent(c, "pointsBehind", v, -100));
    c.require(
            atRiskCycles() >= 0
                && (atRiskCycles() == 0 || health().severity() >= Health.AT_RISK.severity()),
            "atRiskCycles",
            atRiskCycles(),
            "must be 0 or more, and 0 unless the health is AT_RISK or worse (" + health() + ")")
        .done();
    return this;
  }

  private static void percent(Checker c, String field, double value, double min) {
    c.measure(field, value)
        .require(
            value >= min && value <= 100,
            field,
            value,
            "must be from " + (int) min + " to 100 points");
  }
}
