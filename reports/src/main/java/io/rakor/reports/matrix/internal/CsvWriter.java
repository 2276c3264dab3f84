package io.rakor.reports.matrix.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.rakor.core.monitoring.Health;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes a table as CSV with Jackson: UTF-8 after a byte-order mark (so that Excel reads it as
 * UTF-8), a header line, CRLF line ends, quoting where needed, dates as {@code yyyy-mm-dd}, numbers
 * with a decimal point and no grouping, and every cell that could start a formula guarded ({@link
 * Injection}).
 */
public final class CsvWriter {
  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvWriter() {}

  /**
   * Writes a table.
   *
   * @param table the table
   * @param separator the column separator, {@code ,} or {@code ;}
   * @param healthWords the word of each health
   * @param out where to; not closed
   * @throws IOException if writing fails
   */
  public static void write(
      Table table, char separator, Function<Health, String> healthWords, OutputStream out)
      throws IOException {
    CsvSchema schema =
        CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\r\n");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    try (SequenceWriter rows =
        MAPPER
            .writer(schema)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .writeValues(writer)) {
      rows.write(table.headers().stream().map(Injection::guard).toArray(String[]::new));
      for (Object[] values : table.rows()) {
        String[] cells = new String[values.length];
        for (int c = 0; c < values.length; c++) {
          cells[c] = Injection.guard(text(table.kinds().get(c), values[c], healthWords));
        }
        rows.write(cells);
      }
    }
    writer.flush();
  }

  private static String text(Kind kind, Object value, Function<Health, String> healthWords) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case MONEY -> ((BigDecimal) value).toPlainString();
      case NUMBER -> MatrixRows.exact((Double) value);
      case PERCENT -> String.format(Locale.ROOT, "%.1f", (Double) value);
      case HEALTH -> healthWords.apply((Health) value);
      default -> value.toString();
    };
  }
}
