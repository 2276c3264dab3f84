package io.rakor.reports.matrix.internal;

/**
 * Keeps spreadsheets from running a CSV cell as a formula (CSV injection): a text that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written after an
 * apostrophe, as is a text that starts with an apostrophe, so that reading removes exactly one
 * leading apostrophe and gets the text back.
 */
public final class Injection {
  private Injection() {}

  /**
   * The text as a CSV cell holds it.
   *
   * @param text the text
   * @return the text, after an apostrophe if it could start a formula or starts with one
   */
  public static String guard(String text) {
    return needsGuard(text) ? "'" + text : text;
  }

  /**
   * Whether a text starts as a formula would (or with the apostrophe that guards one).
   *
   * @param text the text
   * @return true if {@link #guard} prefixes it
   */
  public static boolean needsGuard(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r'
        || first == '\'';
  }

  /**
   * The text of a CSV cell, without the apostrophe that guards it.
   *
   * @param cell the cell's text
   * @return the text
   */
  public static String unguard(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }
}
