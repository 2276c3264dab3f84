package io.rakor.core.data.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** Renders figures for people. Not API: it may change without notice. */
public final class Numbers {
  private static final MathContext SIX_DIGITS = new MathContext(6);

  private Numbers() {}

  /**
   * A figure to six significant digits, without trailing zeros or an exponent: {@code 16.9}, {@code
   * 412}, {@code 4.5} (for 4.499999999999998).
   *
   * @param value a number
   * @return its text; {@code NaN} or {@code Infinity} as Java writes them
   */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(SIX_DIGITS).stripTrailingZeros().toPlainString();
  }
}
