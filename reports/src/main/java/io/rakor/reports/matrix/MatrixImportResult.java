package io.rakor.reports.matrix;

import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.Commitment;
import java.util.List;

/**
 * What an import read: either every row as a validated commitment, or every error and no commitment
 * at all (nothing is imported when any row is invalid). A dry run is an import whose {@link
 * #errors()} are shown and whose commitments are not used. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MatrixImportResult {
  private final ImmutableList<Commitment> commitments;
  private final ImmutableList<ImportError> errors;

  private MatrixImportResult(List<Commitment> commitments, List<ImportError> errors) {
    this.commitments = ImmutableList.copyOf(commitments);
    this.errors = ImmutableList.copyOf(errors);
  }

  static MatrixImportResult of(List<Commitment> commitments, List<ImportError> errors) {
    return errors.isEmpty()
        ? new MatrixImportResult(commitments, List.of())
        : new MatrixImportResult(List.of(), errors);
  }

  /**
   * Whether every row was valid.
   *
   * @return true if there is no error
   */
  public boolean isValid() {
    return errors.isEmpty();
  }

  /**
   * The commitments read, in row order; empty when there is any error.
   *
   * @return the commitments
   */
  public ImmutableList<Commitment> commitments() {
    return commitments;
  }

  /**
   * Every error found, in sheet and row order; empty when the import is valid.
   *
   * @return the errors
   */
  public ImmutableList<ImportError> errors() {
    return errors;
  }

  /**
   * The commitments, or the errors as an exception.
   *
   * @return the commitments
   * @throws MatrixImportException if there is any error
   */
  public ImmutableList<Commitment> orElseThrow() {
    if (!errors.isEmpty()) {
      throw new MatrixImportException(errors);
    }
    return commitments;
  }
}
