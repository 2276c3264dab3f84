package io.rakor.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import io.rakor.core.json.RakorJsonException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The entry point to Rakor's JSON format: a configured Jackson mapper, plain JSON of any Rakor
 * value, and versioned documents of every Rakor type.
 *
 * <p>A <em>document</em> wraps a value in a versioned envelope that names its type:
 *
 * <pre>{@code
 * {"schemaVersion":1,"type":"commitment","data":{...}}
 * }</pre>
 *
 * <p>Use documents for anything stored or exchanged: {@link #writeDocument(Object)} and {@link
 * #readDocument(String, Class)}, or {@link #writeListDocument(Collection, Class)} and {@link
 * #readListDocument(String, Class)} for a list of values of one type. {@link #write(Object)} and
 * {@link #read(String, Class)} give the plain JSON of one value, without an envelope. The format is
 * described in {@code docs/json-format.md}.
 *
 * <p>Reading is strict: unknown fields, duplicate field names, scalars of the wrong JSON type,
 * trailing content and values that break an invariant of their type are all rejected, as is input
 * beyond the limits below. Every failure to read is a {@link RakorJsonException} that names the
 * JSON path of the problem. Polymorphic default typing is never enabled: the input never chooses a
 * Java class.
 *
 * <p>Methods that take a stream or reader neither close nor buffer beyond what they parse; the
 * caller owns it. This class is thread-safe: every method may be called from any thread.
 *
 * @since 0.1
 */
public final class RakorJson {
  /** The schema version this library writes, and the newest it reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The deepest nesting of arrays and objects read; Rakor's own documents need about 6. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest document read, in bytes or characters (64 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** The longest string value read, in characters (1 million; free texts allow 100,000). */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest field name read, in characters. */
  public static final int MAX_NAME_LENGTH = 256;

  private static final StreamReadConstraints READ_CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .build();

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(READ_CONSTRAINTS)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                  .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                  .build())
          .addModule(new RakorModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(
              LogicalType.Textual,
              text ->
                  text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build();

  private static final ImmutableMap<Class<?>, ObjectReader> READERS =
      DocumentTypes.BY_NAME.values().stream()
          .collect(ImmutableMap.toImmutableMap(c -> c, RakorJson::newReader));

  private static final ImmutableMap<Class<?>, ObjectWriter> WRITERS =
      DocumentTypes.BY_NAME.values().stream()
          .collect(ImmutableMap.toImmutableMap(c -> c, MAPPER::writerFor));

  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private RakorJson() {}

  /**
   * A new mapper configured for Rakor's format, with {@link RakorModule} (and through it the Guava,
   * JDK 8 and java.time modules), the strict reading settings and the hostile-input limits.
   * Changing it does not affect other mappers.
   *
   * @return a configured mapper, never with default typing
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * The hostile-input limits Rakor reads with, to apply to a mapper of your own with {@code
   * mapper.getFactory().setStreamReadConstraints(RakorJson.readConstraints())}.
   *
   * @return the limits: nesting depth, document, string, number and field-name lengths
   */
  public static StreamReadConstraints readConstraints() {
    return READ_CONSTRAINTS;
  }

  /**
   * The stable type name of every Rakor type that can be the data of a document, such as {@code
   * "commitment"} for {@link io.rakor.core.commitments.Commitment}.
   *
   * @return the names and their types, in the order of the format reference
   */
  public static ImmutableBiMap<String, Class<?>> documentTypes() {
    return DocumentTypes.BY_NAME;
  }

  // ---------------------------------------------------------------- plain JSON

  /**
   * Writes a value as plain JSON, without an envelope.
   *
   * @param value the value, usually a Rakor type
   * @return its JSON text
   * @throws RakorJsonException if the value cannot be written
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new RakorJsonException(
          Kind.WRITE,
          "$",
          "Cannot write "
              + value.getClass().getSimpleName()
              + " as JSON: "
              + e.getOriginalMessage(),
          List.of(),
          e);
    }
  }

  /**
   * Reads a value from plain JSON such as {@link #write(Object)} writes.
   *
   * @param json the JSON text
   * @param type the type to read
   * @param <T> the type to read
   * @return the value, never null
   * @throws RakorJsonException if the text is not valid JSON for the type, or breaks a limit or an
   *     invariant
   */
  public static <T> T read(String json, Class<T> type) {
    checkLength(json.length(), type.getSimpleName());
    return readPlain(() -> MAPPER.createParser(json), type);
  }

  /**
   * Reads a value from plain JSON in UTF-8 (or UTF-16/32, detected) bytes.
   *
   * @param json the JSON bytes
   * @param type the type to read
   * @param <T> the type to read
   * @return the value, never null
   * @throws RakorJsonException if the bytes are not valid JSON for the type, or break a limit or an
   *     invariant
   */
  public static <T> T read(byte[] json, Class<T> type) {
    checkLength(json.length, type.getSimpleName());
    return readPlain(() -> MAPPER.createParser(json), type);
  }

  /**
   * Reads a value from plain JSON in a stream of UTF-8 (or UTF-16/32, detected) bytes. The stream
   * is not closed.
   *
   * @param json the JSON stream
   * @param type the type to read
   * @param <T> the type to read
   * @return the value, never null
   * @throws RakorJsonException if the stream fails or is not valid JSON for the type, or breaks a
   *     limit or an invariant
   */
  public static <T> T read(InputStream json, Class<T> type) {
    return readPlain(() -> MAPPER.createParser(json), type);
  }

  /**
   * Reads a value from plain JSON in a character stream. The reader is not closed.
   *
   * @param json the JSON reader
   * @param type the type to read
   * @param <T> the type to read
   * @return the value, never null
   * @throws RakorJsonException if the reader fails or is not valid JSON for the type, or breaks a
   *     limit or an invariant
   */
  public static <T> T read(Reader json, Class<T> type) {
    return readPlain(() -> MAPPER.createParser(json), type);
  }

  // ---------------------------------------------------------------- documents

  /**
   * Writes a value as a versioned document: {@code {"schemaVersion":1,"type":...,"data":...}}.
   *
   * @param value a value of one of the {@linkplain #documentTypes() document types}
   * @return the document's JSON text
   * @throws IllegalArgumentException if the value is not of a document type
   * @throws RakorJsonException if the value cannot be written
   */
  public static String writeDocument(Object value) {
    StringWriter out = new StringWriter();
    writeDocument(value, out);
    return out.toString();
  }

  /**
   * Writes a value as a versioned document in UTF-8 to a stream, which is flushed but not closed.
   *
   * @param value a value of one of the {@linkplain #documentTypes() document types}
   * @param out the stream to write to
   * @throws IllegalArgumentException if the value is not of a document type
   * @throws RakorJsonException if the value cannot be written or the stream fails
   */
  public static void writeDocument(Object value, OutputStream out) {
    Class<?> type = registered(value.getClass());
    writeEnvelope(() -> MAPPER.createGenerator(out, JsonEncoding.UTF8), type, false, value);
  }

  /**
   * Writes a value as a versioned document to a writer, which is flushed but not closed.
   *
   * @param value a value of one of the {@linkplain #documentTypes() document types}
   * @param out the writer to write to
   * @throws IllegalArgumentException if the value is not of a document type
   * @throws RakorJsonException if the value cannot be written or the writer fails
   */
  public static void writeDocument(Object value, Writer out) {
    Class<?> type = registered(value.getClass());
    writeEnvelope(() -> MAPPER.createGenerator(out), type, false, value);
  }

  /**
   * Writes values of one type as a versioned list document: {@code
   * {"schemaVersion":1,"type":"commitment[]","data":[...]}}.
   *
   * @param values the values, in order
   * @param type their document type, such as {@code Commitment.class}
   * @param <T> their type
   * @return the document's JSON text
   * @throws IllegalArgumentException if {@code type} is not a document type
   * @throws RakorJsonException if a value cannot be written
   */
  public static <T> String writeListDocument(Collection<? extends T> values, Class<T> type) {
    StringWriter out = new StringWriter();
    Class<?> registered = registered(type);
    writeEnvelope(() -> MAPPER.createGenerator(out), registered, true, values);
    return out.toString();
  }

  /**
   * Writes values of one type as a versioned list document in UTF-8 to a stream, which is flushed
   * but not closed.
   *
   * @param values the values, in order
   * @param type their document type, such as {@code Commitment.class}
   * @param out the stream to write to
   * @param <T> their type
   * @throws IllegalArgumentException if {@code type} is not a document type
   * @throws RakorJsonException if a value cannot be written or the stream fails
   */
  public static <T> void writeListDocument(
      Collection<? extends T> values, Class<T> type, OutputStream out) {
    Class<?> registered = registered(type);
    writeEnvelope(() -> MAPPER.createGenerator(out, JsonEncoding.UTF8), registered, true, values);
  }

  /**
   * Writes a value as a versioned document in UTF-8 bytes.
   *
   * @param value a value of one of the {@linkplain #documentTypes() document types}
   * @return the document's UTF-8 bytes
   * @throws IllegalArgumentException if the value is not of a document type
   * @throws RakorJsonException if the value cannot be written
   */
  public static byte[] writeDocumentAsBytes(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeDocument(value, out);
    return out.toByteArray();
  }

  /**
   * Reads a versioned document whose data is of the given type.
   *
   * @param json the document's JSON text
   * @param type the expected document type, such as {@code Meeting.class}
   * @param <T> the expected type
   * @return the value, never null
   * @throws IllegalArgumentException if {@code type} is not a document type
   * @throws RakorJsonException if the text is not a valid document of that type: bad JSON, an
   *     envelope with a missing, newer or unknown schemaVersion or another type, data that does not
   *     fit the type or breaks an invariant, or input beyond the limits
   */
  public static <T> T readDocument(String json, Class<T> type) {
    Class<?> registered = registered(type);
    checkLength(json.length(), documentName(registered, false));
    return readEnvelope(() -> MAPPER.createParser(json), type, registered);
  }

  /**
   * Reads a versioned document from UTF-8 (or UTF-16/32, detected) bytes.
   *
   * @param json the document's bytes
   * @param type the expected document type, such as {@code Meeting.class}
   * @param <T> the expected type
   * @return the value, never null
   * @throws IllegalArgumentException if {@code type} is not a document type
   * @throws RakorJsonException as {@link #readDocument(String, Class)} does
   */
  public static <T> T readDocument(byte[] json, Class<T> type) {
    Class<?> registered = registered(type);
    checkLength(json.length, documentName(registered, false));
    return readEnvelope(() -> MAPPER.createParser(json), type, registered);
  }

  /**
   * Reads a versioned document from a stream of UTF-8 (or UTF-16/32, detected) bytes. The stream is
   * not closed.
   *
   * @param json the document's stream
   * @param type the expected document type, such as {@code Meeting.class}
   * @param <T> the expected type
   * @return the value, never null
   * @throws IllegalArgumentException if {@code type} is not a document type
   * @throws RakorJsonException as {@link #readDocument(String, Class)} does, or if the stream fails
   */
  public static <T> T readDocument(InputStream json, Class<T> type) {
    return readEnvelope(() -> MAPPER.createParser(json), type, registered(type));
  }

  /**
   * Reads a versioned document from a character stream. The reader is not closed.
   *
   * @param json the document's reader
   * @param type the expected document type, such as {@code Meeting.class}
   * @param <T> the expected type
   * @return the value, never null
   * @throws IllegalArgumentException if {@code type} is not a document type
   * @throws RakorJsonException as {@link #readDocument(String, Class)} does, or if the reader fails
   */
  public static <T> T readDocument(Reader json, Class<T> type) {
    return readEnvelope(() -> MAPPER.createParser(json), type, registered(type));
  }

  /**
   * Reads a versioned list document whose data is a list of values of the given type.
   *
   * @param json the document's JSON text
   * @param type the element type, such as {@code Commitment.class}
   * @param <T> the element type
   * @return the values in document order, never null
   * @throws IllegalArgumentException if {@code type} is not a document type
   * @throws RakorJsonException as {@link #readDocument(String, Class)} does; the path of a bad
   *     element starts {@code $.data[i]}
   */
  public static <T> ImmutableList<T> readListDocument(String json, Class<T> type) {
    Class<?> registered = registered(type);
    checkLength(json.length(), documentName(registered, true));
    return readListEnvelope(() -> MAPPER.createParser(json), type, registered);
  }

  /**
   * Reads a versioned list document from UTF-8 (or UTF-16/32, detected) bytes.
   *
   * @param json the document's bytes
   * @param type the element type, such as {@code Commitment.class}
   * @param <T> the element type
   * @return the values in document order, never null
   * @throws IllegalArgumentException if {@code type} is not a document type
   * @throws RakorJsonException as {@link #readListDocument(String, Class)} does
   */
  public static <T> ImmutableList<T> readListDocument(byte[] json, Class<T> type) {
    Class<?> registered = registered(type);
    checkLength(json.length, documentName(registered, true));
    return readListEnvelope(() -> MAPPER.createParser(json), type, registered);
  }

  /**
   * Reads a versioned list document from a stream of UTF-8 (or UTF-16/32, detected) bytes. The
   * stream is not closed.
   *
   * @param json the document's stream
   * @param type the element type, such as {@code Commitment.class}
   * @param <T> the element type
   * @return the values in document order, never null
   * @throws IllegalArgumentException if {@code type} is not a document type
   * @throws RakorJsonException as {@link #readListDocument(String, Class)} does, or if the stream
   *     fails
   */
  public static <T> ImmutableList<T> readListDocument(InputStream json, Class<T> type) {
    return readListEnvelope(() -> MAPPER.createParser(json), type, registered(type));
  }

  /**
   * Reads a versioned list document from a character stream. The reader is not closed.
   *
   * @param json the document's reader
   * @param type the element type, such as {@code Commitment.class}
   * @param <T> the element type
   * @return the values in document order, never null
   * @throws IllegalArgumentException if {@code type} is not a document type
   * @throws RakorJsonException as {@link #readListDocument(String, Class)} does, or if the reader
   *     fails
   */
  public static <T> ImmutableList<T> readListDocument(Reader json, Class<T> type) {
    return readListEnvelope(() -> MAPPER.createParser(json), type, registered(type));
  }

  // ---------------------------------------------------------------- internals

  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  @FunctionalInterface
  private interface GeneratorTarget {
    JsonGenerator open() throws IOException;
  }

  @FunctionalInterface
  private interface Body<T> {
    T read(JsonParser p) throws IOException;
  }

  private static ObjectReader newReader(Class<?> type) {
    return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private static Class<?> registered(Class<?> type) {
    return DocumentTypes.registered(type)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    type.getName()
                        + " is not a Rakor document type; the document types are "
                        + DocumentTypes.BY_NAME.values().stream()
                            .map(Class::getSimpleName)
                            .collect(Collectors.joining(", "))));
  }

  private static String documentName(Class<?> registered, boolean list) {
    return DocumentTypes.BY_NAME.inverse().get(registered)
        + (list ? DocumentTypes.LIST_SUFFIX : "");
  }

  private static void checkLength(long length, String what) {
    if (length > MAX_DOCUMENT_LENGTH) {
      throw new RakorJsonException(
          Kind.LIMIT,
          "$",
          "Cannot read "
              + what
              + ": the input is "
              + length
              + " long, over the limit of "
              + MAX_DOCUMENT_LENGTH
              + " bytes or characters",
          List.of(),
          null);
    }
  }

  private static void writeEnvelope(
      GeneratorTarget target, Class<?> type, boolean list, Object data) {
    String name = documentName(type, list);
    try (JsonGenerator g = target.open()) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("type", name);
      g.writeFieldName("data");
      ObjectWriter writer = WRITERS.get(type);
      if (list) {
        g.writeStartArray();
        for (Object value : (Collection<?>) data) {
          writer.writeValue(g, Objects.requireNonNull(value, "list element"));
        }
        g.writeEndArray();
      } else {
        writer.writeValue(g, data);
      }
      g.writeEndObject();
    } catch (JsonProcessingException e) {
      throw new RakorJsonException(
          Kind.WRITE,
          "$",
          "Cannot write a " + name + " document: " + e.getOriginalMessage(),
          List.of(),
          e);
    } catch (IOException e) {
      throw new RakorJsonException(
          Kind.IO, "$", "Cannot write a " + name + " document: " + e.getMessage(), List.of(), e);
    }
  }

  private static <T> T readPlain(ParserSource source, Class<T> type) {
    ObjectReader reader = READERS.get(type);
    ObjectReader r = reader != null ? reader : newReader(type);
    String what = type.getSimpleName();
    return parse(source, what, p -> type.cast(readValue(p, r, "$", what)));
  }

  private static <T> T readEnvelope(ParserSource source, Class<T> type, Class<?> registered) {
    String name = documentName(registered, false);
    String what = "a " + name + " document";
    ObjectReader reader = READERS.get(registered);
    return parse(
        source,
        what,
        p -> type.cast(envelope(p, name, what, data -> readValue(data, reader, "$.data", what))));
  }

  private static <T> ImmutableList<T> readListEnvelope(
      ParserSource source, Class<T> type, Class<?> registered) {
    String name = documentName(registered, true);
    String what = "a " + name + " document";
    ObjectReader reader = READERS.get(registered);
    Object list =
        parse(
            source,
            what,
            p ->
                envelope(
                    p,
                    name,
                    what,
                    data -> {
                      if (data.currentToken() != JsonToken.START_ARRAY) {
                        throw error(
                            Kind.TYPE_MISMATCH,
                            "$.data",
                            data.currentLocation(),
                            what,
                            "data must be an array, found " + describe(data.currentToken()));
                      }
                      ImmutableList.Builder<T> values = ImmutableList.builder();
                      int i = 0;
                      while (data.nextToken() != JsonToken.END_ARRAY) {
                        values.add(type.cast(readValue(data, reader, "$.data[" + i + "]", what)));
                        i++;
                      }
                      return values.build();
                    }));
    @SuppressWarnings("unchecked") // built above as ImmutableList<T>
    ImmutableList<T> values = (ImmutableList<T>) list;
    return values;
  }

  /** Opens a parser, reads with {@code body}, requires the end of input and maps every failure. */
  private static <T> T parse(ParserSource source, String what, Body<T> body) {
    JsonParser p;
    try {
      p = source.open();
    } catch (IOException e) {
      throw new RakorJsonException(
          Kind.IO, "$", "Cannot read " + what + ": " + e.getMessage(), List.of(), e);
    }
    try (p) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (p.nextToken() == null) {
        throw error(Kind.SYNTAX, "$", p.currentLocation(), what, "the input is empty");
      }
      T value = body.read(p);
      JsonToken next = p.nextToken();
      if (next != null) {
        throw error(
            Kind.SYNTAX,
            "$",
            p.currentLocation(),
            what,
            "unexpected " + describe(next) + " after the end of the JSON value");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw translate(e, contextPath(p), what);
    } catch (IOException e) {
      throw new RakorJsonException(
          Kind.IO,
          contextPath(p),
          "Cannot read " + what + " at " + contextPath(p) + ": " + e.getMessage(),
          List.of(),
          e);
    }
  }

  /** Reads the value at the parser's current token with the path prefix of that value. */
  private static Object readValue(JsonParser p, ObjectReader reader, String path, String what)
      throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      throw error(
          Kind.TYPE_MISMATCH, path, p.currentLocation(), what, "the value must not be null");
    }
    try {
      return reader.readValue(p);
    } catch (JsonMappingException e) {
      throw translate(e, path + references(e), what);
    }
  }

  @FunctionalInterface
  private interface DataBody {
    Object read(JsonParser p) throws IOException;
  }

  /**
   * Reads the envelope at the parser's current START_OBJECT, with the data read by {@code data}.
   */
  private static Object envelope(JsonParser p, String expectedName, String what, DataBody data)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw error(
          Kind.ENVELOPE,
          "$",
          p.currentLocation(),
          what,
          "a document must be a JSON object {\"schemaVersion\":"
              + SCHEMA_VERSION
              + ",\"type\":...,\"data\":...}, found "
              + describe(p.currentToken()));
    }
    boolean hasVersion = false;
    String typeName = null;
    boolean hasData = false;
    Object value = null;
    TokenBuffer early = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken token = p.nextToken();
      switch (field) {
        case "schemaVersion" -> {
          checkVersion(p, token, what);
          hasVersion = true;
        }
        case "type" -> typeName = checkType(p, token, expectedName, what);
        case "data" -> {
          hasData = true;
          if (hasVersion && typeName != null) {
            value = data.read(p);
          } else {
            early = new TokenBuffer(p);
            early.copyCurrentStructure(p);
          }
        }
        default ->
            throw error(
                Kind.ENVELOPE,
                "$" + name(field),
                p.currentLocation(),
                what,
                "unknown envelope field \""
                    + abbreviate(field)
                    + "\"; a document has exactly schemaVersion, type and data");
      }
    }
    String missing =
        !hasVersion ? "schemaVersion" : typeName == null ? "type" : !hasData ? "data" : null;
    if (missing != null) {
      throw error(
          Kind.ENVELOPE,
          "$." + missing,
          p.currentLocation(),
          what,
          "the document has no " + missing + "; a document has schemaVersion, type and data");
    }
    if (early != null) {
      try (JsonParser buffered = early.asParserOnFirstToken()) {
        value = data.read(buffered);
      }
    }
    return value;
  }

  private static void checkVersion(JsonParser p, JsonToken token, String what) throws IOException {
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw error(
          Kind.ENVELOPE,
          "$.schemaVersion",
          p.currentLocation(),
          what,
          "schemaVersion must be a whole number, found " + describe(token));
    }
    boolean huge = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
    long version = huge ? Long.MAX_VALUE : p.getLongValue();
    if (version > SCHEMA_VERSION) {
      throw error(
          Kind.ENVELOPE,
          "$.schemaVersion",
          p.currentLocation(),
          what,
          "schemaVersion "
              + p.getText()
              + " is newer than this version of Rakor reads (up to "
              + SCHEMA_VERSION
              + "); upgrade Rakor to read it");
    }
    if (version < 1) {
      throw error(
          Kind.ENVELOPE,
          "$.schemaVersion",
          p.currentLocation(),
          what,
          "schemaVersion " + version + " does not exist; versions start at 1");
    }
  }

  private static String checkType(JsonParser p, JsonToken token, String expected, String what)
      throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw error(
          Kind.ENVELOPE,
          "$.type",
          p.currentLocation(),
          what,
          "type must be a string such as \"" + expected + "\", found " + describe(token));
    }
    String name = p.getText();
    if (!name.equals(expected)) {
      String base =
          name.endsWith(DocumentTypes.LIST_SUFFIX)
              ? name.substring(0, name.length() - DocumentTypes.LIST_SUFFIX.length())
              : name;
      throw error(
          Kind.ENVELOPE,
          "$.type",
          p.currentLocation(),
          what,
          DocumentTypes.BY_NAME.containsKey(base)
              ? "the document holds a \"" + name + "\", not the expected \"" + expected + "\""
              : "unknown type \""
                  + abbreviate(name)
                  + "\"; expected \""
                  + expected
                  + "\" (the types are "
                  + String.join(", ", DocumentTypes.BY_NAME.keySet())
                  + ")");
    }
    return name;
  }

  private static RakorJsonException error(
      Kind kind, String path, JsonLocation location, String what, String detail) {
    return new RakorJsonException(
        kind,
        path,
        "Cannot read " + what + " at " + path + where(location) + ": " + detail,
        List.of(),
        null);
  }

  /** Maps a Jackson failure found at {@code at} to a RakorJsonException. */
  private static RakorJsonException translate(JsonProcessingException e, String at, String what) {
    String location = where(e.getLocation());
    RakorValidationException invalid = cause(e, RakorValidationException.class);
    if (invalid != null) {
      boolean scalar =
          e instanceof ValueInstantiationException v
              && v.getType() != null
              && v.getType().getRawClass().isRecord();
      List<Violation> violations = invalid.violations();
      String first = fieldPath(at, violations.get(0), scalar);
      String detail =
          violations.size() == 1
              ? "Invalid " + violations.get(0)
              : violations.size()
                  + " rules broken: "
                  + violations.stream()
                      .map(v -> v + " [at " + fieldPath(at, v, scalar) + "]")
                      .collect(Collectors.joining("; "));
      return new RakorJsonException(
          Kind.INVARIANT,
          first,
          "Cannot read " + what + " at " + first + location + ": " + detail,
          violations,
          invalid);
    }
    Kind kind;
    String detail;
    if (e instanceof UnrecognizedPropertyException u) {
      kind = Kind.UNKNOWN_FIELD;
      detail =
          "unknown field \""
              + abbreviate(u.getPropertyName())
              + "\" in "
              + domainName(u.getReferringClass())
              + "; its fields are "
              + u.getKnownPropertyIds()
              + " (unknown fields are rejected: see docs/json-format.md)";
    } else {
      if (cause(e, StreamConstraintsException.class) != null) {
        kind = Kind.LIMIT;
      } else if (cause(e, InputCoercionException.class) != null) {
        kind = Kind.TYPE_MISMATCH;
      } else if (cause(e, JsonParseException.class) != null) {
        kind = Kind.SYNTAX;
      } else {
        kind = Kind.TYPE_MISMATCH;
      }
      detail = innermost(e).getOriginalMessage();
    }
    return new RakorJsonException(
        kind, at, "Cannot read " + what + " at " + at + location + ": " + detail, List.of(), e);
  }

  private static String fieldPath(String at, Violation v, boolean scalar) {
    return scalar || v.type().equals("?") ? at : at + "." + v.field();
  }

  private static <X extends Throwable> X cause(Throwable t, Class<X> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  private static JsonProcessingException innermost(JsonProcessingException e) {
    JsonProcessingException inner = e;
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c instanceof JsonProcessingException j) {
        inner = j;
      }
    }
    return inner;
  }

  private static String references(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(name(ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String contextPath(JsonParser p) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.push(name(c.getCurrentName()));
      }
    }
    return "$" + String.join("", parts);
  }

  private static String name(String field) {
    return SIMPLE_NAME.matcher(field).matches()
        ? "." + field
        : "['" + abbreviate(field).replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  private static String abbreviate(String text) {
    return text.length() <= 100 ? text : text.substring(0, 100) + "…";
  }

  private static String where(JsonLocation location) {
    return location == null || location.getLineNr() <= 0
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }

  private static String domainName(Class<?> c) {
    if (c == null) {
      return "the value";
    }
    Class<?> outer = c.getEnclosingClass();
    String name =
        outer != null && c.getSimpleName().equals("Json")
            ? outer.getSimpleName()
            : c.getSimpleName();
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
  }
}
