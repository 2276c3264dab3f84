package io.rakor.core.monitoring;

import com.google.common.base.Preconditions;
import io.rakor.core.commitments.Target;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * One cycle's progress reports, indexed by commitment, in the columnar form {@link
 * MonitoringEvaluator} reads: reported progress, submission time, each target's measured value and
 * each milestone's completion, as primitive arrays aligned with a {@link Portfolio}.
 *
 * <p>Build it from {@link ProgressReport}s with {@link #of(Portfolio, MonitoringCycle,
 * Collection)}, or fill it directly with {@link #builder(Portfolio, MonitoringCycle)} when the
 * numbers come from elsewhere (a database cursor, a generator). A commitment reported twice keeps
 * its latest submission. Immutable once built and thread-safe.
 *
 * @since 0.1
 */
public final class CycleReports {
  final Portfolio portfolio;
  final MonitoringCycle cycle;
  final double[] progress;
  final long[] submittedAt;
  final double[] measured;
  final boolean[] milestoneDone;
  private final int ignored;

  private CycleReports(Builder b) {
    this.portfolio = b.portfolio;
    this.cycle = b.cycle;
    this.progress = b.progress;
    this.submittedAt = b.submittedAt;
    this.measured = b.measured;
    this.milestoneDone = b.milestoneDone;
    this.ignored = b.ignored;
  }

  /**
   * Indexes a cycle's reports. Reports for other cycles or for commitments outside the portfolio
   * are counted in {@link #ignored()} and otherwise ignored.
   *
   * @param portfolio the commitments
   * @param cycle the cycle
   * @param reports the reports
   * @return the indexed reports
   */
  public static CycleReports of(
      Portfolio portfolio, MonitoringCycle cycle, Collection<ProgressReport> reports) {
    Builder b = builder(portfolio, cycle);
    reports.forEach(b::add);
    return b.build();
  }

  /**
   * Starts an empty set of reports for a cycle: nobody has reported yet.
   *
   * @param portfolio the commitments
   * @param cycle the cycle
   * @return a new builder
   */
  public static Builder builder(Portfolio portfolio, MonitoringCycle cycle) {
    return new Builder(portfolio, cycle);
  }

  /**
   * The cycle reported for.
   *
   * @return the cycle
   */
  public MonitoringCycle cycle() {
    return cycle;
  }

  /**
   * The portfolio the reports are aligned with.
   *
   * @return the portfolio
   */
  public Portfolio portfolio() {
    return portfolio;
  }

  /**
   * Whether a commitment was reported on.
   *
   * @param commitment the commitment's index
   * @return true if a report was given
   */
  public boolean reported(int commitment) {
    return !Double.isNaN(progress[commitment]);
  }

  /**
   * How many reports were ignored because they were for another cycle or an unknown commitment.
   *
   * @return the count
   */
  public int ignored() {
    return ignored;
  }

  /**
   * Fills a {@link CycleReports}. Not thread-safe; the arrays are handed over on {@link #build()}
   * and the builder must not be used after.
   */
  public static final class Builder {
    private final Portfolio portfolio;
    private final MonitoringCycle cycle;
    private final double[] progress;
    private final long[] submittedAt;
    private final double[] measured;
    private final boolean[] milestoneDone;
    private int ignored;
    private boolean built;

    private Builder(Portfolio portfolio, MonitoringCycle cycle) {
      this.portfolio = portfolio;
      this.cycle = cycle;
      this.progress = new double[portfolio.size()];
      Arrays.fill(progress, Double.NaN);
      this.submittedAt = new long[portfolio.size()];
      this.measured = new double[portfolio.targetSlots()];
      Arrays.fill(measured, Double.NaN);
      this.milestoneDone = new boolean[portfolio.milestoneSlots()];
    }

    /**
     * Adds a report; one for another cycle or an unknown commitment is counted as ignored.
     *
     * @param report the report
     * @return this builder
     */
    public Builder add(ProgressReport report) {
      OptionalInt found = portfolio.indexOf(report.commitment());
      if (found.isEmpty() || !report.cycle().equals(cycle.id())) {
        ignored++;
        return this;
      }
      int i = found.getAsInt();
      long at = report.submittedAt().getEpochSecond();
      if (!Double.isNaN(progress[i]) && submittedAt[i] > at) {
        return this; // an earlier report than the one kept
      }
      report(i, report.progressPercent(), at);
      List<Target> targets = portfolio.commitment(i).targets();
      for (MeasuredValue value : report.values()) {
        for (int k = 0; k < targets.size(); k++) {
          if (targets.get(k).indicator().equals(value.indicator())) {
            measured[portfolio.targetFrom[i] + k] = value.value();
          }
        }
      }
      for (MilestoneCompletion completion : report.milestones()) {
        int slot = portfolio.milestoneSlot(i, completion.milestone());
        if (slot >= 0) {
          milestoneDone[slot] = completion.done();
        }
      }
      return this;
    }

    /**
     * Records a report's progress and submission time.
     *
     * @param commitment the commitment's index
     * @param progressPercent the reported progress, 0 to 100
     * @param submittedAtEpochSecond when it was submitted, in seconds since the epoch
     * @return this builder
     * @throws IllegalArgumentException if the progress is not from 0 to 100
     */
    public Builder report(int commitment, double progressPercent, long submittedAtEpochSecond) {
      Preconditions.checkArgument(
          progressPercent >= 0 && progressPercent <= 100,
          "progress must be from 0 to 100: %s",
          progressPercent);
      progress[commitment] = progressPercent;
      submittedAt[commitment] = submittedAtEpochSecond;
      return this;
    }

    /**
     * Records a report's progress and submission time.
     *
     * @param commitment the commitment's index
     * @param progressPercent the reported progress, 0 to 100
     * @param submitted when it was submitted
     * @return this builder
     */
    public Builder report(int commitment, double progressPercent, Instant submitted) {
      return report(commitment, progressPercent, submitted.getEpochSecond());
    }

    /**
     * Records the value measured for one of a commitment's targets.
     *
     * @param commitment the commitment's index
     * @param target the target's position in the commitment's {@code targets()}
     * @param value the measured value
     * @return this builder
     */
    public Builder measured(int commitment, int target, double value) {
      measured[slot(portfolio.targetFrom, commitment, target)] = value;
      return this;
    }

    /**
     * Records that one of a commitment's milestones is done.
     *
     * @param commitment the commitment's index
     * @param milestone the milestone's position in the commitment's {@code milestones()}
     * @return this builder
     */
    public Builder milestoneDone(int commitment, int milestone) {
      milestoneDone[slot(portfolio.milestoneFrom, commitment, milestone)] = true;
      return this;
    }

    private static int slot(int[] from, int commitment, int k) {
      int slot = from[commitment] + k;
      Preconditions.checkElementIndex(slot, from[commitment + 1], "slot");
      Preconditions.checkArgument(k >= 0, "negative position %s", k);
      return slot;
    }

    /**
     * Builds the reports.
     *
     * @return the reports
     * @throws IllegalStateException if called twice
     */
    public CycleReports build() {
      Preconditions.checkState(!built, "already built");
      built = true;
      return new CycleReports(this);
    }
  }
}
