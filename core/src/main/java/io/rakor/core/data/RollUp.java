package io.rakor.core.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A whole's figure built from its parts: the province's figure from its regencies, for a {@link
 * Aggregation#SUM} indicator by summing, for a {@link Aggregation#RATE} by weighting the parts'
 * rates by their denominators.
 *
 * <p>Each direct sub-jurisdiction contributes its reconciled figure; one without a resolved figure
 * contributes what its own sub-jurisdictions roll up to (villages to a regency when the
 * sub-district figures are missing), which {@link #builtFromDepths()} records. A sub-jurisdiction
 * that contributes nothing is {@linkplain #missing() missing} (if it was read or expected) or, for
 * a rate figure without a denominator, {@linkplain #withoutDenominator() not weighted}.
 *
 * <p>Invariants, checked when built: the aggregation is {@code SUM} or {@code RATE}; a value and
 * (for a rate) a denominator exactly when a sub-jurisdiction contributed. Immutable and
 * thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRollUp.class)
@JsonDeserialize(as = ImmutableRollUp.class)
public abstract class RollUp implements WithRollUp {
  RollUp() {}

  /**
   * Starts building a roll-up. Usually the {@link DataReconciler} builds them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link RollUp} values, checking every invariant in {@link #build()}. Obtained from
   * {@link RollUp#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableRollUp.Builder {
    Builder() {}
  }

  /**
   * The whole: indicator, jurisdiction and period.
   *
   * @return the key of the figure built
   */
  public abstract ObservationKey parent();

  /**
   * How the parts were combined.
   *
   * @return {@code SUM} or {@code RATE}
   */
  public abstract Aggregation aggregation();

  /**
   * The figure built from the parts: their sum, or their rates weighted by their denominators.
   *
   * @return the value, or empty if no part contributed
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract OptionalDouble value();

  /**
   * For a rate, the sum of the contributing parts' denominators.
   *
   * @return the denominator, given exactly for a rate with a value
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract OptionalDouble denominator();

  /**
   * The whole's own reconciled figure, to compare with the one built.
   *
   * @return the reported value, or empty if the whole has no resolved figure
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract OptionalDouble reported();

  /**
   * The direct sub-jurisdictions that contributed, in code order.
   *
   * @return the contributors
   */
  @AllowNulls
  public abstract List<JurisdictionCode> contributors();

  /**
   * The direct sub-jurisdictions that contributed nothing: read without a resolved figure and
   * without sub-jurisdictions of their own that roll up, or expected and never read.
   *
   * @return the missing sub-jurisdictions, in code order
   */
  @AllowNulls
  public abstract List<JurisdictionCode> missing();

  /**
   * For a rate, the direct sub-jurisdictions whose figure has no denominator, so cannot be
   * weighted.
   *
   * @return the sub-jurisdictions not rolled up, in code order
   */
  @AllowNulls
  public abstract List<JurisdictionCode> withoutDenominator();

  /**
   * The code depths of the figures the value was built from: {@code [2]} from regencies, {@code
   * [3]} from sub-districts, {@code [3, 4]} from sub-districts and, where a sub-district's figure
   * was missing, its villages.
   *
   * @return the depths, ascending; empty if no part contributed
   */
  @AllowNulls
  public abstract List<Integer> builtFromDepths();

  /**
   * The data steward responsible for the whole's figure.
   *
   * @return the steward, if one is named for the whole's jurisdiction or level
   */
  public abstract Optional<UnitId> steward();

  /**
   * The share of the direct sub-jurisdictions read or expected that contributed.
   *
   * @return in {@code [0, 1]}
   */
  public double coverage() {
    int all = contributors().size() + missing().size() + withoutDenominator().size();
    return all == 0 ? 0 : (double) contributors().size() / all;
  }

  /**
   * The finding in one sentence, for a person.
   *
   * @return for example {@code "stunted-children in 18 for [2025-01-01, 2026-01-01) is 3120, the
   *     sum of 14 of 15 sub-jurisdictions (93%), built from depth 2; missing 18.10"}
   */
  public String explanation() {
    StringBuilder s =
        new StringBuilder()
            .append(parent().indicator())
            .append(" in ")
            .append(parent().jurisdiction())
            .append(" for ")
            .append(parent().period());
    int all = contributors().size() + missing().size() + withoutDenominator().size();
    if (value().isEmpty()) {
      s.append(" cannot be built: none of its ").append(all).append(" sub-jurisdictions has a ");
      s.append(aggregation() == Aggregation.RATE ? "weighted figure" : "figure");
    } else {
      s.append(" is ")
          .append(Tolerance.format(value().getAsDouble()))
          .append(aggregation() == Aggregation.RATE ? ", the weighted rate of " : ", the sum of ")
          .append(contributors().size())
          .append(" of ")
          .append(all)
          .append(" sub-jurisdictions (")
          .append(Math.round(coverage() * 100))
          .append("%), built from depth ")
          .append(
              builtFromDepths().stream().map(String::valueOf).collect(Collectors.joining(" and ")));
    }
    reported().ifPresent(r -> s.append("; reported ").append(Tolerance.format(r)));
    if (!missing().isEmpty()) {
      s.append("; missing ").append(codes(missing()));
    }
    if (!withoutDenominator().isEmpty()) {
      s.append("; without a denominator ").append(codes(withoutDenominator()));
    }
    return s.toString();
  }

  private static String codes(List<JurisdictionCode> codes) {
    return codes.stream().map(JurisdictionCode::value).collect(Collectors.joining(", "));
  }

  @Value.Check
  void check() {
    if (!isPlainlyValid()) {
      report();
    }
  }

  /** Whether every rule of {@link #report()} holds, found without allocating. */
  private boolean isPlainlyValid() {
    List<JurisdictionCode> contributors = contributors();
    if (contributors == null
        || !noNulls(contributors)
        || !noNulls(missing())
        || !noNulls(withoutDenominator())
        || !noNulls(builtFromDepths())) {
      return false;
    }
    OptionalDouble value = value();
    boolean contributed = !contributors.isEmpty();
    return aggregation() != Aggregation.NONE
        && value.isPresent() == contributed
        && denominator().isPresent() == (contributed && aggregation() == Aggregation.RATE)
        && builtFromDepths().isEmpty() != contributed
        && (!contributed || Double.isFinite(value.getAsDouble()));
  }

  private static boolean noNulls(List<?> list) {
    if (list == null) {
      return false;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        return false;
      }
    }
    return true;
  }

  /** Checks every rule, naming each one broken. */
  private void report() {
    Checker c =
        Checker.of("RollUp")
            .nonNull("contributors", contributors())
            .nonNull("missing", missing())
            .nonNull("withoutDenominator", withoutDenominator())
            .nonNull("builtFromDepths", builtFromDepths())
            .checkpoint()
            .require(
                aggregation() != Aggregation.NONE, "aggregation", aggregation(), "must not be NONE")
            .require(
                value().isPresent() == !contributors().isEmpty(),
                "value",
                value(),
                "must be given exactly when a sub-jurisdiction contributed")
            .require(
                denominator().isPresent()
                    == (value().isPresent() && aggregation() == Aggregation.RATE),
                "denominator",
                denominator(),
                "must be given exactly for a rate with a value")
            .require(
                builtFromDepths().isEmpty() == contributors().isEmpty(),
                "builtFromDepths",
                builtFromDepths(),
                "must be given exactly when a sub-jurisdiction contributed");
    value().ifPresent(v -> c.finite("value", v));
    c.done();
  }
}
