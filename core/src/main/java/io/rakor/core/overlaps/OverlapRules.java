package io.rakor.core.overlaps;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.values.Checker;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What counts as an overlap, and how much of the result to keep.
 *
 * <p>Two commitments overlap when, under these rules, all of the following hold: their lead units
 * differ; neither has an {@linkplain #excludedStatuses() excluded status}; their areas {@linkplain
 * AreaMatching#matches match}; some jurisdiction of one's scope intersects some jurisdiction of the
 * other's (equal, ancestor or descendant); and their windows {@code [start, due]} (both dates
 * inclusive) share at least one day.
 *
 * <p>Invariants, checked when built: {@link #maxReportedPairs()} is at least 1. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOverlapRules.class)
@JsonDeserialize(as = ImmutableOverlapRules.class)
public abstract class OverlapRules implements WithOverlapRules {
  OverlapRules() {}

  /**
   * Starts building rules; every attribute has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link OverlapRules} values, checking every invariant in {@link #build()}. Obtained from
   * {@link OverlapRules#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableOverlapRules.Builder {
    Builder() {}
  }

  /**
   * The default rules: {@link AreaMatching#NESTED}, cancelled and superseded commitments ignored,
   * at most 100,000 pairs reported.
   *
   * @return the defaults
   */
  public static OverlapRules defaults() {
    return builder().build();
  }

  /**
   * When two areas count as the same; {@link AreaMatching#NESTED} unless set.
   *
   * @return the area rule
   */
  @Value.Default
  public AreaMatching areaMatching() {
    return AreaMatching.NESTED;
  }

  /**
   * Statuses whose commitments are left out; {@code CANCELLED} and {@code SUPERSEDED} unless set.
   *
   * @return the excluded statuses
   */
  @Value.Default
  public Set<CommitmentStatus> excludedStatuses() {
    return EnumSet.of(CommitmentStatus.CANCELLED, CommitmentStatus.SUPERSEDED);
  }

  /**
   * The most pairs a report lists; the strongest are kept. Clusters and the total count always
   * cover every pair. 100,000 unless set.
   *
   * @return the cap on listed pairs, at least 1
   */
  @Value.Default
  public int maxReportedPairs() {
    return 100_000;
  }

  @Value.Check
  void check() {
    Checker.of("OverlapRules")
        .require(
            maxReportedPairs() >= 1, "maxReportedPairs", maxReportedPairs(), "must be at least 1")
        .done();
  }
}
