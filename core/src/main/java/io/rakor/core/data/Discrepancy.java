package io.rakor.core.data;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Sources that disagree: for one key, the current figures of two or more producing units differ by
 * more than the indicator's tolerance. Only each producer's current figure (its latest collected)
 * is compared; a producer's revisions of its own figure are not a discrepancy.
 *
 * <p>Invariants, checked when built: at least two figures, from distinct producers, in producer
 * order; {@code low <= high}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDiscrepancy.class)
@JsonDeserialize(as = ImmutableDiscrepancy.class)
public abstract class Discrepancy implements WithDiscrepancy {
  Discrepancy() {}

  /**
   * Starts building a discrepancy. Usually the {@link DataReconciler} builds them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Discrepancy} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Discrepancy#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableDiscrepancy.Builder {
    Builder() {}
  }

  /**
   * What the figures are for.
   *
   * @return the key
   */
  public abstract ObservationKey key();

  /**
   * The current figure of each producer, in producer order.
   *
   * @return at least two observations
   */
  @AllowNulls
  public abstract List<Observation> figures();

  /**
   * The tolerance the figures exceed.
   *
   * @return the tolerance
   */
  public abstract Tolerance tolerance();

  /**
   * The lowest figure.
   *
   * @return the low value
   */
  public abstract double low();

  /**
   * The highest figure.
   *
   * @return the high value
   */
  public abstract double high();

  /**
   * The difference between the highest and the lowest figure.
   *
   * @return {@code high() - low()}
   */
  public double spread() {
    return high() - low();
  }

  /**
   * The spread as a fraction of the larger magnitude, to rank discrepancies of different indicators
   * on one scale.
   *
   * @return in {@code [0, 2]}; 0 when both extremes are 0
   */
  public double relativeSpread() {
    double scale = Math.max(Math.abs(low()), Math.abs(high()));
    return scale == 0 ? 0 : spread() / scale;
  }

  /**
   * The producers whose figures disagree.
   *
   * @return the producers, in order
   */
  public List<UnitId> producers() {
    return figures().stream().map(Observation::producer).collect(Collectors.toList());
  }

  /**
   * The finding in one sentence, for a person.
   *
   * @return for example {@code "stunting-count@18.03.01[2025-01-01, 2026-01-01): bps says 412,
   *     dinkes says 356 (spread 56, tolerance ±5%)"}
   */
  public String explanation() {
    return key()
        + ": "
        + figures().stream()
            .map(o -> o.producer() + " says " + Tolerance.format(o.value()))
            .collect(Collectors.joining(", "))
        + " (spread "
        + Tolerance.format(spread())
        + ", tolerance "
        + tolerance()
        + ")";
  }

  /**
   * The data steward responsible for the figure at the key's jurisdiction, who should settle it.
   *
   * @return the steward, if one is named for the jurisdiction or its level
   * @since 0.2
   */
  public abstract Optional<UnitId> steward();

  @Value.Check
  void check() {
    if (!isPlainlyValid()) {
      report();
    }
  }

  /** Whether every rule of {@link #report()} holds, found without allocating. */
  private boolean isPlainlyValid() {
    List<Observation> figures = figures();
    if (figures == null || figures.size() < 2 || figures.size() > 16 || !(low() <= high())) {
      return false; // beyond 16 figures, the checker's hash set tells repeated producers apart
    }
    for (int i = 0; i < figures.size(); i++) {
      Observation o = figures.get(i);
      if (o == null) {
        return false;
      }
      for (int j = 0; j < i; j++) {
        if (figures.get(j).producer().equals(o.producer())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Checks every rule, naming each one broken. */
  private void report() {
    Checker.of("Discrepancy")
        .nonNull("figures", figures())
        .checkpoint()
        .require(figures().size() >= 2, "figures", figures().size(), "must hold at least two")
        .distinct("figures", figures(), Observation::producer)
        .require(low() <= high(), "high", high(), "must not be below low")
        .done();
  }
}
