package io.rakor.reports.matrix;

import io.rakor.core.commitments.Commitment;
import io.rakor.reports.ReportLanguage;
import io.rakor.reports.internal.Messages;
import io.rakor.reports.matrix.internal.CsvWriter;
import io.rakor.reports.matrix.internal.MarkdownWriter;
import io.rakor.reports.matrix.internal.MatrixRows;
import io.rakor.reports.matrix.internal.Table;
import io.rakor.reports.matrix.internal.XlsxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Writes a follow-up matrix as XLSX, CSV or Markdown, in a language. Each commitment is one row
 * with its number, ids and names, action, places, indicators and targets, milestones, start and due
 * dates, budget (the total of its funding lines, where they share a currency) and funding lines
 * (one a line), status, and (from the latest evaluation) its health with the reason and the last
 * reported progress. What the XLSX and CSV hold is read back unchanged by {@link MatrixImport}.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class MatrixExport {
  private MatrixExport() {}

  /**
   * Writes the matrix as an XLSX workbook: the matrix sheet, one monitoring sheet per evaluation
   * and the escalations of every evaluation. Headers are bold and frozen, every sheet has a filter
   * and set column widths, dates are date cells, numbers and money are number cells with formats,
   * and each health is its word on a coloured cell. A text that starts like a formula is marked as
   * text. The stream is not closed.
   *
   * @param matrix the matrix
   * @param out where to write
   * @param language the language of headers, words and date formats
   * @throws IOException if writing fails
   * @throws MatrixExportException if a text is longer than a cell holds (32,767 characters)
   */
  public static void xlsx(RtlMatrix matrix, OutputStream out, ReportLanguage language)
      throws IOException {
    Objects.requireNonNull(out, "out");
    MatrixRows rows = rows(matrix, language);
    Messages common = Messages.of("common", language);
    XlsxWriter writer =
        new XlsxWriter(Messages.of("matrix", language).text("format.date"), common::text);
    try {
      writer.add(rows.matrix());
      rows.monitoring().forEach(writer::add);
      writer.add(rows.escalations());
    } catch (XlsxWriter.TextTooLongException e) {
      throw new MatrixExportException(e.getMessage(), e);
    }
    writer.write(out);
  }

  /**
   * Writes the matrix as an XLSX workbook to a file, as {@link #xlsx(RtlMatrix, OutputStream,
   * ReportLanguage)} does, creating or replacing the file.
   *
   * @param matrix the matrix
   * @param file the file to write
   * @param language the language of headers, words and date formats
   * @throws IOException if writing fails
   * @throws MatrixExportException if a text is longer than a cell holds (32,767 characters)
   */
  public static void xlsx(RtlMatrix matrix, Path file, ReportLanguage language) throws IOException {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      xlsx(matrix, out, language);
    }
  }

  /**
   * Writes the matrix sheet as CSV, comma-separated: UTF-8 after a byte-order mark, CRLF line ends,
   * dates as {@code yyyy-mm-dd}, amounts with a decimal point and no grouping. A cell that starts
   * with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return or an apostrophe is
   * written after an apostrophe, so that no spreadsheet runs it as a formula; the import removes
   * it. The stream is not closed.
   *
   * @param matrix the matrix
   * @param out where to write
   * @param language the language of headers and words
   * @throws IOException if writing fails
   */
  public static void csv(RtlMatrix matrix, OutputStream out, ReportLanguage language)
      throws IOException {
    csv(matrix, out, language, ',');
  }

  /**
   * Writes the matrix sheet as CSV with a separator: {@code ;} is what Excel writes and expects
   * where the decimal separator is a comma, as in Indonesia. Otherwise as {@link #csv(RtlMatrix,
   * OutputStream, ReportLanguage)}.
   *
   * @param matrix the matrix
   * @param out where to write
   * @param language the language of headers and words
   * @param separator {@code ,} or {@code ;}
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the separator is neither
   */
  public static void csv(
      RtlMatrix matrix, OutputStream out, ReportLanguage language, char separator)
      throws IOException {
    if (separator != ',' && separator != ';') {
      throw new IllegalArgumentException("separator must be ',' or ';', not '" + separator + "'");
    }
    Objects.requireNonNull(out, "out");
    CsvWriter.write(
        rows(matrix, language).matrix(), separator, Messages.of("common", language)::text, out);
  }

  /**
   * The matrix as a Markdown table, for a person to read: numbers, names, action, places,
   * indicators and targets, milestones, dates, budget, funding, status, health, reason and
   * progress, written as the language writes them ({@code 12 Januari 2026}, {@code
   * Rp1.250.000.000}). Not read back.
   *
   * @param matrix the matrix
   * @param language the language
   * @return the Markdown
   */
  public static String markdown(RtlMatrix matrix, ReportLanguage language) {
    Table table = rows(matrix, language).markdown();
    List<Currency> currencies = new ArrayList<>(matrix.commitments().size());
    for (Commitment c : matrix.commitments()) {
      currencies.add(MatrixRows.currency(c));
    }
    return MarkdownWriter.write(table, currencies, Messages.of("common", language));
  }

  private static MatrixRows rows(RtlMatrix matrix, ReportLanguage language) {
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(language, "language");
    return new MatrixRows(
        matrix.commitments(),
        matrix.directory(),
        matrix.indicators(),
        matrix.evaluations(),
        Messages.of("matrix", language),
        Messages.of("common", language));
  }
}
