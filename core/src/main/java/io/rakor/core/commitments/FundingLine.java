package io.rakor.core.commitments;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import io.rakor.core.values.Limits;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a commitment's funding: money allocated (<i>pagu</i>) from one source for one fiscal
 * year, such as the regency's budget (APBD) for 2026 or a special allocation (DAK) for 2027. A
 * commitment may be funded by several lines; {@link Commitment#fundingLines()}.
 *
 * <p>A line is identified within its commitment by its {@linkplain #ref() reference}: source,
 * fiscal year, budget code and funder. Invariants, checked when built: the fiscal year is in the
 * years of {@link Limits}; the allocation has at most {@link Limits#DECIMAL_PRECISION} digits and
 * {@link Limits#DECIMAL_SCALE} decimal places (checked before any arithmetic), is not negative and
 * has no more decimal places than the currency allows (see {@link Checker#amount}); an allocation
 * written with a negative scale ({@code 1.5E+8}) is normalised to scale 0, so equal amounts compare
 * equal; the label, if given, is a name. Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingLine.class)
@JsonDeserialize(as = ImmutableFundingLine.class)
public abstract class FundingLine implements WithFundingLine {
  FundingLine() {}

  /**
   * Starts building a {@link FundingLine}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link FundingLine} values, checking every invariant in {@link #build()}. Obtained from
   * {@link FundingLine#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableFundingLine.Builder {
    Builder() {}
  }

  /**
   * A funding line with no budget code, funder or label.
   *
   * @param source where the money comes from
   * @param fiscalYear the fiscal year the money is allocated for
   * @param allocation the amount allocated, not negative
   * @param currency the currency, for example {@code IDR}
   * @return the line
   * @throws io.rakor.core.RakorValidationException if the year is out of range or the allocation
   *     negative or too precise
   */
  public static FundingLine of(
      FundingSource source, int fiscalYear, BigDecimal allocation, Currency currency) {
    return builder()
        .source(source)
        .fiscalYear(fiscalYear)
        .allocation(allocation)
        .currency(currency)
        .build();
  }

  /**
   * Where the money comes from.
   *
   * @return the funding source
   */
  public abstract FundingSource source();

  /**
   * The fiscal year the money is allocated for; in Indonesia the calendar year.
   *
   * @return the year
   */
  public abstract int fiscalYear();

  /**
   * The amount allocated (<i>pagu</i>).
   *
   * @return the allocation, never negative
   */
  public abstract BigDecimal allocation();

  /**
   * The currency of the allocation, as an ISO 4217 code in JSON.
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * The budget nomenclature code the money is planned under, if known: a programme, an activity or
   * a sub-activity.
   *
   * @return the code
   */
  public abstract Optional<BudgetCode> code();

  /**
   * The unit that pays, where it is not the commitment's lead unit: a village government paying
   * from its village budget, a partner paying from its own funds.
   *
   * @return the funder's id
   */
  public abstract Optional<UnitId> funder();

  /**
   * A short description of the line, for example {@code "DAK Fisik Sanitasi"}.
   *
   * @return the label
   */
  public abstract Optional<String> label();

  /**
   * What identifies this line within its commitment: source, fiscal year, code and funder. Reports
   * of spending name a line by it.
   *
   * @return the line's reference
   */
  public FundingLineRef ref() {
    return FundingLineRef.builder()
        .source(source())
        .fiscalYear(fiscalYear())
        .code(code())
        .funder(funder())
        .build();
  }

  @Value.Check
  FundingLine normalize() {
    Checker c =
        Checker.of("FundingLine")
            .year("fiscalYear", fiscalYear())
            .amount("allocation", allocation(), currency());
    label().ifPresent(l -> c.name("label", l));
    c.done();
    BigDecimal plain = Checker.plainAmount(allocation());
    return plain == allocation() ? this : withAllocation(plain);
  }
}
