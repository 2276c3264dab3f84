package io.rakor.core.indicators;

import io.rakor.core.values.Checker;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of a rate: a value that is a numerator divided by a denominator, times a rate base (100
 * for a percent, 1000 for a rate per mille, 100 000 for a maternal mortality ratio). A rate
 * indicator states its base ({@link Indicator#rateBase()}); a value of it ({@link DatedValue}, a
 * measured value) may carry its numerator, denominator and base, and is then checked against them.
 * Rates aggregate by adding numerators and denominators, never by adding the rates.
 *
 * <p>Rules: a rate base is a power of ten from 1 to {@link #MAX_BASE}; the numerator, denominator
 * and base are given together or not at all; the numerator is zero or more and the denominator
 * above zero; and {@code value / base} is within {@link #TOLERANCE} of {@code numerator /
 * denominator}, so that a value rounded to a tenth of a percent is consistent (24.1 % for 2 413 of
 * 10 000 children).
 *
 * @since 0.2
 */
public final class Rates {
  private Rates() {}

  /**
   * How far {@code value / base} may be from {@code numerator / denominator}: 0.0005, half a tenth
   * of a percent, so that a rate may be given rounded to one decimal of a percent, or to a whole
   * number per mille.
   */
  public static final double TOLERANCE = 0.0005;

  /** The largest rate base: one thousand million. */
  public static final long MAX_BASE = 1_000_000_000L;

  /**
   * Whether a number is a rate base: a power of ten from 1 to {@link #MAX_BASE}.
   *
   * @param base the number
   * @return true for 1, 10, 100, ... {@link #MAX_BASE}
   */
  public static boolean isBase(long base) {
    long b = 1;
    while (b < base && b < MAX_BASE) {
      b *= 10;
    }
    return b == base;
  }

  /**
   * The rate: {@code numerator / denominator * base}.
   *
   * @param numerator the numerator
   * @param denominator the denominator, above zero
   * @param base the rate base
   * @return the rate
   */
  public static double rate(double numerator, double denominator, long base) {
    return numerator / denominator * base;
  }

  /**
   * Whether a value agrees with its numerator and denominator: {@code value / base} within {@link
   * #TOLERANCE} of {@code numerator / denominator}.
   *
   * @param value the value
   * @param numerator the numerator
   * @param denominator the denominator, above zero
   * @param base the rate base
   * @return true if consistent
   */
  public static boolean consistent(double value, double numerator, double denominator, long base) {
    return Math.abs(value / base - numerator / denominator) <= TOLERANCE;
  }

  /**
   * Checks the rate rules for a value that may carry a numerator, denominator and base, recording
   * violations of the fields {@code numerator}, {@code denominator}, {@code rateBase} and {@code
   * value}.
   *
   * @param c the checker of the value
   * @param value the value
   * @param numerator the numerator, if given
   * @param denominator the denominator, if given
   * @param base the rate base, if given
   */
  public static void check(
      Checker c,
      double value,
      Optional<Double> numerator,
      Optional<Double> denominator,
      Optional<Long> base) {
    boolean any = numerator.isPresent() || denominator.isPresent() || base.isPresent();
    boolean all = numerator.isPresent() && denominator.isPresent() && base.isPresent();
    if (!any) {
      return;
    }
    if (!all) {
      String missing =
          numerator.isEmpty() ? "numerator" : denominator.isEmpty() ? "denominator" : "rateBase";
      c.require(
          false,
          missing,
          null,
          "must be given with the others: a rate carries its numerator, denominator and rateBase"
              + " together, or none of them");
      return;
    }
    double n = numerator.get();
    double d = denominator.get();
    long b = base.get();
    c.measure("numerator", n).require(n >= 0, "numerator", n, "must be zero or more");
    c.measure("denominator", d).require(d > 0, "denominator", d, "must be above zero");
    c.require(isBase(b), "rateBase", b, "must be a power of ten from 1 to " + MAX_BASE);
    if (Double.isFinite(n) && Double.isFinite(d) && n >= 0 && d > 0 && isBase(b)) {
      c.require(
          consistent(value, n, d, b),
          "value",
          value,
          () ->
              String.format(
                  Locale.ROOT,
                  "must agree with numerator %s / denominator %s x rateBase %d = %s (within %s of"
                      + " the proportion, Rates.TOLERANCE)",
                  n,
                  d,
                  b,
                  rate(n, d, b),
                  TOLERANCE));
    }
  }
}
