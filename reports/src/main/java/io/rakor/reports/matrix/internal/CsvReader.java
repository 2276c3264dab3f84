package io.rakor.reports.matrix.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an untrusted CSV file into a {@link Grid} with Jackson: strict UTF-8, a byte-order mark
 * skipped, the separator ({@code ,} or {@code ;}) taken from the header line, quoted line breaks
 * kept, and the apostrophe that guards a formula-like cell removed ({@link Injection}).
 */
public final class CsvReader {
  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvReader() {}

  /**
   * Reads a file.
   *
   * @param bytes the file
   * @param name how errors name the file (its sheet)
   * @param maxRows the most data rows
   * @param errors where errors go
   * @return the rows, or null if the file was refused (the error is added)
   */
  public static Grid read(byte[] bytes, String name, int maxRows, Errors errors) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      errors.file(name, errors.rule("notUtf8"));
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(text));
    List<Grid.Row> rows = new ArrayList<>();
    int number = 0;
    try (MappingIterator<String[]> records =
        MAPPER
            .readerFor(String[].class)
            .with(schema)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(text)) {
      while (records.hasNextValue()) {
        String[] fields = records.nextValue();
        number++;
        if (number > maxRows + 1) {
          errors.add(name, number, "", "", errors.rule("tooManyRows", String.valueOf(maxRows)));
          return null;
        }
        Raw[] cells = new Raw[fields.length];
        boolean any = false;
        for (int c = 0; c < fields.length; c++) {
          String cell = fields[c] == null ? "" : Injection.unguard(fields[c]);
          cells[c] = cell.isEmpty() ? null : new Raw.Text(cell);
          any |= cells[c] != null;
        }
        if (any) {
          rows.add(new Grid.Row(number, cells));
        }
      }
    } catch (JacksonException e) {
      errors.add(name, number + 1, "", "", errors.rule("csv", e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      errors.file(name, errors.rule("csv", e.getMessage()));
      return null;
    }
    return new Grid(name, rows, List.of());
  }

  /** The separator of the header line: the one of {@code ;} and {@code ,} it uses more. */
  static char separator(String text) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }
}
