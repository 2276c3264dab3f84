package io.rakor.core.overlaps;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;

/**
 * A group of commitments joined by overlaps: the connected components of the overlap graph, so two
 * commitments are in the same cluster when a chain of overlapping pairs links them. A cluster is
 * what a meeting resolves in one sitting: every unit in it should be in the room.
 *
 * <p>Invariants, checked when built: at least two commitments, in id order, each once; at least two
 * leads; at least one pair; the strength in {@code (0, 1]}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOverlapCluster.class)
@JsonDeserialize(as = ImmutableOverlapCluster.class)
public abstract class OverlapCluster implements WithOverlapCluster {
  /** Strongest first, then largest, then by first commitment id, so the order is total. */
  public static final Comparator<OverlapCluster> STRONGEST_FIRST =
      Comparator.comparingDouble(OverlapCluster::maxStrength)
          .reversed()
          .thenComparing(
              Comparator.comparingInt((OverlapCluster c) -> c.commitments().size()).reversed())
          .thenComparing(c -> c.commitments().get(0));

  OverlapCluster() {}

  /**
   * Starts building a cluster. Usually the {@link OverlapFinder} builds them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link OverlapCluster} values, checking every invariant in {@link #build()}. Obtained
   * from {@link OverlapCluster#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableOverlapCluster.Builder {
    Builder() {}
  }

  /**
   * The commitments in the cluster, in id order.
   *
   * @return at least two ids
   */
  @AllowNulls
  public abstract List<CommitmentId> commitments();

  /**
   * The lead units involved, in id order, each once.
   *
   * @return at least two units
   */
  @AllowNulls
  public abstract List<UnitId> leads();

  /**
   * The areas the commitments address, in order, each once.
   *
   * @return the areas
   */
  @AllowNulls
  public abstract List<PriorityArea> areas();

  /**
   * How many overlapping pairs link the cluster.
   *
   * @return at least 1
   */
  public abstract long pairs();

  /**
   * The strength of the strongest pair in the cluster.
   *
   * @return in {@code (0, 1]}
   */
  public abstract double maxStrength();

  @Value.Check
  void check() {
    Checker.of("OverlapCluster")
        .nonNull("commitments", commitments())
        .nonNull("leads", leads())
        .nonNull("areas", areas())
        .checkpoint()
        .require(commitments().size() >= 2, "commitments", commitments(), "must hold at least two")
        .distinct("commitments", commitments(), c -> c)
        .require(leads().size() >= 2, "leads", leads(), "must hold at least two")
        .require(pairs() >= 1, "pairs", pairs(), "must be at least 1")
        .require(
            maxStrength() > 0 && maxStrength() <= 1,
            "maxStrength",
            maxStrength(),
            "must be in (0, 1]")
        .done();
  }
}
