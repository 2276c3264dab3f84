package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import org.immutables.value.Value;

/**
 * The thresholds of the health rules, with documented defaults.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>threshold</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #atRiskGap()}</td><td>10</td><td>percentage points behind expectation beyond
 *       which a commitment is at risk</td></tr>
 *   <tr><td>{@link #offTrackGap()}</td><td>25</td><td>percentage points behind expectation
 *       beyond which it is off track</td></tr>
 *   <tr><td>{@link #missedMilestonesOffTrack()}</td><td>2</td><td>milestones due and not done
 *       that make it off track (one makes it at risk)</td></tr>
 *   <tr><td>{@link #lateReportAtRisk()}</td><td>true</td><td>whether a report after the deadline
 *       makes it at least at risk</td></tr>
 *   <tr><td>{@link #dueSoonDays()}</td><td>14</td><td>days from the end of the period within
 *       which a milestone not done is {@link MilestoneState#DUE_SOON}</td></tr>
 *   <tr><td>{@link #expectation()}</td><td>CHECKPOINTS</td><td>how expected progress is drawn:
 *       piecewise through milestones and successive targets</td></tr>
 *   <tr><td>{@link #parentFloor()}</td><td>OVERDUE_CHILD</td><td>how a parent judged by its
 *       children is bounded by them: no better than its worst overdue child</td></tr>
 *   <tr><td>{@link #absorptionTolerance()}</td><td>25</td><td>percentage points by which a
 *       funding line's absorption may trail the share of its fiscal year elapsed before the
 *       commitment is at risk</td></tr>
 * </table>
 *
 * <p>Invariants, checked when built: {@code 0 <= atRiskGap <= offTrackGap <= 100}; {@code
 * missedMilestonesOffTrack >= 1}; {@code 0 <= dueSoonDays <= 366}; {@code 0 <= absorptionTolerance
 * <= 100}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthThresholds.class)
@JsonDeserialize(as = ImmutableHealthThresholds.class)
public abstract class HealthThresholds implements WithHealthThresholds {
  private static final HealthThresholds DEFAULTS = HealthThresholds.builder().build();

  HealthThresholds() {}

  /**
   * The documented defaults.
   *
   * @return the default thresholds
   */
  public static HealthThresholds defaults() {
    return DEFAULTS;
  }

  /**
   * Starts building thresholds; anything not set keeps its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link HealthThresholds} values, checking every invariant in {@link #build()}. Obtained
   * from {@link HealthThresholds#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableHealthThresholds.Builder {
    Builder() {}
  }

  /**
   * Percentage points by which progress may trail expectation before the commitment is at risk.
   *
   * @return the gap; 10 unless set
   */
  @Value.Default
  public double atRiskGap() {
    return 10.0;
  }

  /**
   * Percentage points by which progress may trail expectation before it is off track.
   *
   * @return the gap; 25 unless set
   */
  @Value.Default
  public double offTrackGap() {
    return 25.0;
  }

  /**
   * How many milestones due and not done make a commitment off track.
   *
   * @return the count; 2 unless set
   */
  @Value.Default
  public int missedMilestonesOffTrack() {
    return 2;
  }

  /**
   * Whether a report submitted after the deadline makes a commitment at least at risk.
   *
   * @return true unless set
   */
  @Value.Default
  public boolean lateReportAtRisk() {
    return true;
  }

  /**
   * How many days from the end of the period a milestone that is not done counts as due soon: one
   * due on a day in {@code [asOf, asOf + dueSoonDays)} is {@link MilestoneState#DUE_SOON}.
   *
   * @return the days; 14 unless set
   */
  @Value.Default
  public int dueSoonDays() {
    return 14;
  }

  /**
   * How the progress expected by a date is drawn.
   *
   * @return the expectation; {@link Expectation#CHECKPOINTS} unless set
   */
  @Value.Default
  public Expectation expectation() {
    return Expectation.CHECKPOINTS;
  }

  /**
   * How a parent judged by its children is bounded by them.
   *
   * @return the floor; {@link ParentFloor#OVERDUE_CHILD} unless set
   */
  @Value.Default
  public ParentFloor parentFloor() {
    return ParentFloor.OVERDUE_CHILD;
  }

  /**
   * Percentage points by which a funding line's absorption (spent to date ÷ allocation) may trail
   * the share of its fiscal year elapsed by the end of the cycle's period before the commitment is
   * at risk. Budgets are usually spent late in the year, so the default is generous: at the end of
   * June, half the year elapsed, a line is flagged when less than 25% of it is spent. 100 never
   * flags a low absorption; spending more than allocated is flagged whatever the tolerance.
   *
   * @return the tolerance in points; 25 unless set
   * @since 0.2
   */
  @Value.Default
  public double absorptionTolerance() {
    return 25.0;
  }

  @Value.Check
  HealthThresholds check() {
    if (Checker.isNegativeZero(atRiskGap())) {
      return withAtRiskGap(0.0);
    }
    if (Checker.isNegativeZero(offTrackGap())) {
      return withOffTrackGap(0.0);
    }
    if (Checker.isNegativeZero(absorptionTolerance())) {
      return withAbsorptionTolerance(0.0);
    }
    Checker.of("HealthThresholds")
        .require(
            atRiskGap() >= 0 && atRiskGap() <= offTrackGap(),
            "atRiskGap",
            atRiskGap(),
            "must be from 0 to offTrackGap " + offTrackGap())
        .require(offTrackGap() <= 100, "offTrackGap", offTrackGap(), "must be at most 100 points")
        .require(
            missedMilestonesOffTrack() >= 1,
            "missedMilestonesOffTrack",
            missedMilestonesOffTrack(),
            "must be at least 1")
        .require(
            dueSoonDays() >= 0 && dueSoonDays() <= 366,
            "dueSoonDays",
            dueSoonDays(),
            "must be from 0 to 366")
        .require(
            absorptionTolerance() >= 0 && absorptionTolerance() <= 100,
            "absorptionTolerance",
            absorptionTolerance(),
            "must be from 0 to 100 points")
        .done();
    return this;
  }
}
