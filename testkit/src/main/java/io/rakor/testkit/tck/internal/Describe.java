package io.rakor.testkit.tck.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.json.RakorJson;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Page;
import io.rakor.persistence.Versioned;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Short descriptions for the kit's failure messages: aggregates by kind, id and version, log
 * entries by sequence and subject, lists cut after a few items, and the fields in which two values
 * differ, never whole values. Not API: it may change without notice.
 */
public final class Describe {
  /** The most list items a message shows. */
  static final int ITEMS = 8;

  /** The most characters a message shows of one value. */
  static final int CHARS = 80;

  private Describe() {}

  /**
   * The start of every failure message of the kit.
   *
   * @param number the rule's number
   * @return {@code "[RakorStore rule NNN, see the Javadoc of io.rakor.persistence.RakorStore] "}
   */
  public static String rule(int number) {
    return "[RakorStore rule " + number + ", see the Javadoc of io.rakor.persistence.RakorStore] ";
  }

  /**
   * A short description of anything the kit compares.
   *
   * @param value a value, an aggregate, a log entry, a page, an optional or a list of them
   * @return at most a few hundred characters
   */
  public static String brief(Object value) {
    if (value instanceof Versioned<?> v) {
      return id(v.value()) + " v" + v.version();
    }
    if (value instanceof LogEntry e) {
      return "#"
          + e.sequence()
          + " "
          + e.event().type()
          + " "
          + e.event().subjectKind()
          + " "
          + e.event().subjectId();
    }
    if (value instanceof Page<?> p) {
      return "page " + brief(p.items()) + (p.next().map(c -> " next " + c).orElse(" (last)"));
    }
    if (value instanceof Optional<?> o) {
      return o.map(Describe::brief).orElse("(empty)");
    }
    if (value instanceof Iterable<?> list) {
      List<String> shown = new ArrayList<>();
      int n = 0;
      for (Iterator<?> it = list.iterator(); it.hasNext(); n++) {
        Object item = it.next();
        if (n < ITEMS) {
          shown.add(brief(item));
        }
      }
      String more = n > ITEMS ? ", ... (" + n + " in all)" : "";
      return "[" + String.join(", ", shown) + more + "]";
    }
    if (value != null && kindOf(value).isPresent()) {
      return id(value);
    }
    return cut(String.valueOf(value));
  }

  /**
   * Names an aggregate value by its kind and id.
   *
   * @param value an aggregate's value
   * @return for example {@code commitment rtl-1}
   */
  public static String id(Object value) {
    return kindOf(value).map(k -> k + " " + idText(k, value)).orElse(cut(String.valueOf(value)));
  }

  /**
   * The fields in which two values differ, compared in their JSON form.
   *
   * @param expected what was expected
   * @param actual what came back
   * @return for example {@code " Fields that differ: due (expected "2026-05-01", got
   *     "2026-05-02")."}, or empty text if no field differs
   */
  public static String difference(Object expected, Object actual) {
    if (expected instanceof Versioned<?> e && actual instanceof Versioned<?> a) {
      return difference(e.value(), a.value());
    }
    if (expected instanceof LogEntry e && actual instanceof LogEntry a) {
      return difference(e.event(), a.event());
    }
    if (expected == null
        || actual == null
        || kindOf(expected).isEmpty()
            && !(expected instanceof io.rakor.core.workflow.DomainEvent)) {
      return "";
    }
    JsonNode want = RakorJson.mapper().valueToTree(expected);
    JsonNode got = RakorJson.mapper().valueToTree(actual);
    TreeSet<String> fields = new TreeSet<>();
    want.fieldNames().forEachRemaining(fields::add);
    got.fieldNames().forEachRemaining(fields::add);
    List<String> differ = new ArrayList<>();
    for (String f : fields) {
      JsonNode w = want.get(f);
      JsonNode g = got.get(f);
      if (w == null ? g != null : !w.equals(g)) {
        differ.add(
            f + " (expected " + cut(String.valueOf(w)) + ", got " + cut(String.valueOf(g)) + ")");
      }
    }
    return differ.isEmpty() ? "" : " Fields that differ: " + String.join("; ", differ) + ".";
  }

  /**
   * The first position at which two lists differ, described briefly.
   *
   * @param expected the expected items
   * @param actual the items that came back
   * @return a sentence, or empty text if the lists are equal
   */
  public static String firstDifference(List<?> expected, List<?> actual) {
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      Object w = i < expected.size() ? expected.get(i) : null;
      Object g = i < actual.size() ? actual.get(i) : null;
      if (w == null || !w.equals(g)) {
        return " First difference at position "
            + i
            + ": expected "
            + (w == null ? "(nothing)" : brief(w))
            + ", got "
            + (g == null ? "(nothing)" : brief(g))
            + "."
            + (w != null && g != null ? difference(w, g) : "");
      }
    }
    return "";
  }

  /**
   * Cuts text to {@value #CHARS} characters.
   *
   * @param text any text
   * @return the text, or its start and an ellipsis
   */
  public static String cut(String text) {
    return text.length() <= CHARS ? text : text.substring(0, CHARS - 3) + "...";
  }

  private static Optional<AggregateKind<?, ?>> kindOf(Object value) {
    for (AggregateKind<?, ?> k : AggregateKind.all()) {
      if (k.valueType().isInstance(value)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private static <T, K> String idText(AggregateKind<T, K> kind, Object value) {
    return kind.idText(kind.idOf(kind.cast(value)));
  }

  /**
   * Describes the entries of a map briefly.
   *
   * @param map a map
   * @return its keys and brief values
   */
  public static String brief(Map<?, ?> map) {
    List<String> shown = new ArrayList<>();
    map.forEach((k, v) -> shown.add(k + "=" + brief(v)));
    return brief(shown);
  }
}
