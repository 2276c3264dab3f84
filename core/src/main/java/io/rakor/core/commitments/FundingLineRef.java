package io.rakor.core.commitments;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What identifies a {@link FundingLine} within its commitment: its source, fiscal year, budget code
 * and funder. A commitment's lines have distinct references, so a report of spending names exactly
 * one line by it. Invariants, checked when built: the fiscal year is in the years of {@link
 * io.rakor.core.values.Limits}. Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingLineRef.class)
@JsonDeserialize(as = ImmutableFundingLineRef.class)
public abstract class FundingLineRef implements WithFundingLineRef {
  FundingLineRef() {}

  /**
   * Starts building a {@link FundingLineRef}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link FundingLineRef} values, checking every invariant in {@link #build()}. Obtained
   * from {@link FundingLineRef#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableFundingLineRef.Builder {
    Builder() {}
  }

  /**
   * The reference of a line with no budget code and no funder.
   *
   * @param source the line's funding source
   * @param fiscalYear the line's fiscal year
   * @return the reference
   * @throws io.rakor.core.RakorValidationException if the year is out of range
   */
  public static FundingLineRef of(FundingSource source, int fiscalYear) {
    return builder().source(source).fiscalYear(fiscalYear).build();
  }

  /**
   * The line's funding source.
   *
   * @return the source
   */
  public abstract FundingSource source();

  /**
   * The line's fiscal year.
   *
   * @return the year
   */
  public abstract int fiscalYear();

  /**
   * The line's budget code, if it has one.
   *
   * @return the code
   */
  public abstract Optional<BudgetCode> code();

  /**
   * The line's funder, if it names one.
   *
   * @return the funder's id
   */
  public abstract Optional<UnitId> funder();

  @Value.Check
  void check() {
    Checker.of("FundingLineRef").year("fiscalYear", fiscalYear()).done();
  }
}
