package io.rakor.core.json;

import static io.rakor.core.json.JsonErrors.abbreviate;
import static io.rakor.core.json.JsonErrors.error;
import static io.rakor.core.json.JsonErrors.name;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJsonException.Kind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Upgrades the data of a document written under an older schema version to the current one, on the
 * JSON tree, before it is bound. Stateless and thread-safe.
 *
 * <p>From version 1 to 2 the one structural change is a commitment's single {@code budget} {@code
 * {"amount":…,"currency":…,"source":…}} becoming its {@code fundingLines}: {@code
 * [{"source":…,"fiscalYear":<the start's year>,"allocation":<amount>,"currency":…}]}. Every other
 * field added in version 2 is optional, so other version-1 data is read as it is. A failure in the
 * upgraded data is reported at its version-1 path ({@link #v1Paths(String, String)}).
 */
final class SchemaUpgrade {
  /** The fields of a version-1 budget. */
  private static final Set<String> BUDGET_FIELDS = Set.of("amount", "currency", "source");

  private static final String FUNDING_LINES = ".fundingLines";

  /**
   * The location of an error found in the tree: none, like the errors of binding the tree, so that
   * every binding of the format reports a version-1 commitment alike.
   */
  private static final JsonLocation NO_LOCATION = null;

  /** A JSON path's steps after a commitment's {@code .fundingLines}. */
  private static final String STEPS =
      "((?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+]|\\['(?:[^'\\\\]|\\\\.)*'])*)";

  private SchemaUpgrade() {}

  /**
   * Whether data of a type written under a schema version is upgraded on the tree before binding.
   *
   * @param type the type read
   * @param version the schema version it was written under, at least 1
   * @return true for a version-1 commitment
   */
  static boolean needed(Class<?> type, long version) {
    return version < 2 && Commitment.class.isAssignableFrom(type);
  }

  /**
   * The version-2 form of a version-1 commitment's data.
   *
   * @param data the commitment's JSON, read as a tree
   * @param path its path in the document, such as {@code $.data} or {@code $.data[3]}
   * @param what what is being read, for errors
   * @return the data to bind: {@code data} itself if it has no budget (or is not an object, which
   *     the binding reports), otherwise a copy with {@code fundingLines} in place of {@code budget}
   * @throws RakorJsonException if the budget cannot be upgraded, at its version-1 path
   */
  static JsonNode commitment(JsonNode data, String path, String what) {
    if (!(data instanceof ObjectNode commitment)) {
      return data;
    }
    if (commitment.has("fundingLines")) {
      throw error(
          Kind.UNKNOWN_FIELD,
          path + FUNDING_LINES,
          NO_LOCATION,
          what,
          "unknown field \"fundingLines\" in a version-1 Commitment, which has a budget instead;"
              + " a document with funding lines is of schemaVersion 2 or later");
    }
    JsonNode budget = commitment.get("budget");
    if (budget == null) {
      return commitment;
    }
    ObjectNode upgraded = commitment.objectNode();
    for (Map.Entry<String, JsonNode> field : commitment.properties()) {
      if (!field.getKey().equals("budget")) {
        upgraded.set(field.getKey(), field.getValue());
      } else if (!budget.isNull()) { // null is absent
        upgraded
            .putArray("fundingLines")
            .add(fundingLine(budget, commitment.get("start"), path, what));
      }
    }
    return upgraded;
  }

  private static ObjectNode fundingLine(JsonNode budget, JsonNode start, String path, String what) {
    if (!budget.isObject()) {
      throw error(
          Kind.TYPE_MISMATCH,
          path + ".budget",
          NO_LOCATION,
          what,
          "budget must be an object {\"amount\":…,\"currency\":…,\"source\":…}, found "
              + budget.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    for (String field : (Iterable<String>) budget::fieldNames) {
      if (!BUDGET_FIELDS.contains(field)) {
        throw error(
            Kind.UNKNOWN_FIELD,
            path + ".budget" + name(field),
            NO_LOCATION,
            what,
            "unknown field \""
                + abbreviate(field)
                + "\" in Budget; its fields are "
                + new TreeSet<>(BUDGET_FIELDS)
                + " (unknown fields are rejected: see docs/json-format.md)");
      }
    }
    ObjectNode line = ((ObjectNode) budget).objectNode();
    copy(budget, "source", line, "source");
    Integer year = year(start);
    if (year != null) {
      line.put("fiscalYear", year);
    }
    copy(budget, "amount", line, "allocation");
    copy(budget, "currency", line, "currency");
    return line;
  }

  private static void copy(JsonNode from, String field, ObjectNode to, String as) {
    JsonNode value = from.get(field);
    if (value != null) {
      to.set(as, value);
    }
  }

  /** The year of a version-1 start date, or null if it is not one (the binding reports it). */
  private static Integer year(JsonNode start) {
    if (start == null || !start.isTextual()) {
      return null;
    }
    try {
      return LocalDate.parse(start.textValue()).getYear();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Names the version-1 fields in a path or message about an upgraded commitment: {@code
   * .fundingLines[0].allocation} is the budget's {@code amount}, {@code
   * .fundingLines[0].fiscalYear} the commitment's {@code start}, any other step in the funding line
   * the budget's, and {@code .fundingLines} itself the budget.
   *
   * @param text a JSON path, or a message that contains paths
   * @param commitmentPath the path of the commitment, such as {@code $.data}
   * @return the text with every path into the funding lines replaced by its version-1 path
   */
  static String v1Paths(String text, String commitmentPath) {
    Matcher m =
        Pattern.compile(Pattern.quote(commitmentPath + FUNDING_LINES) + "(?:\\[0])?" + STEPS)
            .matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String rest = m.group(1);
      String v1 =
          switch (rest) {
            case ".allocation" -> commitmentPath + ".budget.amount";
            case ".fiscalYear" -> commitmentPath + ".start";
            default -> commitmentPath + ".budget" + rest;
          };
      m.appendReplacement(out, Matcher.quoteReplacement(v1));
    }
    m.appendTail(out);
    return out.toString();
  }
}
