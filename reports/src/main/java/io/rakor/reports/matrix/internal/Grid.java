package io.rakor.reports.matrix.internal;

import java.util.List;

/**
 * The cells of one sheet as read, before they are read as a matrix.
 *
 * @param sheet the sheet's name
 * @param rows the rows that hold anything, in order
 * @param merged the merged ranges, each as its first and last row and column (counted from 0)
 */
public record Grid(String sheet, List<Row> rows, List<int[]> merged) {
  /**
   * One row.
   *
   * @param number the row's number as a spreadsheet shows it, from 1
   * @param cells the cells, null where empty
   */
  public record Row(int number, Raw[] cells) {
    /** The cell at a column, null if empty or past the end. */
    public Raw cell(int column) {
      return column < cells.length ? cells[column] : null;
    }
  }
}
