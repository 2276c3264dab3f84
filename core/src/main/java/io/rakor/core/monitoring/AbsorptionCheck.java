package io.rakor.core.monitoring;

import io.rakor.core.commitments.FundingLineRef;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * How one funding line of a commitment was absorbed (<i>serapan</i>) by the end of a cycle: what
 * was spent on it to date against its allocation, and the least absorption expected by then. The
 * expected absorption is the share of the line's fiscal year elapsed by the end of the cycle's
 * period; the least expected is that share less {@link HealthThresholds#absorptionTolerance()}
 * points. Made by {@link MonitoringEvaluator} for each line a report gives a {@link Realisation}
 * for. Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class AbsorptionCheck implements WithAbsorptionCheck {
  AbsorptionCheck() {}

  /**
   * Starts building an {@link AbsorptionCheck}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AbsorptionCheck} values. Obtained from {@link AbsorptionCheck#builder()}; not
   * thread-safe.
   */
  public static final class Builder extends ImmutableAbsorptionCheck.Builder {
    Builder() {}
  }

  /**
   * The funding line.
   *
   * @return the line's reference
   */
  public abstract FundingLineRef line();

  /**
   * The line's allocation.
   *
   * @return the allocation
   */
  public abstract BigDecimal allocated();

  /**
   * What was spent on the line to the end of the cycle's period.
   *
   * @return the realised amount
   */
  public abstract BigDecimal realised();

  /**
   * The currency of both amounts.
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * The share of the line's fiscal year elapsed by the end of the cycle's period, in percent: the
   * absorption expected by time.
   *
   * @return 0 to 100
   */
  public abstract double expectedPercent();

  /**
   * The least absorption accepted: {@link #expectedPercent()} less the tolerance, at least 0.
   *
   * @return 0 to 100
   */
  public abstract double minimumPercent();

  /**
   * Realised ÷ allocated, in percent; 0 for a zero allocation with nothing spent, and infinite for
   * a zero allocation with something spent.
   *
   * @return the absorption
   */
  @Value.Derived
  public double absorptionPercent() {
    if (allocated().signum() == 0) {
      return realised().signum() == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return realised().doubleValue() / allocated().doubleValue() * 100;
  }

  /**
   * Whether the line is absorbed less than the least accepted.
   *
   * @return true if below {@link #minimumPercent()}
   */
  public boolean low() {
    return absorptionPercent() < minimumPercent();
  }

  /**
   * Whether more was spent than allocated.
   *
   * @return true if realised exceeds allocated
   */
  public boolean overspent() {
    return realised().compareTo(allocated()) > 0;
  }

  /**
   * The check in words, with the amounts and the ratio.
   *
   * @return for example {@code "absorption of REGIONAL_BUDGET 2026: realised 300000000 of
   *     1250000000 IDR allocated (24.0%), at least 25.0% expected (50.0% of the fiscal year
   *     elapsed)"}
   */
  public String describe() {
    FundingLineRef l = line();
    String name =
        l.source()
            + " "
            + l.fiscalYear()
            + l.code().map(c -> " " + c).orElse("")
            + l.funder().map(f -> " by " + f).orElse("");
    String head =
        String.format(
            Locale.ROOT,
            "absorption of %s: realised %s of %s %s allocated (%.1f%%)",
            name,
            realised().toPlainString(),
            allocated().toPlainString(),
            currency().getCurrencyCode(),
            absorptionPercent());
    if (overspent()) {
      return head + ", more than allocated";
    }
    return head
        + String.format(
            Locale.ROOT,
            ", at least %.1f%% expected (%.1f%% of the fiscal year elapsed)%s",
            minimumPercent(),
            expectedPercent(),
            low() ? ", below" : "");
  }
}
