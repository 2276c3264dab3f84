package io.rakor.core.overlaps;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Possible double funding within an {@link Overlap}: both commitments have money allocated for the
 * same fiscal year, in the same currency, from two budgets, for work in the same places. The
 * amounts are each side's allocation for that year and currency, summed over its lines. Invariants,
 * checked when built: neither side is empty of sources. Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingOverlap.class)
@JsonDeserialize(as = ImmutableFundingOverlap.class)
public abstract class FundingOverlap implements WithFundingOverlap {
  FundingOverlap() {}

  /**
   * Starts building a {@link FundingOverlap}. Usually the {@link OverlapFinder} builds them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link FundingOverlap} values, checking every invariant in {@link #build()}. Obtained
   * from {@link FundingOverlap#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableFundingOverlap.Builder {
    Builder() {}
  }

  /**
   * The fiscal year both are funded for.
   *
   * @return the year
   */
  public abstract int fiscalYear();

  /**
   * The currency of both amounts.
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * The first commitment's allocation for the year in the currency.
   *
   * @return the amount
   */
  public abstract BigDecimal firstAmount();

  /**
   * The sources of the first commitment's lines for the year.
   *
   * @return the sources, in the enum's order
   */
  @AllowNulls
  public abstract List<FundingSource> firstSources();

  /**
   * The second commitment's allocation for the year in the currency.
   *
   * @return the amount
   */
  public abstract BigDecimal secondAmount();

  /**
   * The sources of the second commitment's lines for the year.
   *
   * @return the sources, in the enum's order
   */
  @AllowNulls
  public abstract List<FundingSource> secondSources();

  /**
   * How alike the two amounts are: the smaller ÷ the larger, 0 when both are zero. Two budgets of
   * similar size for the same work are the likelier duplicate.
   *
   * @return from 0 to 1
   */
  public double share() {
    BigDecimal larger = firstAmount().max(secondAmount());
    return larger.signum() == 0
        ? 0
        : firstAmount().min(secondAmount()).doubleValue() / larger.doubleValue();
  }

  /**
   * The finding in words.
   *
   * @return for example {@code "2026: 350000000 IDR (REGIONAL_BUDGET) and 1200000000 IDR
   *     (VILLAGE_FUND)"}
   */
  public String describe() {
    return fiscalYear()
        + ": "
        + firstAmount().toPlainString()
        + " "
        + currency().getCurrencyCode()
        + " ("
        + sources(firstSources())
        + ") and "
        + secondAmount().toPlainString()
        + " "
        + currency().getCurrencyCode()
        + " ("
        + sources(secondSources())
        + ")";
  }

  private static String sources(List<FundingSource> sources) {
    return sources.stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  @Value.Check
  void check() {
    Checker.of("FundingOverlap")
        .nonNull("firstSources", firstSources())
        .nonNull("secondSources", secondSources())
        .checkpoint()
        .require(!firstSources().isEmpty(), "firstSources", "[]", "must name a source")
        .require(!secondSources().isEmpty(), "secondSources", "[]", "must name a source")
        .done();
  }
}
