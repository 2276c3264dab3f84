package io.rakor.persistence.transfer;

import io.rakor.core.json.RakorJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an export file line by line, in UTF-8 (refusing malformed bytes), each line at most {@link
 * #MAX_LINE} characters, so a hostile file cannot exhaust memory. A line ends at {@code \n}, with
 * an optional {@code \r} before it. Not thread-safe.
 */
final class LineReader implements Closeable {
  /** The longest line read: the longest JSON document Rakor reads. */
  static final int MAX_LINE = (int) Math.min(Integer.MAX_VALUE - 8, RakorJson.MAX_DOCUMENT_LENGTH);

  private final String name;
  private final Reader in;
  private final StringBuilder line = new StringBuilder();
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int end;
  private long number;

  LineReader(Path file) throws IOException {
    this.name = file.toString();
    InputStream bytes = Files.newInputStream(file);
    this.in =
        new InputStreamReader(
            bytes,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * The next line.
   *
   * @return the line without its break, or null at the end of the file
   * @throws ExportFileException if the line is too long or not UTF-8
   * @throws IOException if reading fails
   */
  String next() throws IOException {
    line.setLength(0);
    long at = number + 1;
    boolean any = false;
    try {
      while (true) {
        if (pos == end) {
          int n = in.read(buffer, 0, buffer.length);
          if (n < 0) {
            break;
          }
          pos = 0;
          end = n;
        }
        any = true;
        int from = pos;
        while (pos < end && buffer[pos] != '\n') {
          pos++;
        }
        if (line.length() + (pos - from) > MAX_LINE) {
          throw new ExportFileException(
              name, at, "longer than " + MAX_LINE + " characters; not a line of an export", null);
        }
        line.append(buffer, from, pos - from);
        if (pos < end) {
          pos++; // the line break
          number = at;
          return stripCarriageReturn();
        }
      }
    } catch (CharacterCodingException e) {
      throw new ExportFileException(name, at, "not UTF-8 text: " + e, e);
    }
    if (!any || line.length() == 0) {
      return null;
    }
    number = at;
    return stripCarriageReturn();
  }

  private String stripCarriageReturn() {
    int n = line.length();
    return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
  }

  /**
   * The number of the line last returned, from 1; 0 before the first.
   *
   * @return the line number
   */
  long number() {
    return number;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
