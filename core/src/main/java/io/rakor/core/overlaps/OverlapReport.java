package io.rakor.core.overlaps;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.List;
import org.immutables.value.Value;

/**
 * What an {@link OverlapFinder} found in a portfolio: the overlapping pairs, strongest first (at
 * most {@link OverlapRules#maxReportedPairs()} of them), the total number of pairs, and the
 * clusters they form, strongest first. Clusters and the total always account for every pair, even
 * when the list of pairs is capped.
 *
 * <p>Invariants, checked when built: the total is at least the number of listed pairs. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOverlapReport.class)
@JsonDeserialize(as = ImmutableOverlapReport.class)
public abstract class OverlapReport implements WithOverlapReport {
  OverlapReport() {}

  /**
   * Starts building a report. Usually the {@link OverlapFinder} builds them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link OverlapReport} values, checking every invariant in {@link #build()}. Obtained
   * from {@link OverlapReport#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableOverlapReport.Builder {
    Builder() {}
  }

  /**
   * How many commitments were examined (after leaving out excluded statuses).
   *
   * @return the count
   */
  public abstract int commitmentsExamined();

  /**
   * The overlapping pairs, strongest first, capped at {@link OverlapRules#maxReportedPairs()}.
   *
   * @return the pairs
   */
  @AllowNulls
  public abstract List<Overlap> pairs();

  /**
   * How many overlapping pairs there are in all.
   *
   * @return the total, at least {@code pairs().size()}
   */
  public abstract long totalPairs();

  /**
   * The clusters the pairs form, strongest first.
   *
   * @return the clusters
   */
  @AllowNulls
  public abstract List<OverlapCluster> clusters();

  /**
   * Whether some pairs were left out of {@link #pairs()} by the cap.
   *
   * @return true if {@code totalPairs() > pairs().size()}
   */
  @JsonIgnore
  public boolean isTruncated() {
    return totalPairs() > pairs().size();
  }

  @Value.Check
  void check() {
    Checker.of("OverlapReport")
        .nonNull("pairs", pairs())
        .nonNull("clusters", clusters())
        .checkpoint()
        .require(
            totalPairs() >= pairs().size(),
            "totalPairs",
            totalPairs(),
            "must be at least the number of listed pairs " + pairs().size())
        .done();
  }
}
