package io.rakor.reports.matrix.internal;

import io.rakor.reports.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/** Collects the errors of one import, each in the import's language. Not thread-safe. */
public final class Errors {
  private final Messages texts;
  private final List<Problem> errors = new ArrayList<>();

  /** One error: where, what and why, and the whole message. */
  public record Problem(
      String sheet, int row, String column, String value, String rule, String message) {}

  /**
   * Errors in a language.
   *
   * @param texts the bundle {@code matrix}
   */
  public Errors(Messages texts) {
    this.texts = texts;
  }

  /** The label of a column: its header and its letter ({@code "Due (R)"}). */
  public static String column(String header, int index) {
    String letter = CellReference.convertNumToColString(index);
    return header.isEmpty() ? letter : header + " (" + letter + ")";
  }

  /** Adds an error at a cell. */
  public void add(String sheet, int row, String column, String value, String rule) {
    String shown = value == null ? "" : io.rakor.core.Violation.of("", "", value, "").value();
    String message =
        row == 0 && column.isEmpty()
            ? texts.text("error.messageFile", sheet, rule)
            : texts.text("error.message", sheet, String.valueOf(row), column, shown, rule);
    errors.add(new Problem(sheet, row, column, shown, rule, message));
  }

  /** Adds an error about a whole file or sheet. */
  public void file(String sheet, String rule) {
    add(sheet, 0, "", "", rule);
  }

  /** The text of a rule, from the bundle. */
  public String rule(String key, Object... arguments) {
    return texts.text("rule." + key, arguments);
  }

  /** A text of the bundle {@code matrix} in the import's language. */
  public String text(String key, Object... arguments) {
    return texts.text(key, arguments);
  }

  /** Whether any error was added. */
  public boolean any() {
    return !errors.isEmpty();
  }

  /** The errors, in the order added. */
  public List<Problem> list() {
    return errors;
  }
}
