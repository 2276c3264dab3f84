package io.rakor.core.data;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import java.util.Locale;

/**
 * How far two figures for the same thing may differ before they are a discrepancy.
 *
 * <p>An {@linkplain #absolute absolute} tolerance allows a difference of at most {@code amount} in
 * the indicator's unit. A {@linkplain #relative relative} tolerance allows a difference of at most
 * {@code amount} times the larger magnitude of the two figures, so it is symmetric and does not
 * depend on which figure is taken as the reference: with {@code relative(0.05)}, 20.0 and 21.0
 * agree (difference 1.0 ≤ 0.05 × 21.0) while 20.0 and 21.2 do not. Immutable and thread-safe.
 *
 * @param kind absolute or relative
 * @param amount the allowed difference, finite and at least zero
 * @since 0.1
 */
public record Tolerance(Kind kind, double amount) {
  /** The two ways of measuring a difference. */
  public enum Kind {
    /** A difference in the indicator's unit. */
    ABSOLUTE,
    /** A difference as a fraction of the larger magnitude. */
    RELATIVE
  }

  /**
   * Creates a tolerance.
   *
   * @throws RakorValidationException if the kind is null or the amount negative or not finite
   */
  public Tolerance {
    if (kind == null) {
      throw new RakorValidationException(
          Violation.of("Tolerance", "kind", null, "must not be null"));
    }
    if (!Double.isFinite(amount) || amount < 0) {
      throw new RakorValidationException(
          Violation.of("Tolerance", "amount", amount, "must be a finite number at least zero"));
    }
  }

  /**
   * Figures may differ by at most {@code amount} in the indicator's unit.
   *
   * @param amount the allowed difference
   * @return the tolerance
   * @throws RakorValidationException if the amount is negative or not finite
   */
  public static Tolerance absolute(double amount) {
    return new Tolerance(Kind.ABSOLUTE, amount);
  }

  /**
   * Figures may differ by at most {@code fraction} of the larger magnitude.
   *
   * @param fraction the allowed fraction, for example 0.05 for five per cent
   * @return the tolerance
   * @throws RakorValidationException if the fraction is negative or not finite
   */
  public static Tolerance relative(double fraction) {
    return new Tolerance(Kind.RELATIVE, fraction);
  }

  /**
   * Figures must be identical.
   *
   * @return {@code absolute(0)}
   */
  public static Tolerance exact() {
    return absolute(0);
  }

  /**
   * Whether two figures differ by more than this tolerance allows.
   *
   * @param a one figure
   * @param b another figure
   * @return true if they disagree
   */
  public boolean isExceededBy(double a, double b) {
    double difference = Math.abs(a - b);
    double allowed = kind == Kind.ABSOLUTE ? amount : amount * Math.max(Math.abs(a), Math.abs(b));
    return difference > allowed;
  }

  /** Returns for example {@code ±0.5} or {@code ±5%}. */
  @Override
  public String toString() {
    return kind == Kind.ABSOLUTE ? "±" + format(amount) : "±" + format(amount * 100) + "%";
  }

  static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.4g", value);
  }
}
