package io.rakor.core.json;

import io.rakor.core.values.Limits;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Large commitment list documents written on the fly, piece by piece, as a {@link Reader} or an
 * {@link InputStream}, so that reading one does not hold the document itself in memory: only what
 * the reader builds from it counts.
 *
 * <p>The maximal documents are valid, so that everything read is kept to the end, and as large as
 * the limits allow in the two ways that cost memory: as many tokens as {@link
 * RakorJson#MAX_TOKEN_COUNT} allows, spent on short distinct supporter ids (the most objects per
 * byte that a valid document can hold, {@link Limits#REFERENCE_LIST_SIZE} to a commitment), and the
 * rest of {@link RakorJson#MAX_DOCUMENT_LENGTH} spent on actions of {@link Limits#TEXT_LENGTH}
 * characters outside Latin-1, which Java stores in two bytes each.
 */
final class LargeDocuments {
  /** A character outside Latin-1: strings of it take two bytes a character. */
  static final char WIDE = '\u0101';

  /** The tokens of one commitment besides its supporters (see {@link #commitment}). */
  private static final int TOKENS_PER_COMMITMENT = 36;

  /** The tokens of the envelope around the list. */
  private static final int ENVELOPE_TOKENS = 9;

  private static final String HEAD = "{\"schemaVersion\":2,\"type\":\"commitment[]\",\"data\":[";
  private static final String TAIL = "]}";
  private static final String EARLY_HEAD = "{\"data\":[";
  private static final String EARLY_TAIL = "],\"schemaVersion\":2,\"type\":\"commitment[]\"}";

  private static final String SUFFIX =
      "],\"priority\":\"p\",\"area\":\"a\",\"scope\":[\"18\"],\"milestones\":[{\"id\":\"m\","
          + "\"description\":\"d\",\"due\":\"2026-01-31\"}],\"start\":\"2026-01-01\","
          + "\"due\":\"2026-12-31\"}";

  private LargeDocuments() {}

  /** One commitment of a document: how many supporters, how long an action. */
  record Part(int supporters, int actionLength) {}

  /** The commitments of the {@linkplain #maximal maximal document}. */
  static List<Part> maximalParts(boolean early) {
    String head = early ? EARLY_HEAD : HEAD;
    String tail = early ? EARLY_TAIL : TAIL;
    long tokens = RakorJson.MAX_TOKEN_COUNT - ENVELOPE_TOKENS;
    long length = RakorJson.MAX_DOCUMENT_LENGTH - head.length() - tail.length();
    // the fewest commitments whose actions can fill the length the supporters leave
    List<Part> parts = List.of();
    for (int count = 1; parts.isEmpty(); count++) {
      parts = plan(count, tokens, length);
    }
    return parts;
  }

  /**
   * The maximal valid commitment list document: with the data after the envelope's version and
   * type, or before them ({@code early}), when the reader must buffer it; its actions are {@code
   * letter} repeated. Its length is counted in characters, so it is as long as the limit allows as
   * characters, and as UTF-8 bytes too if the letter is ASCII.
   */
  static Iterator<String> maximal(boolean early, char letter) {
    String head = early ? EARLY_HEAD : HEAD;
    String tail = early ? EARLY_TAIL : TAIL;
    List<Part> parts = maximalParts(early);
    return Stream.of(
            Stream.of(head),
            IntStream.range(0, parts.size())
                .boxed()
                .flatMap(
                    n ->
                        Stream.concat(
                            Stream.of(n > 0 ? "," : ""),
                            commitment(
                                n,
                                parts.get(n).supporters(),
                                String.valueOf(letter).repeat(parts.get(n).actionLength())))),
            Stream.of(tail))
        .flatMap(piece -> piece)
        .iterator();
  }

  /**
   * {@code count} commitments that spend the tokens on supporters and the rest of the length on
   * actions, or none if their actions cannot hold that rest.
   */
  private static List<Part> plan(int count, long tokens, long length) {
    long supporters = tokens - (long) count * TOKENS_PER_COMMITMENT;
    if (supporters > (long) count * Limits.REFERENCE_LIST_SIZE) {
      return List.of();
    }
    List<Part> parts = new ArrayList<>();
    long left = length - (count - 1); // the commas between them
    for (int n = 0; n < count; n++) {
      int mine = (int) Math.min(Limits.REFERENCE_LIST_SIZE, supporters);
      supporters -= mine;
      left -= commitmentLength(n, mine, 0);
      parts.add(new Part(mine, 0));
    }
    if (left > (long) count * Limits.TEXT_LENGTH) {
      return List.of();
    }
    if (left < count) {
      throw new IllegalStateException("the supporters alone fill the document: revise the plan");
    }
    for (int n = 0; n < count; n++) {
      int action = (int) Math.min(Limits.TEXT_LENGTH, left - (count - n - 1));
      left -= action;
      parts.set(n, new Part(parts.get(n).supporters(), action));
    }
    return parts;
  }

  /** A commitment document with {@code supporters} supporters, over the list limit if you like. */
  static Iterator<String> supporters(int supporters) {
    return supporters(supporters, false);
  }

  /**
   * A commitment document with {@code supporters} supporters, with its data after the envelope's
   * version and type or before them ({@code early}).
   */
  static Iterator<String> supporters(int supporters, boolean early) {
    return Stream.of(
            Stream.of(
                early ? "{\"data\":" : "{\"schemaVersion\":2,\"type\":\"commitment\",\"data\":"),
            commitment(0, supporters, "Memetakan ulang balita berisiko"),
            Stream.of(early ? ",\"schemaVersion\":2,\"type\":\"commitment\"}" : "}"))
        .flatMap(piece -> piece)
        .iterator();
  }

  /** A document of the head, {@code count} times the element separated by commas, and the tail. */
  static Iterator<String> repeated(String head, String element, int count, String tail) {
    return repeated(head, element, ",", count, tail);
  }

  /** A document of the head, {@code count} times the element with separators, and the tail. */
  static Iterator<String> repeated(
      String head, String element, String separator, int count, String tail) {
    int chunk = 1000;
    return Stream.of(
            Stream.of(head),
            IntStream.range(0, (count + chunk - 1) / chunk)
                .mapToObj(
                    c ->
                        IntStream.range(c * chunk, Math.min(count, (c + 1) * chunk))
                            .mapToObj(i -> i > 0 ? separator + element : element)
                            .collect(Collectors.joining())),
            Stream.of(tail))
        .flatMap(piece -> piece)
        .iterator();
  }

  /**
   * The pieces of one valid commitment with {@code supporters} distinct short supporter ids; its
   * tokens are {@link #TOKENS_PER_COMMITMENT} plus the supporters.
   */
  private static Stream<String> commitment(int n, int supporters, String action) {
    int chunk = 1000;
    return Stream.of(
            Stream.of(prefix(n, action)),
            IntStream.range(0, (supporters + chunk - 1) / chunk)
                .mapToObj(
                    c ->
                        IntStream.range(c * chunk, Math.min(supporters, (c + 1) * chunk))
                            .mapToObj(i -> (i > 0 ? ",\"" : "\"") + id(i) + "\"")
                            .collect(Collectors.joining())),
            Stream.of(SUFFIX))
        .flatMap(piece -> piece);
  }

  /**
   * The digits of supporter ids: letters and digits without 'o', 'p' and 'u', so that no id is a
   * device name Windows reserves (con, com1, prn, lpt1, aux, nul), which ids refuse.
   */
  private static final String ID_DIGITS = "0123456789abcdefghijklmnqrstvwxyz";

  private static String id(int i) {
    StringBuilder id = new StringBuilder();
    do {
      id.append(ID_DIGITS.charAt(i % ID_DIGITS.length()));
      i /= ID_DIGITS.length();
    } while (i > 0);
    return id.reverse().toString();
  }

  private static String prefix(int n, String action) {
    return "{\"id\":\"c-"
        + n
        + "\",\"originMeeting\":\"m\",\"action\":\""
        + action
        + "\",\"lead\":\"lead-unit\",\"supporters\":[";
  }

  /** The length in characters of {@link #commitment}. */
  private static long commitmentLength(int n, int supporters, int actionLength) {
    long ids = 0; // ids of 1, 2, 3, ... digits, each in quotes
    for (long digits = 1, from = 0, to = ID_DIGITS.length();
        from < supporters;
        digits++, from = to, to *= ID_DIGITS.length()) {
      ids += (Math.min(to, supporters) - from) * (digits + 2);
    }
    return prefix(n, "").length()
        + actionLength
        + ids
        + Math.max(0, supporters - 1)
        + SUFFIX.length();
  }

  /** The pieces as characters. */
  static Reader reader(Iterator<String> pieces) {
    return new Reader() {
      private String piece = "";
      private int at;

      @Override
      public int read(char[] buffer, int offset, int length) {
        while (at == piece.length()) {
          if (!pieces.hasNext()) {
            return -1;
          }
          piece = pieces.next();
          at = 0;
        }
        int n = Math.min(length, piece.length() - at);
        piece.getChars(at, at + n, buffer, offset);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  /** The pieces as UTF-8 bytes. */
  static InputStream bytes(Iterator<String> pieces) {
    return new InputStream() {
      private byte[] piece = new byte[0];
      private int at;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        while (at == piece.length) {
          if (!pieces.hasNext()) {
            return -1;
          }
          piece = pieces.next().getBytes(StandardCharsets.UTF_8);
          at = 0;
        }
        int n = Math.min(length, piece.length - at);
        System.arraycopy(piece, at, buffer, offset, n);
        at += n;
        return n;
      }
    };
  }
}
