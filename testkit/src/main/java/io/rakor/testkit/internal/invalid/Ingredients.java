package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.gen.Gens.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;

/** What the rules break values with: blank and over-long texts, bad ids, non-finite numbers. */
final class Ingredients {
  static final String TOO_LONG_NAME = "n".repeat(501);
  static final String TOO_LONG_TEXT = "t".repeat(100_001);

  private Ingredients() {}

  static Gen<String> blanks() {
    return pick(
        List.of(
            "",
            " ",
            "\t",
            "\n  ",
            "\u2003",
            "   \r\n",
            "\u00A0",
            "\u200B",
            "\uFEFF",
            "\u3164",
            "\u2800",
            "\u0301",
            " \u200B\u00A0\uFEFF "));
  }

  static Gen<String> badIds() {
    return pick(
        List.of(
            "",
            " unit",
            "unit id",
            "-unit",
            ".unit",
            "unit#1",
            "unit\u00e9",
            "x".repeat(129),
            "rtl?1",
            "a b",
            "a/../../etc/passwd",
            "../x",
            "/etc/passwd",
            "a/",
            "a//b",
            "a:b",
            "a\\b",
            "a,b",
            "=1+1",
            "CON",
            "x/nul.txt",
            "a\u202Eb",
            "a\u0000"));
  }

  static Gen<Double> nonFinite() {
    return pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }

  static <T> List<T> plus(List<T> list, T extra) {
    List<T> copy = new ArrayList<>(list);
    copy.add(extra);
    return copy;
  }

  static Supplier<?> attempt(Supplier<?> attempt) {
    return attempt;
  }

  static Rule rule(Class<?> type, String field, String description, Gen<Supplier<?>> attempts) {
    return Rule.of(type, field, description, attempts);
  }

  static Rule rule(
      Class<?> type,
      String field,
      String description,
      Set<String> alsoReported,
      Gen<Supplier<?>> attempts) {
    return Rule.of(type, field, description, alsoReported, attempts);
  }

  static Rule badId(Class<?> type, Function<String, ?> of) {
    return rule(
        type,
        "value",
        "an identifier that is not segments of [A-Za-z0-9._-] separated by '/', each starting and"
            + " ending with a letter or digit, or that is empty, too long or a reserved device name",
        badIds().map(text -> attempt(() -> of.apply(text))));
  }

  /** A copy of a list in which its first element (or {@code fallback}, if it is empty) repeats. */
  static <T> List<T> withDuplicate(List<T> items, T fallback) {
    List<T> out = new ArrayList<>(items);
    T twice = out.isEmpty() ? fallback : out.get(0);
    if (out.isEmpty()) {
      out.add(twice);
    }
    out.add(twice);
    return out;
  }
}
