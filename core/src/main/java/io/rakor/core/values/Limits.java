package io.rakor.core.values;

/**
 * The one table of limits every Rakor value keeps, applied when a value is built and again when
 * JSON is read, so that whatever a builder accepts can be written, read back and stored. The table,
 * with the reason for each limit, is in {@code docs/json-format.md}.
 *
 * @since 0.1
 */
public final class Limits {
  private Limits() {}

  /** The most characters of a name or title. */
  public static final int NAME_LENGTH = 500;

  /** The most characters of a free text: a narrative, minutes, a description. */
  public static final int TEXT_LENGTH = 100_000;

  /** The most characters of an identifier. */
  public static final int ID_LENGTH = 128;

  /** The most elements of any list, set or map a value holds. */
  public static final int LIST_SIZE = 100_000;
}
