package io.rakor.core.monitoring;

import java.util.List;
import org.immutables.value.Value;

/**
 * Who is behind in a cycle, answered directly: lead units and priorities that have commitments at
 * risk or worse, ranked by how many, then by the points behind, then by the worst health, then by
 * name. Made by {@link CycleEvaluation#whoIsBehind(Directory)}; immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Ranking implements WithRanking {
  Ranking() {}

  /**
   * Starts building a {@link Ranking}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Ranking} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Ranking#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableRanking.Builder {
    Builder() {}
  }

  /**
   * The cycle ranked.
   *
   * @return its id
   */
  public abstract CycleId cycle();

  /**
   * Lead units with commitments behind, most behind first.
   *
   * @return their standings
   */
  public abstract List<Standing> byUnit();

  /**
   * Priorities with commitments behind, most behind first.
   *
   * @return their standings
   */
  public abstract List<Standing> byPriority();
}
