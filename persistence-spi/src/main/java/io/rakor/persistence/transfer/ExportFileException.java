package io.rakor.persistence.transfer;

import io.rakor.core.RakorException;

/**
 * An export file that cannot be imported: not an export, of a newer format, cut short, with a line
 * that cannot be read, a broken hash chain, or aggregates its log does not explain. The message
 * starts with the file and the line; {@link #line()} gives the line number. Nothing was written to
 * the target store when the file is refused, since a file is checked whole before any import.
 *
 * @since 0.1
 */
public class ExportFileException extends RakorException {
  private static final long serialVersionUID = 1L;

  private final long line;

  /**
   * Creates an exception.
   *
   * @param file the file, as the message should name it
   * @param line the line number, from 1
   * @param problem what is wrong with that line
   * @param cause the underlying failure, or null
   */
  public ExportFileException(String file, long line, String problem, Throwable cause) {
    super(file + ", line " + line + ": " + problem, cause);
    this.line = line;
  }

  /**
   * The line at fault, from 1.
   *
   * @return the line number
   */
  public long line() {
    return line;
  }
}
