package io.rakor.reports.matrix;

import com.google.common.collect.ImmutableList;
import io.rakor.core.RakorException;
import java.util.List;

/**
 * A matrix could not be imported: it carries every {@link ImportError}, and its message lists them,
 * in the import's language.
 *
 * @since 0.1
 */
public final class MatrixImportException extends RakorException {
  private static final long serialVersionUID = 1L;

  /** The errors; an ImmutableList is serializable. */
  private final ImmutableList<ImportError> errors;

  /**
   * An exception for a list of errors.
   *
   * @param errors the errors, at least one
   */
  public MatrixImportException(List<ImportError> errors) {
    super(message(errors));
    this.errors = ImmutableList.copyOf(errors);
  }

  private static String message(List<ImportError> errors) {
    StringBuilder out = new StringBuilder();
    int shown = Math.min(errors.size(), 20);
    for (int i = 0; i < shown; i++) {
      out.append(i == 0 ? "" : "\n").append(errors.get(i).message());
    }
    if (errors.size() > shown) {
      out.append("\n(+").append(errors.size() - shown).append(")");
    }
    return out.toString();
  }

  /**
   * Every error found.
   *
   * @return the errors, never empty
   */
  public ImmutableList<ImportError> errors() {
    return errors;
  }
}
