package io.rakor.core.values;

/**
 * The one table of limits every Rakor value keeps, applied when a value is built and again when
 * JSON is read, so that whatever a builder accepts can be written, read back and stored. The table,
 * with the reason for each limit, is in {@code docs/json-format.md}.
 *
 * <p>Lengths of text are counted as {@link String#length()} counts them, in UTF-16 code units: a
 * character outside the Basic Multilingual Plane, such as an emoji, counts two.
 *
 * @since 0.1
 */
public final class Limits {
  private Limits() {}

  /** The most characters of a name or title: a single line of text. */
  public static final int NAME_LENGTH = 500;

  /**
   * The most characters of a free text: a narrative, minutes, a description, a reason. Free texts
   * may span several lines.
   */
  public static final int TEXT_LENGTH = 100_000;

  /**
   * The most characters of all the texts of one value together, its nested values' texts included
   * (a meeting with its agenda, reports and decisions; a commitment with its milestones), so that
   * the value's JSON stays far below {@code RakorJson.MAX_DOCUMENT_LENGTH}.
   */
  public static final int RECORD_TEXT_LENGTH = 1_000_000;

  /**
   * The most elements of all the lists of one value together, its nested values' lists included (a
   * meeting's participants, agenda, reports and each report's achievements, obstacles and plans),
   * so that with {@link #RECORD_TEXT_LENGTH} the value's JSON stays far below {@code
   * RakorJson.MAX_DOCUMENT_LENGTH}: at most a few hundred bytes of structure per element.
   */
  public static final int RECORD_ELEMENTS = 25_000;

  /** The most characters of an identifier. */
  public static final int ID_LENGTH = 128;

  /** The most characters of a URI, such as an evidence link. */
  public static final int URI_LENGTH = 2_000;

  /**
   * The most elements of any list, set or map a value holds; the lists of the kinds below are
   * bounded more tightly. JSON arrays are bounded by it too.
   */
  public static final int LIST_SIZE = 100_000;

  /**
   * The most elements of a list of references to other records: a commitment's supporters and
   * scope, a forum's members, a priority's contributors and indicators, a meeting's co-conveners
   * and participants, the units that agreed a value.
   */
  public static final int REFERENCE_LIST_SIZE = 10_000;

  /**
   * The most elements of a list of entries that carry content of their own: agenda items, unit
   * reports, decisions, achievements, plans, obstacles, targets, milestones, measured values,
   * milestone completions, evidence, a person's titles, an event's details.
   */
  public static final int ENTRY_LIST_SIZE = 1_000;

  /**
   * The most significant digits of a decimal amount ({@code FundingLine.allocation}, {@code
   * Realisation.amount}), counted after an exponent is written out: {@code 1E+3} has the four
   * digits of {@code 1000}. 34 is the precision of IEEE 754 decimal128 ({@link
   * java.math.MathContext#DECIMAL128}), far beyond any budget.
   */
  public static final int DECIMAL_PRECISION = 34;

  /**
   * The most decimal places of a decimal amount; an amount may also have no more than its
   * currency's {@link java.util.Currency#getDefaultFractionDigits() fraction digits}.
   */
  public static final int DECIMAL_SCALE = 4;

  /**
   * The largest magnitude of a measured number (an indicator value, a target, an observation): one
   * quintillion. Beyond it no measurement is meaningful, and PostgreSQL's {@code jsonb} writes such
   * a number out digit by digit ({@code 1e300} as 301 digits), longer than a JSON number may be.
   */
  public static final double NUMBER_MAGNITUDE_MAX = 1e18;

  /**
   * The smallest magnitude of a measured number other than zero. Smaller numbers are refused for
   * the same reason as larger ones: written out in full they are longer than a JSON number may be.
   */
  public static final double NUMBER_MAGNITUDE_MIN = 1e-30;

  /** The first year of any date or instant a value holds. */
  public static final int YEAR_MIN = 1900;

  /** The last year of any date or instant a value holds. */
  public static final int YEAR_MAX = 2999;
}
