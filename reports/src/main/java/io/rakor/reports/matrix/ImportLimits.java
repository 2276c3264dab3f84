package io.rakor.reports.matrix;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import io.rakor.reports.matrix.internal.XlsxReader;

/**
 * How much of an untrusted file an import reads before it refuses the file: its size in bytes, the
 * bytes an XLSX may expand to when unzipped, and the rows of the matrix. Immutable and thread-safe.
 *
 * @param maxFileBytes the most bytes a file may have
 * @param maxExpandedBytes the most bytes the parts of an XLSX (a zip archive) may expand to,
 *     together; an archive that expands more than 100 times its size is refused too
 * @param maxRows the most data rows a matrix may have
 * @since 0.1
 */
public record ImportLimits(long maxFileBytes, long maxExpandedBytes, int maxRows) {
  /** The largest expansion of a compressed archive accepted: 100 times its size. */
  public static final int MAX_EXPANSION_RATIO = XlsxReader.MAX_EXPANSION_RATIO;

  /**
   * Checks the limits.
   *
   * @throws RakorValidationException if a limit is not positive
   */
  public ImportLimits {
    if (maxFileBytes < 1 || maxExpandedBytes < 1 || maxRows < 1) {
      throw new RakorValidationException(
          Violation.of(
              "ImportLimits",
              maxFileBytes < 1
                  ? "maxFileBytes"
                  : maxExpandedBytes < 1 ? "maxExpandedBytes" : "maxRows",
              maxFileBytes < 1 ? maxFileBytes : maxExpandedBytes < 1 ? maxExpandedBytes : maxRows,
              "must be at least 1"));
    }
  }

  /**
   * The defaults: files of at most 20 MiB, expanding to at most 100 MiB, with at most 10,000 rows
   * (a regency writes a few hundred commitments a year).
   *
   * @return the default limits
   */
  public static ImportLimits defaults() {
    return new ImportLimits(20L << 20, 100L << 20, 10_000);
  }

  /**
   * These limits with another row limit.
   *
   * @param rows the most data rows
   * @return the new limits
   */
  public ImportLimits withMaxRows(int rows) {
    return new ImportLimits(maxFileBytes, maxExpandedBytes, rows);
  }

  /**
   * These limits with another file size limit.
   *
   * @param bytes the most bytes a file may have
   * @return the new limits
   */
  public ImportLimits withMaxFileBytes(long bytes) {
    return new ImportLimits(bytes, maxExpandedBytes, maxRows);
  }

  /**
   * These limits with another limit on the bytes an XLSX expands to.
   *
   * @param bytes the most bytes the unzipped parts may have together
   * @return the new limits
   */
  public ImportLimits withMaxExpandedBytes(long bytes) {
    return new ImportLimits(maxFileBytes, bytes, maxRows);
  }
}
