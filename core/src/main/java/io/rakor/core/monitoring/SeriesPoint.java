package io.rakor.core.monitoring;

import java.time.LocalDate;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One cycle of a commitment's or a unit's series ({@link HealthSeries}): the health, progress and
 * points behind recorded for the cycle, and the trend since the point before. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SeriesPoint implements WithSeriesPoint {
  SeriesPoint() {}

  /**
   * Starts building a {@link SeriesPoint}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link SeriesPoint} values, checking every invariant in {@link #build()}. Obtained from
   * {@link SeriesPoint#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableSeriesPoint.Builder {
    Builder() {}
  }

  /**
   * The cycle.
   *
   * @return its id
   */
  public abstract CycleId cycle();

  /**
   * The cycle's sequence number in its plan.
   *
   * @return 1 or more
   */
  public abstract int sequence();

  /**
   * The day the cycle's evaluation looked from (the end of its period, exclusive).
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The health: a commitment's, or the worst of a unit's commitments.
   *
   * @return the health
   */
  public abstract Health health();

  /**
   * The progress counted: a commitment's, or the mean of a unit's commitments that had one.
   *
   * @return the percentage, or empty if none was counted
   */
  public abstract OptionalDouble progressPercent();

  /**
   * Points behind (negative: ahead): a commitment's, or the mean of a unit's commitments that had
   * one.
   *
   * @return the points, or empty if none was known
   */
  public abstract OptionalDouble pointsBehind();

  /**
   * How many commitments the point stands for: 1 for a commitment, the unit's evaluated commitments
   * for a unit.
   *
   * @return 1 or more
   */
  public abstract int commitments();

  /**
   * The trend since the point of the record before ({@link Trend#between}), {@link
   * Trend#NO_HISTORY} for the first point or after a record that did not hold it.
   *
   * @return the trend
   */
  public abstract Trend trend();
}
