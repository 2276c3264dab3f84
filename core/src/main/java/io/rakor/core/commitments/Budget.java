package io.rakor.core.commitments;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import io.rakor.core.values.Limits;
import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * Money set aside for a commitment: an amount in a currency, from a funding source.
 *
 * <p>Invariants, checked when built: the amount has at most {@link Limits#DECIMAL_PRECISION} digits
 * and {@link Limits#DECIMAL_SCALE} decimal places (checked before any arithmetic, so that {@code
 * 1E+999999999} is refused at once); it is not negative and has no more decimal places than the
 * currency allows (0 to {@link Currency#getDefaultFractionDigits()}); an amount written with a
 * negative scale ({@code 1E+9}) is normalised to scale 0, so equal amounts written the same way
 * compare equal. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudget.class)
@JsonDeserialize(as = ImmutableBudget.class)
public abstract class Budget implements WithBudget {
  Budget() {}

  /**
   * Starts building a {@link Budget}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Budget} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Budget#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableBudget.Builder {
    Builder() {}
  }

  /**
   * A budget.
   *
   * @param amount the amount, not negative
   * @param currency the currency, for example {@code IDR}
   * @param source where the money comes from
   * @return the budget
   * @throws io.rakor.core.RakorValidationException if the amount is negative or too precise
   */
  public static Budget of(BigDecimal amount, Currency currency, FundingSource source) {
    return Budget.builder().amount(amount).currency(currency).source(source).build();
  }

  /**
   * The amount.
   *
   * @return the amount, never negative
   */
  public abstract BigDecimal amount();

  /**
   * The currency, as an ISO 4217 code in JSON.
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * Where the money comes from.
   *
   * @return the funding source
   */
  public abstract FundingSource source();

  @Value.Check
  Budget normalize() {
    // Precision and scale first, without arithmetic: 1E+9999999 or a scale of Integer.MIN_VALUE
    // must be refused at once, not written out.
    BigDecimal amount = amount();
    int scale = amount.scale();
    // An unscaled value of more than 113 bits has more than 34 digits: refuse it without computing
    // its precision, which for a million-digit number is itself a burn.
    int bits = amount.unscaledValue().bitLength();
    boolean huge = bits > 113;
    long precision = huge ? (long) ((bits - 1) * Math.log10(2)) + 1 : amount.precision();
    long plainDigits = precision - Math.min(0, scale);
    Object shown = huge ? "a number of " + precision + " digits or more, scale " + scale : amount;
    Checker.of("Budget")
        .require(
            plainDigits <= Limits.DECIMAL_PRECISION,
            "amount",
            shown,
            () ->
                "must have at most "
                    + Limits.DECIMAL_PRECISION
                    + " digits (Limits.DECIMAL_PRECISION), has "
                    + (huge ? "at least " : "")
                    + plainDigits)
        .require(
            scale <= Limits.DECIMAL_SCALE,
            "amount",
            shown,
            () ->
                "must have at most "
                    + Limits.DECIMAL_SCALE
                    + " decimal places (Limits.DECIMAL_SCALE), has "
                    + scale)
        .done();
    if (scale < 0) {
      return this.withAmount(amount.setScale(0));
    }
    int digits = Math.max(0, currency().getDefaultFractionDigits());
    Checker.of("Budget")
        .require(amount.signum() >= 0, "amount", amount, "must not be negative")
        .require(
            scale <= digits,
            "amount",
            amount,
            () -> "must have at most " + digits + " decimal places for " + currency())
        .done();
    return this;
  }
}
