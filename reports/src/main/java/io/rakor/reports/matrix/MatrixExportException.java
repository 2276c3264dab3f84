package io.rakor.reports.matrix;

import io.rakor.core.RakorException;

/**
 * A matrix could not be written: a value does not fit the format (a text longer than a spreadsheet
 * cell holds), or the output failed. The message, in the export's {@link
 * io.rakor.reports.ReportLanguage language}, names the sheet, row and column.
 *
 * @since 0.1
 */
public final class MatrixExportException extends RakorException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message what went wrong, naming the commitment and column
   */
  public MatrixExportException(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the cause
   */
  public MatrixExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
