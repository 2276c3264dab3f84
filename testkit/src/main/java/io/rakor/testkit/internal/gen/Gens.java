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

  private static final Gen<Integer> CODE_POINTS =
      Generate.frequency(
          List.of(
              Pair.of(6, integers().between(0x20, 0x7E)),
              Pair.of(2, integers().between(0xA0, 0x24F)),
              Pair.of(1, integers().between(0x600, 0x6FF)),
              Pair.of(1, integers().between(0xA980, 0xA9CD)),
              Pair.of(1, integers().between(0x4E00, 0x9FFF)),
              Pair.of(1, integers().between(0x1F300, 0x1F64F))));

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
   * Arbitrary non-blank Unicode text of the given length range in code points: Latin, Latin-1,
   * Arabic, Javanese and CJK letters, punctuation, and emoji outside the basic plane.
   */
  public static Gen<String> unicode(int minCodePoints, int maxCodePoints) {
    return cached(
        List.of("unicode", minCodePoints, maxCodePoints),
        () -> buildUnicode(minCodePoints, maxCodePoints));
  }

  private static Gen<String> buildUnicode(int minCodePoints, int maxCodePoints) {
    return listOf(CODE_POINTS, Math.max(1, minCodePoints), Math.max(1, maxCodePoints))
        .map(
            cps -> {
              StringBuilder s = new StringBuilder();
              cps.forEach(s::appendCodePoint);
              String text = s.toString();
              return text.isBlank() ? "x" + text : text;
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
