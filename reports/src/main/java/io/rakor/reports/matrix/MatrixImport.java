package io.rakor.reports.matrix;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.meetings.Priority;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.reports.ReportLanguage;
import io.rakor.reports.internal.Messages;
import io.rakor.reports.matrix.internal.CsvReader;
import io.rakor.reports.matrix.internal.Errors;
import io.rakor.reports.matrix.internal.Grid;
import io.rakor.reports.matrix.internal.MatrixReader;
import io.rakor.reports.matrix.internal.NameIndex;
import io.rakor.reports.matrix.internal.XlsxReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a follow-up matrix from an untrusted XLSX or CSV file into validated commitments, or into
 * the list of everything wrong with it: nothing is imported when any row is invalid, and nothing is
 * written anywhere. Every error names the sheet, row, column, value and rule, in the import's
 * language.
 *
 * <p>The rules: the header row (in Indonesian or English, within the first ten rows) names the
 * columns, in any order; columns the import does not read (names, health) are ignored; a formula is
 * never evaluated, and a formula in a column read is refused; merged cells in or below the header
 * are refused; a date is a date cell or text written {@code yyyy-mm-dd}; a code (a place such as
 * {@code 18.03}) typed as a number is refused; files beyond the {@link ImportLimits} (size, rows,
 * expansion of the compressed XLSX) are refused. Given the directory ({@link #withNames}), units
 * and priorities may be named instead of their ids. A rule of a commitment itself is written in the
 * import's language from its {@linkplain io.rakor.core.Violation#code() rule code}. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class MatrixImport {
  private final ReportLanguage language;
  private final ImportLimits limits;
  private final List<ResponsibleUnit> units;
  private final List<Priority> priorities;

  private MatrixImport(
      ReportLanguage language,
      ImportLimits limits,
      List<ResponsibleUnit> units,
      List<Priority> priorities) {
    this.language = language;
    this.limits = limits;
    this.units = units;
    this.priorities = priorities;
  }

  /**
   * An import whose errors are in a language, with the default limits.
   *
   * @param language the language of the errors
   * @return the import
   */
  public static MatrixImport of(ReportLanguage language) {
    return new MatrixImport(
        Objects.requireNonNull(language, "language"),
        ImportLimits.defaults(),
        List.of(),
        List.of());
  }

  /**
   * This import with other limits.
   *
   * @param limits the limits
   * @return the new import
   */
  public MatrixImport withLimits(ImportLimits limits) {
    return new MatrixImport(language, Objects.requireNonNull(limits, "limits"), units, priorities);
  }

  /**
   * This import reading units and priorities by name as well as by id, as a district's own sheet
   * often writes them: where a unit's id is expected (lead, supporters, a milestone's unit), a cell
   * may hold the id of a unit given here, or its name or short name; where a priority's id is
   * expected, its id or title. Names are compared without case and with runs of spaces as one; an
   * id wins over a name. A text that names more than one unit (two units share a short name) or
   * none of them is refused, with an error naming the row, column and value. With units given,
   * every unit the file names must be among them (and so with priorities).
   *
   * @param units the units the file may name; empty to read unit ids only
   * @param priorities the priorities the file may name; empty to read priority ids only
   * @return the new import
   */
  public MatrixImport withNames(
      Collection<ResponsibleUnit> units, Collection<Priority> priorities) {
    return new MatrixImport(
        language,
        limits,
        List.copyOf(Objects.requireNonNull(units, "units")),
        List.copyOf(Objects.requireNonNull(priorities, "priorities")));
  }

  /**
   * The limits of this import.
   *
   * @return the limits
   */
  public ImportLimits limits() {
    return limits;
  }

  /**
   * Reads a file, its format from its name ({@code .xlsx}, otherwise CSV).
   *
   * @param file the file
   * @return the commitments, or every error
   * @throws IOException if the file cannot be read
   */
  public MatrixImportResult read(Path file) throws IOException {
    String name = file.getFileName().toString();
    MatrixFormat format =
        name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? MatrixFormat.XLSX : MatrixFormat.CSV;
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, format, name);
    }
  }

  /**
   * Reads a stream; reads at most one byte more than the file size limit. The stream is not closed.
   *
   * @param in the file's bytes
   * @param format the file's format
   * @param name how errors name the file (a CSV file's rows are in a "sheet" of this name)
   * @return the commitments, or every error
   * @throws IOException if the stream cannot be read
   */
  public MatrixImportResult read(InputStream in, MatrixFormat format, String name)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(name, "name");
    Errors errors = new Errors(Messages.of("matrix", language));
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    if (bytes.length > limits.maxFileBytes()) {
      errors.file(name, errors.rule("tooLarge", String.valueOf(limits.maxFileBytes())));
      return result(List.of(), errors);
    }
    Grid grid =
        format == MatrixFormat.XLSX
            ? XlsxReader.read(
                bytes,
                MatrixReader.sheetNames(),
                limits.maxExpandedBytes(),
                limits.maxRows(),
                errors,
                name)
            : CsvReader.read(bytes, name, limits.maxRows(), errors);
    List<Commitment> commitments =
        grid == null
            ? List.of()
            : new MatrixReader(errors, NameIndex.units(units), NameIndex.priorities(priorities))
                .read(grid, limits.maxRows());
    return result(commitments, errors);
  }

  private static MatrixImportResult result(List<Commitment> commitments, Errors errors) {
    return MatrixImportResult.of(
        commitments,
        errors.list().stream()
            .map(
                p ->
                    new ImportError(
                        p.sheet(), p.row(), p.column(), p.value(), p.rule(), p.message()))
            .toList());
  }
}
