package io.rakor.reports.matrix;

import java.util.Objects;

/**
 * One thing wrong with an imported matrix: where (sheet, row and column, as the spreadsheet shows
 * them), the value found and the rule it breaks, with the whole {@link #message()} in the import's
 * language. An error about the whole file (too large, not a workbook) has row 0 and an empty
 * column.
 *
 * @param sheet the sheet's name; for a CSV file, the name given to the import
 * @param row the row, counted from 1 as a spreadsheet does; 0 for the whole file
 * @param column the column's header text with its letter, for example {@code "Due (R)"}; empty for
 *     a whole row or file
 * @param value the value found, as text; empty if the cell is empty
 * @param rule the rule broken, in the import's language
 * @param message the whole error in one sentence, in the import's language
 * @since 0.1
 */
public record ImportError(
    String sheet, int row, String column, String value, String rule, String message) {

  /** Checks that no part is null. */
  public ImportError {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  /** Returns the {@link #message()}. */
  @Override
  public String toString() {
    return message;
  }
}
