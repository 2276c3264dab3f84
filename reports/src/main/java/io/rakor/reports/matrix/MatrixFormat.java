package io.rakor.reports.matrix;

/**
 * The spreadsheet formats a matrix is read from.
 *
 * @since 0.1
 */
public enum MatrixFormat {
  /** An Office Open XML workbook ({@code .xlsx}). */
  XLSX,
  /**
   * Comma- or semicolon-separated values in UTF-8, with or without a byte-order mark; the separator
   * is the one the header line uses most.
   */
  CSV
}
