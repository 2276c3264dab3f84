package io.rakor.core.data;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
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
public abstract class Reconciliation implements WithReconciliation {
  Reconciliation() {}

  /**
   * Starts building a reconciliation. Usually the {@link DataReconciler} builds them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Reconciliation} values, checking every invariant in {@link #build()}. Obtained
   * from {@link Reconciliation#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableReconciliation.Builder {
    Builder() {}
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
   * For a rate, the denominator of the reconciled figure, its weight when rates roll up: the chosen
   * observation's; for an agreed or consistent figure, the median of the producers' current
   * denominators when every one of them has one.
   *
   * @return the denominator, or empty if the figure has none
   * @since 0.2
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract OptionalDouble denominator();

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
  @AllowNulls
  public abstract List<Observation> sources();

  /**
   * Whether there is a figure.
   *
   * @return false only when {@link Resolution#UNRESOLVED}
   */
  @JsonIgnore
  public boolean isResolved() {
    return resolution() != Resolution.UNRESOLVED;
  }

  @Value.Check
  void check() {
    // Reconciliations are built once per key: a scan that allocates nothing passes the valid ones,
    // and the checker, which names what is wrong, runs only for the others.
    if (!isPlainlyValid()) {
      report();
    }
  }

  /** Whether every rule of {@link #report()} holds, found without allocating. */
  private boolean isPlainlyValid() {
    List<Observation> sources = sources();
    if (sources == null || sources.isEmpty()) {
      return false;
    }
    // each accessor once: the generated ones wrap a field in a new Optional on every call
    Resolution resolution = resolution();
    boolean hasValue = value().isPresent();
    AgreedValue agreement = agreement().orElse(null);
    ObservationId chosen = chosen().orElse(null);
    if (hasValue != (resolution != Resolution.UNRESOLVED)
        || (!hasValue && denominator().isPresent())
        || (agreement != null) != (resolution == Resolution.AGREED)
        || (agreement != null && !agreement.key().equals(key()))
        || (chosen != null)
            != (resolution == Resolution.STEWARD || resolution == Resolution.SINGLE_SOURCE)) {
      return false;
    }
    boolean chosenFound = chosen == null;
    int n = sources.size();
    if (n > DISTINCT_BY_SCAN) {
      return false; // the checker's hash set tells repeated ids apart
    }
    ObservationKey key = key();
    for (int i = 0; i < n; i++) {
      Observation o = sources.get(i);
      if (o == null || !o.isFor(key)) {
        return false;
      }
      ObservationId id = o.id();
      for (int j = 0; j < i; j++) {
        ObservationId other = sources.get(j).id();
        if (other == id || other.equals(id)) {
          return false;
        }
      }
      chosenFound |= id == chosen || id.equals(chosen);
    }
    return chosenFound;
  }

  /** Up to this many sources, repeated ids are looked for by comparing every pair. */
  private static final int DISTINCT_BY_SCAN = 16;

  /** Checks every rule, naming each one broken. */
  private void report() {
    Checker c =
        Checker.of("Reconciliation")
            .nonNull("sources", sources())
            .checkpoint()
            .require(!sources().isEmpty(), "sources", "[]", "must hold at least one observation")
            .distinct("sources", sources(), Observation::id);
    if (value().isPresent() != isResolved()) {
      c.require(
          false,
          "value",
          value(),
          isResolved() ? "is required when " + resolution() : "must be empty when unresolved");
    }
    if (denominator().isPresent() && value().isEmpty()) {
      c.require(false, "denominator", denominator(), "must be empty when there is no value");
    }
    if (agreement().isPresent() != (resolution() == Resolution.AGREED)) {
      c.require(
          false,
          "agreement",
          agreement().map(AgreedValue::key).orElse(null),
          "must be given exactly when the resolution is AGREED");
    }
    boolean chooses =
        resolution() == Resolution.STEWARD || resolution() == Resolution.SINGLE_SOURCE;
    if (chosen().isPresent() != chooses) {
      c.require(
          false,
          "chosen",
          chosen().orElse(null),
          "must be given exactly when the resolution is STEWARD or SINGLE_SOURCE");
    }
    for (int i = 0; i < sources().size(); i++) {
      if (!sources().get(i).key().equals(key())) {
        c.require(false, "sources[" + i + "]", sources().get(i).key(), "must be for key " + key());
      }
    }
    if (agreement().isPresent() && !agreement().get().key().equals(key())) {
      c.require(false, "agreement", agreement().get().key(), "must be for " + key());
    }
    if (chosen().isPresent() && sources().stream().noneMatch(o -> o.id().equals(chosen().get()))) {
      c.require(false, "chosen", chosen().get(), "must be one of the sources");
    }
    c.done();
  }
}
