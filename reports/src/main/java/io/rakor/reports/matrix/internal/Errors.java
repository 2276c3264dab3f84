package io.rakor.reports.matrix.internal;

import io.rakor.core.RuleCodes;
import io.rakor.core.Violation;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.reports.internal.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/** Collects the errors of one import, each in the import's language. Not thread-safe. */
public final class Errors {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ELEMENT = Pattern.compile("^[A-Za-z]+\\[(\\d+)]");

  private final Messages texts;
  private final Messages rules;
  private final Messages common;
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
    this.rules = Messages.of("rules", texts.language());
    this.common = Messages.of("common", texts.language());
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

  /**
   * The rule a value broke, in the import's language: the text of its {@linkplain Violation#code()
   * code} in the bundle {@code rules}, with its arguments (dates and statuses as the language
   * writes them); an element of a list ({@code milestones[1].due}) is named by its line in the
   * cell. A violation without a code, or with one the bundle lacks, keeps core's English wording (a
   * test fails the build when a code of {@link RuleCodes} has no text).
   *
   * @param v the violation
   * @return the rule in words
   */
  public String violation(Violation v) {
    String rule;
    if (v.code().isEmpty() || !rules.has(v.code())) {
      rule = rule("domain", v.type(), v.field() + " " + v.rule());
    } else {
      Object[] arguments = v.arguments().stream().map(a -> argument(v.code(), a)).toArray();
      rule = rules.text(v.code(), arguments);
    }
    Matcher element = ELEMENT.matcher(v.field());
    return element.find()
        ? rule("line", String.valueOf(Integer.parseInt(element.group(1)) + 1), rule)
        : rule;
  }

  private String argument(String code, String argument) {
    if ((code.equals(RuleCodes.COMMITMENT_STATUS_REASON)
            || code.equals(RuleCodes.COMMITMENT_SUCCESSOR_STATUS))
        && isStatus(argument)) {
      return common.text(CommitmentStatus.valueOf(argument));
    }
    if (ISO_DATE.matcher(argument).matches()) {
      try {
        return common.date(LocalDate.parse(argument));
      } catch (DateTimeParseException e) {
        return argument;
      }
    }
    return argument;
  }

  private static boolean isStatus(String name) {
    for (CommitmentStatus s : CommitmentStatus.values()) {
      if (s.name().equals(name)) {
        return true;
      }
    }
    return false;
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
