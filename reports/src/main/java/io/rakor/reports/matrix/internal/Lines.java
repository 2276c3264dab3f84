package io.rakor.reports.matrix.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a cell that holds a list: one entry a line, each entry's fields separated by {@code
 * |}, in CSV's quoting (a field holding {@code |}, a quote or a line break is quoted), written and
 * read by Jackson's CSV support. Stateless and thread-safe.
 */
public final class Lines {
  private static final CsvMapper MAPPER = new CsvMapper();
  private static final CsvSchema SCHEMA =
      CsvSchema.emptySchema().withColumnSeparator('|').withLineSeparator("\n");
  private static final ObjectWriter WRITER =
      MAPPER.writer(SCHEMA).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
  private static final ObjectReader READER =
      MAPPER
          .readerForListOf(String.class)
          .with(SCHEMA)
          .with(CsvParser.Feature.WRAP_AS_ARRAY)
          .with(CsvParser.Feature.SKIP_EMPTY_LINES);

  private Lines() {}

  /**
   * The text of entries, each a list of fields; trailing empty fields are left out.
   *
   * @param entries the entries
   * @return the text, one entry a line
   */
  public static String write(List<String[]> entries) {
    List<String[]> trimmed = new ArrayList<>(entries.size());
    for (String[] fields : entries) {
      int n = fields.length;
      while (n > 1 && (fields[n - 1] == null || fields[n - 1].isEmpty())) {
        n--;
      }
      String[] copy = Arrays.copyOf(fields, n);
      for (int i = 0; i < n; i++) {
        copy[i] = copy[i] == null ? "" : copy[i];
      }
      trimmed.add(copy);
    }
    try {
      String text = WRITER.writeValueAsString(trimmed);
      return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The entries of a text, each as its fields.
   *
   * @param text the text
   * @return the entries
   * @throws IOException if the text is not in the form (an unclosed quote)
   */
  public static List<List<String>> read(String text) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (MappingIterator<List<String>> rows = READER.readValues(text)) {
      while (rows.hasNextValue()) {
        out.add(rows.nextValue());
      }
    }
    return out;
  }

  /**
   * The non-empty lines of a text, each trimmed: a list of codes.
   *
   * @param text the text
   * @return the codes
   */
  public static List<String> codes(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n")) {
      String code = line.strip();
      if (!code.isEmpty()) {
        out.add(code);
      }
    }
    return out;
  }
}
