package io.rakor.core.data;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.internal.Checker;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The one figure for a key, how it was reached, and every source observation behind it. Provenance
 * is never lost: {@link #sources()} holds every observation read for the key, including producers'
 * earlier revisions and the figures that lost.
 *
 * <p>Invariants, checked when built: at least one source, each id once, all for {@link #key()}; a
 * value unless {@link Resolution#UNRESOLVED}, and none when unresolved; an agreement exactly when
 * {@link Resolution#AGREED}, and then for this key; a chosen observation exactly when {@link
 * Resolution#STEWARD} or {@link Resolution#SINGLE_SOURCE}, and then one of the sources. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReconciliation.class)
@JsonDeserialize(as = ImmutableReconciliation.class)
public abstract class Reconciliation {
  Reconciliation() {}

  /**
   * Starts building a reconciliation. Usually the {@link DataReconciler} builds them.
   *
   * @return a new builder
   */
  public static ImmutableReconciliation.Builder builder() {
    return ImmutableReconciliation.builder();
  }

  /**
   * What the figure is for.
   *
   * @return the key
   */
  public abstract ObservationKey key();

  /**
   * How the figure was reached.
   *
   * @return the resolution
   */
  public abstract Resolution resolution();

  /**
   * The one figure.
   *
   * @return the value, or empty when {@link Resolution#UNRESOLVED}
   */
  public abstract OptionalDouble value();

  /**
   * The observation whose value was taken, for {@link Resolution#STEWARD} and {@link
   * Resolution#SINGLE_SOURCE}.
   *
   * @return the chosen observation's id
   */
  public abstract Optional<ObservationId> chosen();

  /**
   * The agreement that set the figure, for {@link Resolution#AGREED}.
   *
   * @return the agreed value
   */
  public abstract Optional<AgreedValue> agreement();

  /**
   * The discrepancy between sources, if there was one (it may have been resolved by the steward or
   * an agreement).
   *
   * @return the discrepancy
   */
  public abstract Optional<Discrepancy> discrepancy();

  /**
   * Every observation read for the key, in id order.
   *
   * @return at least one observation
   */
  public abstract List<Observation> sources();

  /**
   * Whether there is a figure.
   *
   * @return false only when {@link Resolution#UNRESOLVED}
   */
  public boolean isResolved() {
    return resolution() != Resolution.UNRESOLVED;
  }

  @Value.Check
  void check() {
    Checker c =
        Checker.of("Reconciliation")
            .require(!sources().isEmpty(), "sources", "[]", "must hold at least one observation")
            .distinct("sources", sources(), Observation::id)
            .require(
                value().isPresent() == isResolved(),
                "value",
                value(),
                isResolved() ? "is required when " + resolution() : "must be empty when unresolved")
            .require(
                agreement().isPresent() == (resolution() == Resolution.AGREED),
                "agreement",
                agreement().map(AgreedValue::key).orElse(null),
                "must be given exactly when the resolution is AGREED")
            .require(
                chosen().isPresent()
                    == (resolution() == Resolution.STEWARD
                        || resolution() == Resolution.SINGLE_SOURCE),
                "chosen",
                chosen().orElse(null),
                "must be given exactly when the resolution is STEWARD or SINGLE_SOURCE");
    for (int i = 0; i < sources().size(); i++) {
      c.require(
          sources().get(i).key().equals(key()),
          "sources[" + i + "]",
          sources().get(i).key(),
          "must be for key " + key());
    }
    agreement()
        .ifPresent(
            a -> c.require(a.key().equals(key()), "agreement", a.key(), "must be for " + key()));
    chosen()
        .ifPresent(
            id ->
                c.require(
                    sources().stream().anyMatch(o -> o.id().equals(id)),
                    "chosen",
                    id,
                    "must be one of the sources"));
    c.done();
  }
}
