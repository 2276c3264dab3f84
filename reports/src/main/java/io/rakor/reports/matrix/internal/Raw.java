package io.rakor.reports.matrix.internal;

import java.time.LocalDateTime;

/** A cell as a file holds it, before it is read as a column's value; null stands for empty. */
public sealed interface Raw {
  /**
   * The cell as its value shows, for error messages.
   *
   * @return the text
   */
  String shown();

  /** A text cell. */
  record Text(String text) implements Raw {
    @Override
    public String shown() {
      return text;
    }
  }

  /** A number cell, with the decimals its format shows. */
  record Number(double value, int decimals) implements Raw {
    @Override
    public String shown() {
      return MatrixRows.exact(value);
    }
  }

  /** A number cell formatted as a date. */
  record Date(LocalDateTime value) implements Raw {
    @Override
    public String shown() {
      return value.toString();
    }
  }

  /** A formula cell: never evaluated. */
  record Formula(String formula) implements Raw {
    @Override
    public String shown() {
      return "=" + formula;
    }
  }

  /** Any other cell (a truth value, an error value). */
  record Other(String shown) implements Raw {}
}
