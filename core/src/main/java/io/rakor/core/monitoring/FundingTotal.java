package io.rakor.core.monitoring;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The money of a group of funding lines in one currency: how much was allocated, how much was spent
 * to date, and over how many lines. Amounts are exact sums, never rounded. Made by {@link
 * FundingRollup}. Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class FundingTotal implements WithFundingTotal {
  FundingTotal() {}

  /**
   * Starts building a {@link FundingTotal}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link FundingTotal} values. Obtained from {@link FundingTotal#builder()}; not
   * thread-safe.
   */
  public static final class Builder extends ImmutableFundingTotal.Builder {
    Builder() {}
  }

  /**
   * The currency of both amounts.
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * The sum of the lines' allocations.
   *
   * @return the allocated amount
   */
  public abstract BigDecimal allocated();

  /**
   * The sum of what was spent to date on the lines, as the latest report on each gives it; a line
   * no report gives spending on counts zero.
   *
   * @return the realised amount
   */
  public abstract BigDecimal realised();

  /**
   * How many funding lines the total is over.
   *
   * @return the count
   */
  public abstract int lines();

  /**
   * Realised ÷ allocated, in percent, or empty when nothing was allocated.
   *
   * @return the absorption
   */
  public OptionalDouble absorptionPercent() {
    return allocated().signum() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(realised().doubleValue() / allocated().doubleValue() * 100);
  }
}
