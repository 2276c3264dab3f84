package io.rakor.core.monitoring;

import java.util.Optional;

/**
 * How many commitments of a group stand in each {@link Health}. Immutable and thread-safe.
 *
 * @param completed how many are completed
 * @param onTrack how many are on track
 * @param atRisk how many are at risk
 * @param notReported how many were not reported
 * @param offTrack how many are off track
 * @param overdue how many are overdue
 * @since 0.1
 */
public record HealthSummary(
    int completed, int onTrack, int atRisk, int notReported, int offTrack, int overdue) {

  /** The summary of nothing. */
  public static final HealthSummary EMPTY = new HealthSummary(0, 0, 0, 0, 0, 0);

  /**
   * Creates a summary.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public HealthSummary {
    if ((completed | onTrack | atRisk | notReported | offTrack | overdue) < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  static HealthSummary of(int[] counts) {
    return new HealthSummary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
  }

  /**
   * The count for one health.
   *
   * @param health the health
   * @return how many commitments have it
   */
  public int count(Health health) {
    return switch (health) {
      case COMPLETED -> completed;
      case ON_TRACK -> onTrack;
      case AT_RISK -> atRisk;
      case NOT_REPORTED -> notReported;
      case OFF_TRACK -> offTrack;
      case OVERDUE -> overdue;
    };
  }

  /**
   * How many commitments were evaluated.
   *
   * @return the total
   */
  public int total() {
    return completed + onTrack + atRisk + notReported + offTrack + overdue;
  }

  /**
   * The worst health present.
   *
   * @return the worst health, or empty if the group is empty
   */
  public Optional<Health> worst() {
    Health[] all = Health.values();
    for (int h = all.length - 1; h >= 0; h--) {
      if (count(all[h]) > 0) {
        return Optional.of(all[h]);
      }
    }
    return Optional.empty();
  }

  /**
   * The share of the group that is completed or on track.
   *
   * @return a fraction from 0 to 1; 0 for an empty group
   */
  public double shareOnTrack() {
    int total = total();
    return total == 0 ? 0 : (completed + onTrack) / (double) total;
  }

  /** Returns {@code n evaluated: a completed, b on track, ...}. */
  @Override
  public String toString() {
    return total()
        + " evaluated: "
        + completed
        + " completed, "
        + onTrack
        + " on track, "
        + atRisk
        + " at risk, "
        + notReported
        + " not reported, "
        + offTrack
        + " off track, "
        + overdue
        + " overdue";
  }
}
