package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit's report on one commitment for one monitoring cycle (<i>laporan kemajuan</i>): measured
 * indicator values, milestone completion, overall progress, a narrative, obstacles, evidence and
 * the spending on the commitment's funding lines.
 *
 * <p>Invariants, checked when built: progress is a number from 0 to 100 (percent), a negative zero
 * becoming zero; no indicator is reported twice for the same period and disaggregation, and no
 * milestone and funding line twice; the narrative, if given, is not blank. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgressReport.class)
@JsonDeserialize(as = ImmutableProgressReport.class)
public abstract class ProgressReport implements WithProgressReport {
  ProgressReport() {}

  /**
   * Starts building a report.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ProgressReport} values, checking every invariant in {@link #build()}. Obtained
   * from {@link ProgressReport#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableProgressReport.Builder {
    Builder() {}
  }

  /**
   * The report's identifier.
   *
   * @return the id
   */
  public abstract ProgressReportId id();

  /**
   * The commitment reported on.
   *
   * @return the commitment's id
   */
  public abstract CommitmentId commitment();

  /**
   * The cycle reported for.
   *
   * @return the cycle's id
   */
  public abstract CycleId cycle();

  /**
   * The unit that reports.
   *
   * @return the reporting unit's id
   */
  public abstract UnitId reportingUnit();

  /**
   * When the report was submitted.
   *
   * @return the submission instant
   */
  public abstract Instant submittedAt();

  /**
   * The indicator values measured.
   *
   * @return the values, at most one per indicator, period and disaggregation
   */
  @AllowNulls
  public abstract List<MeasuredValue> values();

  /**
   * The state of the commitment's milestones.
   *
   * @return the completions, at most one per milestone
   */
  @AllowNulls
  public abstract List<MilestoneCompletion> milestones();

  /**
   * The reporting unit's own estimate of overall progress, in percent.
   *
   * @return a number from 0 to 100
   */
  public abstract double progressPercent();

  /**
   * What happened, in words.
   *
   * @return the narrative
   */
  public abstract Optional<String> narrative();

  /**
   * What stands in the way.
   *
   * @return the obstacles
   */
  @AllowNulls
  public abstract List<Obstacle> obstacles();

  /**
   * References to evidence.
   *
   * @return the evidence references
   */
  @AllowNulls
  public abstract List<EvidenceRef> evidence();

  /**
   * The spending on the commitment's funding lines: for each line reported on, what was spent in
   * the cycle's period and to date; empty if the report gives none.
   *
   * @return the realisations, each naming a different line
   * @since 0.2
   */
  @AllowNulls
  public abstract List<Realisation> realisations();

  @Value.Check
  ProgressReport check() {
    if (Checker.isNegativeZero(progressPercent())) {
      return withProgressPercent(0.0);
    }
    Checker c =
        Checker.of("ProgressReport")
            .entries("values", values())
            .entries("milestones", milestones())
            .entries("obstacles", obstacles())
            .entries("evidence", evidence())
            .entries("realisations", realisations())
            .checkpoint()
            .instant("submittedAt", submittedAt())
            .measure("progressPercent", progressPercent())
            .require(
                progressPercent() >= 0 && progressPercent() <= 100,
                "progressPercent",
                progressPercent(),
                "must be from 0 to 100")
            .distinct(
                "values", values(), v -> List.of(v.indicator(), v.period(), v.disaggregation()))
            .distinct("milestones", milestones(), MilestoneCompletion::milestone)
            .distinct("realisations", realisations(), Realisation::line);
    narrative().ifPresent(n -> c.text("narrative", n));
    for (int i = 0; i < obstacles().size(); i++) {
      c.count("obstacles", i, "description", obstacles().get(i).description());
    }
    for (int i = 0; i < evidence().size(); i++) {
      EvidenceRef e = evidence().get(i);
      c.count("evidence", i, "uri", e.uri().toString());
      int index = i;
      e.description().ifPresent(d -> c.count("evidence", index, "description", d));
    }
    c.done();
    return this;
  }
}
