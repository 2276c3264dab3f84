package io.rakor.reports.html.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers of SVG geometry: user units with at most one decimal, written with a dot. */
final class Svg {
  private Svg() {}

  static String n(double value) {
    return BigDecimal.valueOf(value)
        .setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
