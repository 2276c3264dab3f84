package io.rakor.persistence.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.google.common.collect.ImmutableSet;
import io.rakor.core.RakorException;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.json.RakorJson;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Versioned;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Set;

/**
 * The export file's lines: writes them, and reads one line into a typed {@link Line}. One instance
 * per file; not thread-safe.
 */
final class ExportFormat {
  static final String FORMAT = "rakor-store-export";
  static final int FORMAT_VERSION = 1;

  private static final Set<String> HEADER_FIELDS =
      ImmutableSet.of("type", "format", "formatVersion", "schemaVersion");
  private static final Set<String> EVENT_FIELDS = ImmutableSet.of("type", "entry");
  private static final Set<String> AGGREGATE_FIELDS =
      ImmutableSet.of("type", "kind", "version", "value");
  private static final Set<String> END_FIELDS =
      ImmutableSet.of("type", "events", "aggregates", "lastHash");

  /**
   * Rakor's mapper, writing one line per object; reading a line's tree keeps every decimal exactly
   * as written (no double, no trailing zeros stripped), so values read from the tree equal the ones
   * written.
   */
  private final ObjectMapper mapper =
      RakorJson.mapper()
          .disable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  /**
   * The JSON schema version of the values of the file being read, from its header: an older one's
   * values are upgraded as they are read ({@link RakorJson#read(String, Class, int)}).
   */
  private int schemaVersion = RakorJson.SCHEMA_VERSION;

  /** A line read. */
  sealed interface Line permits Header, Event, Aggregate, End {}

  /** The first line: the format and the JSON schema version of the values. */
  record Header(int formatVersion, int schemaVersion) implements Line {}

  /** A log entry. */
  record Event(LogEntry entry) implements Line {}

  /** An aggregate at its version. */
  record Aggregate(AggregateKind<?, ?> kind, Versioned<?> aggregate, String idText)
      implements Line {}

  /** The last line: what came before it. */
  record End(long events, long aggregates, String lastHash) implements Line {}

  /** Writes lines to a writer, one JSON object per line. */
  final class LineWriter {
    private final JsonGenerator g;

    LineWriter(Writer out) throws IOException {
      g = mapper.getFactory().createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(new SerializedString("\n"));
    }

    void header() throws IOException {
      g.writeStartObject();
      g.writeStringField("type", "header");
      g.writeStringField("format", FORMAT);
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeNumberField("schemaVersion", RakorJson.SCHEMA_VERSION);
      g.writeEndObject();
    }

    void event(LogEntry entry) throws IOException {
      g.writeStartObject();
      g.writeStringField("type", "event");
      g.writeFieldName("entry");
      mapper.writeValue(g, entry);
      g.writeEndObject();
    }

    void aggregate(AggregateKind<?, ?> kind, Versioned<?> aggregate) throws IOException {
      g.writeStartObject();
      g.writeStringField("type", "aggregate");
      g.writeStringField("kind", kind.name());
      g.writeNumberField("version", aggregate.version());
      g.writeFieldName("value");
      mapper.writeValue(g, aggregate.value());
      g.writeEndObject();
    }

    void flush() throws IOException {
      g.flush();
    }

    void end(TransferSummary summary) throws IOException {
      g.writeStartObject();
      g.writeStringField("type", "end");
      g.writeNumberField("events", summary.events());
      g.writeNumberField("aggregates", summary.aggregates());
      g.writeStringField("lastHash", summary.lastHash());
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    }
  }

  /** Thrown by {@link #parse} with what is wrong with the line; the caller adds where. */
  static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;

    BadLine(String problem, Throwable cause) {
      super(problem, cause, false, false);
    }
  }

  /**
   * Reads one line.
   *
   * @param text the line, without its line break
   * @return what it holds
   * @throws BadLine if it is not a valid line of the format
   */
  Line parse(String text) throws BadLine {
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (IOException | RuntimeException e) {
      throw new BadLine("not a JSON object: " + message(e), e);
    }
    if (node == null || !node.isObject()) {
      throw new BadLine("not a JSON object", null);
    }
    JsonNode type = node.get("type");
    if (type == null || !type.isTextual()) {
      throw new BadLine("no \"type\" of text", null);
    }
    switch (type.textValue()) {
      case "header" -> {
        fields(node, HEADER_FIELDS);
        if (!FORMAT.equals(node.get("format").textValue())) {
          throw new BadLine(
              "not a Rakor store export: its format is " + node.get("format") + ", not " + FORMAT,
              null);
        }
        Header header =
            new Header(
                (int) wholeNumber(node, "formatVersion", 1),
                (int) wholeNumber(node, "schemaVersion", 1));
        // a newer version is refused by the caller, with the header
        schemaVersion = Math.min(header.schemaVersion(), RakorJson.SCHEMA_VERSION);
        return header;
      }
      case "event" -> {
        fields(node, EVENT_FIELDS);
        return new Event(value(node.get("entry"), LogEntry.class, "entry"));
      }
      case "aggregate" -> {
        fields(node, AGGREGATE_FIELDS);
        JsonNode kindName = node.get("kind");
        AggregateKind<?, ?> kind =
            AggregateKind.named(kindName.isTextual() ? kindName.textValue() : "")
                .orElseThrow(
                    () ->
                        new BadLine(
                            "the kind "
                                + kindName
                                + " is none of "
                                + AggregateKind.all().stream().map(AggregateKind::name).toList(),
                            null));
        return aggregate(kind, node);
      }
      case "end" -> {
        fields(node, END_FIELDS);
        JsonNode hash = node.get("lastHash");
        if (!hash.isTextual()) {
          throw new BadLine("\"lastHash\" is not text", null);
        }
        return new End(
            wholeNumber(node, "events", 0), wholeNumber(node, "aggregates", 0), hash.textValue());
      }
      default -> throw new BadLine("unknown line type " + type, null);
    }
  }

  private <T, K> Aggregate aggregate(AggregateKind<T, K> kind, JsonNode node) throws BadLine {
    long version = wholeNumber(node, "version", 1);
    T value = value(node.get("value"), kind.valueType(), "value");
    return new Aggregate(kind, Versioned.of(value, version), kind.idText(kind.idOf(value)));
  }

  private <T> T value(JsonNode node, Class<T> type, String field) throws BadLine {
    try {
      T value =
          schemaVersion < RakorJson.SCHEMA_VERSION
              ? RakorJson.read(node.toString(), type, schemaVersion)
              : mapper.treeToValue(node, type);
      if (value == null) {
        throw new BadLine("\"" + field + "\" is null", null);
      }
      return value;
    } catch (IOException | RuntimeException e) {
      // Read it again the strict, documented way, for an error that names the JSON path.
      try {
        RakorJson.read(node.toString(), type, schemaVersion);
      } catch (RakorException explained) {
        throw new BadLine(
            "\"" + field + "\" is not a valid " + type.getSimpleName() + ": " + message(explained),
            explained);
      }
      throw new BadLine(
          "\"" + field + "\" is not a valid " + type.getSimpleName() + ": " + message(e), e);
    }
  }

  private static void fields(JsonNode node, Set<String> expected) throws BadLine {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!expected.contains(name)) {
        throw new BadLine("unknown field \"" + name + "\" (expected " + expected + ")", null);
      }
    }
    for (String name : expected) {
      if (!node.has(name)) {
        throw new BadLine("no \"" + name + "\" field", null);
      }
    }
  }

  private static long wholeNumber(JsonNode node, String field, long min) throws BadLine {
    JsonNode n = node.get(field);
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < min) {
      throw new BadLine("\"" + field + "\" is not a whole number of at least " + min, null);
    }
    if (field.endsWith("Version") && n.longValue() > Integer.MAX_VALUE) {
      throw new BadLine("\"" + field + "\" is too large", null);
    }
    return n.longValue();
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
