package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.values.Checker;
import io.rakor.core.values.Limits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A cycle's evaluation, kept: when it was made, with which thresholds, and each evaluated
 * commitment's health and numbers ({@link RecordedAssessment}). One record per cycle, identified by
 * the cycle's id; evaluating the cycle again and recording it makes a new version. Records of
 * consecutive cycles give a commitment's or a unit's series over time ({@link HealthSeries}) and
 * the previous cycle's side of a {@link Trend} ({@link CycleEvaluation#withPrevious}).
 *
 * <p>Invariants, checked when built: {@code sequence >= 1}; the dates and the instant are in the
 * years of {@link Limits}; no assessment is null, no commitment is recorded twice, and a record
 * holds at most {@link Limits#RECORD_ELEMENTS} assessments (an evaluation of a larger portfolio is
 * recorded per plan or per jurisdiction). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluationRecord.class)
@JsonDeserialize(as = ImmutableEvaluationRecord.class)
public abstract class EvaluationRecord implements WithEvaluationRecord {
  EvaluationRecord() {}

  /**
   * Starts building an {@link EvaluationRecord}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link EvaluationRecord} values, checking every invariant in {@link #build()}. Obtained
   * from {@link EvaluationRecord#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableEvaluationRecord.Builder {
    Builder() {}
  }

  /**
   * The record of an evaluation: every evaluated commitment, in portfolio order, with the
   * evaluation's thresholds.
   *
   * @param evaluation a cycle's evaluation
   * @param evaluatedAt when it was made
   * @return the record
   * @throws io.rakor.core.RakorValidationException if the evaluation has more than {@link
   *     Limits#RECORD_ELEMENTS} evaluated commitments
   */
  public static EvaluationRecord of(CycleEvaluation evaluation, Instant evaluatedAt) {
    MonitoringCycle cycle = evaluation.cycle();
    Builder b =
        builder()
            .cycle(cycle.id())
            .plan(cycle.plan())
            .sequence(cycle.sequence())
            .asOf(cycle.periodEnd())
            .evaluatedAt(evaluatedAt)
            .thresholds(evaluation.thresholds());
    int size = evaluation.portfolio().size();
    for (int i = 0; i < size; i++) {
      evaluation.assessment(i).map(RecordedAssessment::from).ifPresent(b::addAssessments);
    }
    return b.build();
  }

  /**
   * The cycle evaluated; also the record's id.
   *
   * @return the cycle's id
   */
  public abstract CycleId cycle();

  /**
   * The cycle's plan.
   *
   * @return the plan's id
   */
  public abstract MonitoringPlanId plan();

  /**
   * The cycle's sequence number in its plan, by which records are ordered.
   *
   * @return 1 or more
   */
  public abstract int sequence();

  /**
   * The day the evaluation looked from: the end of the cycle's period (exclusive).
   *
   * @return the period end
   */
  public abstract LocalDate asOf();

  /**
   * When the evaluation was made.
   *
   * @return the instant
   */
  public abstract Instant evaluatedAt();

  /**
   * The thresholds it was made with.
   *
   * @return the thresholds
   */
  public abstract HealthThresholds thresholds();

  /**
   * Each evaluated commitment's result.
   *
   * @return the results, one per commitment
   */
  public abstract List<RecordedAssessment> assessments();

  /**
   * The results by commitment.
   *
   * @return a map from each recorded commitment to its result
   */
  @Value.Lazy
  public ImmutableMap<CommitmentId, RecordedAssessment> byCommitment() {
    return assessments().stream()
        .collect(ImmutableMap.toImmutableMap(RecordedAssessment::commitment, Function.identity()));
  }

  /**
   * One commitment's result.
   *
   * @param commitment the commitment's id
   * @return its result, or empty if it was not evaluated in this cycle
   */
  public Optional<RecordedAssessment> assessment(CommitmentId commitment) {
    return Optional.ofNullable(byCommitment().get(commitment));
  }

  /**
   * How many commitments were in each health.
   *
   * @return the totals
   */
  public HealthSummary summary() {
    int[] counts = new int[Health.values().length];
    for (RecordedAssessment a : assessments()) {
      counts[a.health().ordinal()]++;
    }
    return HealthSummary.of(counts);
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("EvaluationRecord");
    if (c.list("assessments", assessments(), Limits.RECORD_ELEMENTS)) {
      c.distinct("assessments", assessments(), RecordedAssessment::commitment);
    }
    c.checkpoint()
        .require(sequence() >= 1, "sequence", sequence(), "must be at least 1")
        .date("asOf", asOf())
        .instant("evaluatedAt", evaluatedAt())
        .done();
  }
}
