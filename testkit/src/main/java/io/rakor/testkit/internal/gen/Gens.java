package io.rakor.testkit.internal.gen;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The primitive generators the others are built from: numbers, choices, weights, optional values,
 * lists, Unicode and realistic text, dates and zones; and a cache for generators that cost more to
 * build than to run. Stateless and thread-safe.
 */
public final class Gens {
  private Gens() {}

  /** The zones Indonesia spans: western, central and eastern Indonesian time. */
  public static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"), ZoneId.of("Asia/Jayapura"));

  /** The first day a generated date may fall on. */
  public static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

  /** The last day a generated date may fall on. */
  public static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

  public static Gen<Integer> ints(int min, int max) {
    return integers().between(min, max);
  }

  public static <T> Gen<T> pick(List<T> values) {
    return Generate.pick(values);
  }

  public static Gen<Boolean> coin() {
    return booleans().all();
  }

  /** True with about the given percentage; shrinks towards false. */
  public static Gen<Boolean> chance(int percent) {
    return cached(List.of("chance", percent), () -> ints(0, 99).map(i -> i >= 100 - percent));
  }

  public static <T> Gen<T> weighted(int weight1, Gen<T> gen1, int weight2, Gen<T> gen2) {
    // Like Generate.frequency, shrinking towards the first, but cheap to build.
    Gen<Integer> choice = ints(1, weight1 + weight2);
    return src -> choice.generate(src) <= weight1 ? gen1.generate(src) : gen2.generate(src);
  }

  private static final Map<Object, Gen<?>> CACHE = new ConcurrentHashMap<>();

  /** A generator built once per key: building some generators costs more than running them. */
  @SuppressWarnings("unchecked")
  public static <T> Gen<T> cached(Object key, Supplier<Gen<T>> build) {
    Gen<?> gen = CACHE.get(key);
    if (gen == null) {
      gen = build.get();
      Gen<?> raced = CACHE.putIfAbsent(key, gen);
      if (raced != null) {
        gen = raced;
      }
    }
    return (Gen<T>) gen;
  }

  /**
   * Code points that test the text rules' edges without breaking them: joiners, directional marks
   * (not overrides), invisible characters beside visible ones, combining marks, noncharacters,
   * private use, the last code point, and the characters that need escaping in JSON, CSV, HTML and
   * SQL.
   */
  private static final List<Integer> TRICKY =
      List.of(
          0x200D,
          0x200C,
          0x200E,
          0x200F,
          0x061C,
          0x00A0,
          0x200B,
          0xFEFF,
          0x00AD,
          0x0301,
          0xFE0F,
          0x3000,
          0x3164,
          0x2800,
          0xFFFD,
          0xFFFE,
          0xFFFF,
          0xFDD0,
          0xE000,
          0xF0000,
          0x10FFFF,
          0x1F468,
          0x1F3FD,
          0x20000,
          0x1D538,
          (int) '"',
          (int) '\\',
          (int) '\'',
          (int) '<',
          (int) '>',
          (int) '&',
          (int) '%',
          (int) ',',
          (int) ';',
          (int) '=',
          (int) '+',
          (int) '@',
          (int) '?',
          (int) '/');

  private static final List<Integer> LINE_BREAKS = List.of(0x09, 0x0A, 0x0D, 0x2028, 0x2029);

  private static final Gen<Integer> CODE_POINTS = codePoints(false);
  private static final Gen<Integer> TEXT_CODE_POINTS = codePoints(true);

  /**
   * Code points from the whole Unicode range: mostly Latin, with Arabic, Javanese, CJK and emoji,
   * any scalar value of the Basic Multilingual Plane and of the supplementary planes (assigned or
   * not), the {@link #TRICKY} ones, and in free text tabs and line breaks. A drawn code point that
   * the text rules forbid (a surrogate, a control or bidirectional control character, a line break
   * in a single line) becomes U+FFFD.
   */
  private static Gen<Integer> codePoints(boolean multiLine) {
    List<Pair<Integer, Gen<Integer>>> parts =
        new ArrayList<>(
            List.of(
                Pair.of(12, integers().between(0x20, 0x7E)),
                Pair.of(3, integers().between(0xA0, 0x24F)),
                Pair.of(2, integers().between(0x600, 0x6FF)),
                Pair.of(1, integers().between(0xA980, 0xA9CD)),
                Pair.of(2, integers().between(0x4E00, 0x9FFF)),
                Pair.of(2, integers().between(0x1F300, 0x1F64F)),
                Pair.of(1, integers().between(0, 0xFFFF)),
                Pair.of(1, integers().between(0x10000, 0x10FFFF)),
                Pair.of(2, Generate.pick(TRICKY))));
    if (multiLine) {
      parts.add(Pair.of(2, Generate.pick(LINE_BREAKS)));
    }
    return Generate.frequency(parts).map(cp -> allowed(cp, multiLine) ? cp : 0xFFFD);
  }

  /** Whether the text rules allow a code point in a single line or a free text. */
  public static boolean allowed(int cp, boolean multiLine) {
    if (Character.getType(cp) == Character.SURROGATE
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)) {
      return false;
    }
    int kind = Character.getType(cp);
    if (kind == Character.CONTROL) {
      return multiLine && (cp == 0x09 || cp == 0x0A || cp == 0x0D);
    }
    return multiLine || (kind != Character.LINE_SEPARATOR && kind != Character.PARAGRAPH_SEPARATOR);
  }

  /**
   * Whether a code point is surely visible: an ASCII letter, digit or sign, a CJK ideograph, an
   * emoji. The ideographs end at U+9FFC, the last that JDK 17 knows (Unicode 13); U+9FFD to U+9FFF
   * came in Unicode 14, so JDK 17 finds them unassigned and Rakor's text rules not visible.
   */
  private static boolean surelyVisible(int cp) {
    return (cp > 0x20 && cp < 0x7F)
        || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
        || (cp >= 0x4E00 && cp <= 0x9FFC)
        || (cp >= 0x1F300 && cp <= 0x1F64F);
  }

  public static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return src -> coin().generate(src) ? Optional.of(gen.generate(src)) : Optional.empty();
  }

  public static <T> Gen<List<T>> listOf(Gen<T> gen, int min, int max) {
    return lists().of(gen).ofSizeBetween(min, max);
  }

  /** A list of distinct values: draws up to {@code max} and drops repeats. */
  public static <T> Gen<List<T>> distinctListOf(Gen<T> gen, int min, int max) {
    return listOf(gen, min, max).map(list -> List.copyOf(new LinkedHashSet<>(list)));
  }

  /** Draws from {@code values} without repetition, up to {@code max} of them. */
  public static <T> Gen<List<T>> subsetOf(List<T> values, int min, int max) {
    if (values.isEmpty()) {
      return Generate.constant(List.of());
    }
    int upper = Math.min(max, values.size());
    return distinctListOf(pick(values), Math.min(min, upper), upper);
  }

  /**
   * Arbitrary valid single-line Unicode text (a name or title) of the given length range in code
   * points, drawn from the whole Unicode range, supplementary planes included; at least one
   * character is visible.
   */
  public static Gen<String> unicode(int minCodePoints, int maxCodePoints) {
    return cached(
        List.of("unicode", minCodePoints, maxCodePoints),
        () -> buildUnicode(CODE_POINTS, minCodePoints, maxCodePoints));
  }

  /**
   * Arbitrary valid free text (a narrative, minutes, a description) of the given length range in
   * code points: like {@link #unicode(int, int)}, with tabs and line breaks too.
   */
  public static Gen<String> unicodeText(int minCodePoints, int maxCodePoints) {
    return cached(
        List.of("unicodeText", minCodePoints, maxCodePoints),
        () -> buildUnicode(TEXT_CODE_POINTS, minCodePoints, maxCodePoints));
  }

  private static Gen<String> buildUnicode(
      Gen<Integer> codePoints, int minCodePoints, int maxCodePoints) {
    return listOf(codePoints, Math.max(1, minCodePoints), Math.max(1, maxCodePoints))
        .map(
            cps -> {
              StringBuilder s = new StringBuilder();
              boolean visible = false;
              for (int cp : cps) {
                s.appendCodePoint(cp);
                visible |= surelyVisible(cp);
              }
              return visible ? s.toString() : "x" + s;
            });
  }

  /**
   * Valid text of exactly {@code length} characters ({@code String.length()}): arbitrary Unicode
   * repeated, starting with a visible character, never ending in half a surrogate pair.
   *
   * @param length the length, at least 1
   * @param multiLine whether tabs and line breaks may occur
   * @return a generator of texts of that length
   */
  public static Gen<String> textOfLength(int length, boolean multiLine) {
    return (multiLine ? unicodeText(1, 200) : unicode(1, 200))
        .map(
            chunk -> {
              StringBuilder s = new StringBuilder(length + 1).append('x');
              while (s.length() < length) {
                s.append(chunk, 0, Math.min(chunk.length(), length - s.length()));
              }
              if (Character.isHighSurrogate(s.charAt(length - 1))) {
                s.setCharAt(length - 1, 'x');
              }
              return s.toString();
            });
  }

  /** Mostly a realistic word from the list, sometimes arbitrary Unicode. */
  public static Gen<String> realistic(List<String> words) {
    return weighted(5, pick(words), 1, unicode(1, 30));
  }

  /** Realistic words, mixed with arbitrary Unicode only if {@code mix} is {@code MIXED}. */
  public static Gen<String> words(List<String> words, TextMix mix) {
    return mix == TextMix.MIXED ? realistic(words) : pick(words);
  }

  /**
   * Realistic free text, mixed (one in {@code weight + 1}) with longer Unicode, tabs and line
   * breaks included, if {@code mix} is {@code MIXED}.
   */
  public static Gen<String> texts(List<String> words, int weight, int maxCodePoints, TextMix mix) {
    return mix == TextMix.MIXED
        ? weighted(weight, pick(words), 1, unicodeText(1, maxCodePoints))
        : pick(words);
  }

  /**
   * Realistic text, mixed (one in {@code weight + 1}) with longer Unicode if {@code mix} is {@code
   * MIXED}.
   */
  public static Gen<String> words(List<String> words, int weight, int maxCodePoints, TextMix mix) {
    return mix == TextMix.MIXED
        ? weighted(weight, pick(words), 1, unicode(1, maxCodePoints))
        : pick(words);
  }

  public static Gen<LocalDate> dates() {
    return ints((int) EARLIEST.toEpochDay(), (int) LATEST.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  public static Gen<ZoneId> zones() {
    return pick(ZONES);
  }

  public static Gen<Double> finiteDoubles() {
    return weighted(
        3, ints(-100_000, 1_000_000).map(i -> i / 100.0), 1, doubles().between(-1e12, 1e12));
  }

  public static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static final Map<String, List<Character>> CHARS = new ConcurrentHashMap<>();

  public static List<Character> chars(String text) {
    return CHARS.computeIfAbsent(text, Gens::buildChars);
  }

  private static List<Character> buildChars(String text) {
    List<Character> chars = new ArrayList<>(text.length());
    for (char c : text.toCharArray()) {
      chars.add(c);
    }
    return List.copyOf(chars);
  }
}
