package io.rakor.core.overlaps;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What counts as an overlap, and how much of the result to keep.
 *
 * <p>Two commitments overlap when, under these rules, all of the following hold: their lead units
 * differ; neither has an {@linkplain #excludedStatuses() excluded status}; their areas {@linkplain
 * AreaMatching#matches match} or are {@linkplain #relatedAreas() related}; some jurisdiction of
 * one's scope intersects some jurisdiction of the other's (equal, ancestor or descendant); and
 * their windows {@code [start, due]} (both dates inclusive) share at least one day.
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
  private static final List<AreaRelation> DEFAULT_RELATED =
      List.of(AreaRelation.of(PriorityArea.HEALTH.sub("sanitation"), PriorityArea.SANITATION));

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
   * The default rules: {@link AreaMatching#NESTED}, health's sanitation programme related to the
   * sanitation sector, cancelled and superseded commitments ignored, at most 100,000 pairs
   * reported.
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

  /**
   * Pairs of areas under which the same work is filed by different units, compared as if they
   * matched; unless set, one: health's sanitation programme ({@code
   * basic-services.health.sanitation}) and the sanitation sector ({@code
   * basic-services.sanitation}), so that the health office's community-led total sanitation (STBM)
   * is found beside the village-development office's latrines. Set an empty list to compare by
   * {@link #areaMatching()} alone.
   *
   * @return the related areas
   * @since 0.2
   */
  @Value.Default
  @AllowNulls
  public List<AreaRelation> relatedAreas() {
    return DEFAULT_RELATED;
  }

  /**
   * Whether two areas count as the same under these rules: they {@linkplain AreaMatching#matches
   * match}, or a relation {@linkplain AreaRelation#relates relates} them.
   *
   * @param a one area
   * @param b another area
   * @return true if commitments under them are compared
   * @since 0.2
   */
  public boolean sameWork(PriorityArea a, PriorityArea b) {
    return common(a, b).isPresent();
  }

  /**
   * The area two areas have in common under these rules: by {@link #areaMatching()} if they match,
   * else the {@linkplain AreaRelation#relatedArea() related area} of the first relation relating
   * them.
   *
   * @param a one area
   * @param b another area
   * @return the common area, or empty if commitments under them are not compared
   * @since 0.2
   */
  public Optional<PriorityArea> common(PriorityArea a, PriorityArea b) {
    Optional<PriorityArea> common = areaMatching().common(a, b);
    if (common.isPresent()) {
      return common;
    }
    for (AreaRelation r : relatedAreas()) {
      if (r.relates(a, b)) {
        return Optional.of(r.relatedArea());
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checker.of("OverlapRules")
        .entries("relatedAreas", relatedAreas())
        .checkpoint()
        .require(
            maxReportedPairs() >= 1, "maxReportedPairs", maxReportedPairs(), "must be at least 1")
        .done();
  }
}
