package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.FundingLineRef;
import io.rakor.core.values.Checker;
import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * Spending (<i>realisasi</i>) on one funding line of a commitment, as a {@link ProgressReport}
 * gives it for its cycle: what was spent in the cycle's period, and what has been spent on the line
 * in all, up to the end of the period (<i>realisasi s.d. periode ini</i>). The line is named by its
 * {@link FundingLineRef reference}: source, fiscal year, budget code and funder, which the
 * commitment's lines have distinct.
 *
 * <p>Invariants, checked when built: both amounts are amounts of money in the currency (see {@link
 * Checker#amount}: not negative, at most {@link io.rakor.core.values.Limits#DECIMAL_PRECISION}
 * digits, no more decimal places than the currency allows), written with a negative scale
 * normalised to scale 0; what was spent in the period is not more than what was spent to date. That
 * the line exists and has this currency is checked where the report meets its commitment: the
 * monitoring evaluation counts a realisation only for a line of the commitment in the same
 * currency. Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRealisation.class)
@JsonDeserialize(as = ImmutableRealisation.class)
public abstract class Realisation implements WithRealisation {
  Realisation() {}

  /**
   * Starts building a {@link Realisation}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Realisation} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Realisation#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableRealisation.Builder {
    Builder() {}
  }

  /**
   * A realisation.
   *
   * @param line the funding line spent on
   * @param spent what was spent in the cycle's period
   * @param spentToDate what was spent on the line in all, to the end of the period
   * @param currency the currency of both amounts, the line's
   * @return the realisation
   * @throws io.rakor.core.RakorValidationException if an amount is negative or too precise, or more
   *     was spent in the period than to date
   */
  public static Realisation of(
      FundingLineRef line, BigDecimal spent, BigDecimal spentToDate, Currency currency) {
    return builder().line(line).spent(spent).spentToDate(spentToDate).currency(currency).build();
  }

  /**
   * The funding line spent on.
   *
   * @return the line's reference
   */
  public abstract FundingLineRef line();

  /**
   * What was spent in the cycle's period.
   *
   * @return the amount, not negative
   */
  public abstract BigDecimal spent();

  /**
   * What was spent on the line in all, from its start to the end of the cycle's period: the
   * realisation that absorption is computed from.
   *
   * @return the amount, not negative and not less than {@link #spent()}
   */
  public abstract BigDecimal spentToDate();

  /**
   * The currency of both amounts, the funding line's; an ISO 4217 code in JSON.
   *
   * @return the currency
   */
  public abstract Currency currency();

  @Value.Check
  Realisation normalize() {
    Checker.of("Realisation")
        .amount("spent", spent(), currency())
        .amount("spentToDate", spentToDate(), currency())
        .checkpoint()
        .require(
            spent().compareTo(spentToDate()) <= 0,
            "spent",
            spent(),
            () -> "must not be more than spentToDate " + spentToDate())
        .done();
    BigDecimal spent = Checker.plainAmount(spent());
    BigDecimal toDate = Checker.plainAmount(spentToDate());
    return spent == spent() && toDate == spentToDate()
        ? this
        : withSpent(spent).withSpentToDate(toDate);
  }
}
