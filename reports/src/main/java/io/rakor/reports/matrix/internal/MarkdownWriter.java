package io.rakor.reports.matrix.internal;

import com.google.common.escape.Escaper;
import com.google.common.escape.Escapers;
import io.rakor.core.monitoring.Health;
import io.rakor.reports.internal.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Writes a table as a Markdown (GitHub) table: texts escaped so that no cell breaks the table or
 * becomes HTML ({@code |}, {@code \}, {@code <}, {@code >}, {@code &} and line breaks), dates,
 * numbers and money as the language writes them.
 */
public final class MarkdownWriter {
  private static final Escaper CELL =
      Escapers.builder()
          .addEscape('|', "\\|")
          .addEscape('\\', "\\\\")
          .addEscape('<', "&lt;")
          .addEscape('>', "&gt;")
          .addEscape('&', "&amp;")
          .addEscape('*', "\\*")
          .addEscape('_', "\\_")
          .addEscape('`', "\\`")
          .addEscape('[', "\\[")
          .addEscape(']', "\\]")
          .addEscape('\r', "")
          .addEscape('\n', "<br>")
          .addEscape('\u2028', "<br>")
          .addEscape('\u2029', "<br>")
          .build();

  private MarkdownWriter() {}

  /**
   * The table in Markdown, under a heading.
   *
   * @param table the table
   * @param currencies the currency of each row's money, if any (null otherwise)
   * @param common the bundle {@code common}, for dates, numbers and words
   * @return the Markdown
   */
  public static String write(Table table, List<Currency> currencies, Messages common) {
    StringBuilder out = new StringBuilder("# ").append(CELL.escape(table.name())).append("\n\n|");
    for (String header : table.headers()) {
      out.append(' ').append(CELL.escape(header)).append(" |");
    }
    out.append("\n|");
    for (Kind kind : table.kinds()) {
      out.append(aligned(kind) ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (int r = 0; r < table.rows().size(); r++) {
      Object[] values = table.rows().get(r);
      out.append('|');
      for (int c = 0; c < values.length; c++) {
        String text = text(table.kinds().get(c), values[c], currencies.get(r), common);
        out.append(' ').append(CELL.escape(text)).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static boolean aligned(Kind kind) {
    return kind == Kind.INTEGER
        || kind == Kind.MONEY
        || kind == Kind.NUMBER
        || kind == Kind.PERCENT;
  }

  private static String text(Kind kind, Object value, Currency currency, Messages common) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case DATE -> common.date((LocalDate) value);
      case MONEY -> common.money((BigDecimal) value, currency);
      case NUMBER -> common.number((Double) value);
      case PERCENT -> common.number((Double) value) + "%";
      case HEALTH -> common.text((Health) value);
      default -> value.toString();
    };
  }
}
