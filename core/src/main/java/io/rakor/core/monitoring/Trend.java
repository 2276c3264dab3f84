package io.rakor.core.monitoring;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a commitment (or a unit's commitments) moved since the previous cycle: {@link #IMPROVING},
 * {@link #FLAT} or {@link #WORSENING}, or {@link #NO_HISTORY} when there is nothing to compare
 * with. The rule ({@link #between}) is written down in {@code docs/monitoring.md}, section
 * <i>History and trends</i>. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum Trend {
  /** Better than the previous cycle: a less severe health, or fewer points behind. */
  IMPROVING,
  /** As the previous cycle: the same health, and points behind within {@link #TOLERANCE}. */
  FLAT,
  /** Worse than the previous cycle: a more severe health, or more points behind. */
  WORSENING,
  /** Not evaluated in the previous cycle, or no previous cycle. */
  NO_HISTORY;

  /**
   * The change in points behind, in percentage points, that still counts as {@link #FLAT} when the
   * health stays the same.
   */
  public static final double TOLERANCE = 1.0;

  /**
   * The trend from one cycle to the next, by this rule, in order:
   *
   * <ol>
   *   <li>no previous health: {@link #NO_HISTORY};
   *   <li>the health's {@link Health#severity()} went down: {@link #IMPROVING}; up: {@link
   *       #WORSENING};
   *   <li>the same health, and points behind known in both cycles: more than {@link #TOLERANCE}
   *       points more behind is {@link #WORSENING}, more than {@link #TOLERANCE} fewer is {@link
   *       #IMPROVING};
   *   <li>otherwise {@link #FLAT}.
   * </ol>
   *
   * @param previousHealth the health in the previous cycle, if it was evaluated there
   * @param previousPointsBehind the points behind then, if known
   * @param health the health now
   * @param pointsBehind the points behind now, if known
   * @return the trend
   */
  public static Trend between(
      Optional<Health> previousHealth,
      OptionalDouble previousPointsBehind,
      Health health,
      OptionalDouble pointsBehind) {
    if (previousHealth.isEmpty()) {
      return NO_HISTORY;
    }
    int bySeverity = Integer.compare(health.severity(), previousHealth.get().severity());
    if (bySeverity != 0) {
      return bySeverity < 0 ? IMPROVING : WORSENING;
    }
    if (previousPointsBehind.isPresent() && pointsBehind.isPresent()) {
      double change = pointsBehind.getAsDouble() - previousPointsBehind.getAsDouble();
      if (change > TOLERANCE) {
        return WORSENING;
      }
      if (change < -TOLERANCE) {
        return IMPROVING;
      }
    }
    return FLAT;
  }
}
