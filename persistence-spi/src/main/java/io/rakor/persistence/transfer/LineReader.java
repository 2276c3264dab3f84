package io.rakor.persistence.transfer;

import io.rakor.core.json.RakorJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads an export file line by line, each line at most {@link #MAX_LINE} bytes (so a hostile file
 * cannot exhaust memory) and decoded as UTF-8 on its own (so malformed bytes are reported on their
 * own line). A line ends at the byte {@code \n}, which no multi-byte UTF-8 sequence contains, with
 * an optional {@code \r} before it. Not thread-safe.
 */
final class LineReader implements Closeable {
  /** The longest line read, in bytes: the longest JSON document Rakor reads. */
  static final int MAX_LINE = (int) Math.min(Integer.MAX_VALUE - 8, RakorJson.MAX_DOCUMENT_LENGTH);

  private final String name;
  private final InputStream in;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[1 << 16];
  private byte[] line = new byte[1 << 12];
  private int length;
  private int pos;
  private int end;
  private long number;

  LineReader(Path file) throws IOException {
    this.name = file.toString();
    this.in = Files.newInputStream(file);
  }

  /**
   * The next line.
   *
   * @return the line without its break, or null at the end of the file
   * @throws ExportFileException if the line is too long or not UTF-8
   * @throws IOException if reading fails
   */
  String next() throws IOException {
    length = 0;
    long at = number + 1;
    boolean any = false;
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
      append(from, pos - from, at);
      if (pos < end) {
        pos++; // the line break
        number = at;
        return decode(at);
      }
    }
    if (!any || length == 0) {
      return null;
    }
    number = at;
    return decode(at);
  }

  private void append(int from, int count, long at) {
    if ((long) length + count > MAX_LINE) {
      throw new ExportFileException(
          name, at, "longer than " + MAX_LINE + " bytes; not a line of an export", null);
    }
    if (length + count > line.length) {
      line =
          Arrays.copyOf(line, (int) Math.min(MAX_LINE, Math.max(2L * line.length, length + count)));
    }
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  private String decode(long at) {
    int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    try {
      return utf8.decode(ByteBuffer.wrap(line, 0, n)).toString();
    } catch (CharacterCodingException e) {
      throw new ExportFileException(name, at, "not UTF-8 text (" + e.getMessage() + ")", e);
    }
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
