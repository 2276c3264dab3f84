package io.rakor.core.data;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.List;
import org.immutables.value.Value;

/**
 * The figures that should exist for an indicator: one for every listed jurisdiction in every listed
 * period. A key of this grid with no observation at all is a {@link Gap}.
 *
 * <p>Invariants, checked when built: at least one jurisdiction and one period, each listed once.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoverageExpectation.class)
@JsonDeserialize(as = ImmutableCoverageExpectation.class)
public abstract class CoverageExpectation implements WithCoverageExpectation {
  CoverageExpectation() {}

  /**
   * Starts building an expectation.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link CoverageExpectation} values, checking every invariant in {@link #build()}.
   * Obtained from {@link CoverageExpectation#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableCoverageExpectation.Builder {
    Builder() {}
  }

  /**
   * The indicator expected.
   *
   * @return the indicator's id
   */
  public abstract IndicatorId indicator();

  /**
   * The jurisdictions that should each have a figure.
   *
   * @return at least one code
   */
  @AllowNulls
  public abstract List<JurisdictionCode> jurisdictions();

  /**
   * The periods that should each have a figure.
   *
   * @return at least one period
   */
  @AllowNulls
  public abstract List<ObservationPeriod> periods();

  @Value.Check
  void check() {
    Checker.of("CoverageExpectation")
        .nonNull("jurisdictions", jurisdictions())
        .nonNull("periods", periods())
        .checkpoint()
        .require(
            !jurisdictions().isEmpty(),
            "jurisdictions",
            "[]",
            "must name at least one jurisdiction")
        .distinct("jurisdictions", jurisdictions(), j -> j)
        .require(!periods().isEmpty(), "periods", "[]", "must name at least one period")
        .distinct("periods", periods(), p -> p)
        .done();
  }
}
