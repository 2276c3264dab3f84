package io.rakor.reports.matrix.internal;

/**
 * What a column holds, which decides how each format writes and reads its cells. The value of a
 * cell is a {@code String} ({@link #TEXT}, {@link #CODE}, {@link #LINES}, {@link #CHOICE}), an
 * {@code Integer}, a {@code LocalDate}, a {@code BigDecimal} ({@link #MONEY}), a {@code Double}
 * ({@link #NUMBER}, {@link #PERCENT}, 0 to 100) or a {@code Health}; null when empty.
 */
public enum Kind {
  /** Free text, wrapped. */
  TEXT,
  /** An identifier or code: text, never a number. */
  CODE,
  /** One entry a line: identifiers, codes, or fields separated by {@code |}. */
  LINES,
  /** A localized name of an enum constant. */
  CHOICE,
  /** A whole number. */
  INTEGER,
  /** A date. */
  DATE,
  /** An amount of money; the number of decimals shown is the amount's scale. */
  MONEY,
  /** A number, written exactly. */
  NUMBER,
  /** A percentage, 0 to 100. */
  PERCENT,
  /** A health: its word on a coloured cell. */
  HEALTH
}
