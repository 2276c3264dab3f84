package io.rakor.core.indicators;

/**
 * Which way an {@link Indicator} should move. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum Direction {
  /** More is better: immunisation coverage, households with clean water. */
  HIGHER_IS_BETTER,
  /** Less is better: stunting prevalence, disaster casualties. */
  LOWER_IS_BETTER;

  /**
   * Whether {@code actual} meets {@code target} in this direction.
   *
   * @param actual the measured value
   * @param target the value aimed for
   * @return {@code actual >= target} when higher is better, {@code actual <= target} otherwise
   */
  public boolean meets(double actual, double target) {
    return this == HIGHER_IS_BETTER ? actual >= target : actual <= target;
  }
}
