package io.rakor.json.jackson3;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableList;
import io.rakor.core.audit.HashChain;
import io.rakor.core.json.RakorJson;
import io.rakor.core.json.RakorJsonException;
import io.rakor.core.values.Limits;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.json.jackson3.internal.BoundedJsonFactory;
import io.rakor.json.jackson3.internal.DocumentCodec;
import io.rakor.json.jackson3.internal.DocumentCodec.Input;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The entry point to Rakor's JSON format on Jackson 3: the same methods as rakor-core's {@link
 * RakorJson}, reading and writing the same documents, with the same limits and the same errors.
 *
 * <p>What one binding writes, the other reads to an equal value, and both write an equal value to
 * the same bytes. Every failure to read is the same {@link RakorJsonException}, of the same {@link
 * RakorJsonException#kind() kind} at the same {@link RakorJsonException#path() path}; the limits
 * are {@link RakorJson}'s constants ({@link RakorJson#MAX_DOCUMENT_LENGTH}, {@link
 * RakorJson#MAX_TOKEN_COUNT}, ...) and arrays hold at most {@link Limits#LIST_SIZE} elements. The
 * format is described in {@code docs/json-format.md}.
 *
 * <p>Methods that take a stream or reader neither close nor buffer beyond what they parse; the
 * caller owns it. This class is thread-safe: every method may be called from any thread.
 *
 * @since 0.1
 */
public final class RakorJson3 {
  private static final StreamReadConstraints READ_CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(RakorJson.MAX_NESTING_DEPTH)
          .maxDocumentLength(RakorJson.MAX_DOCUMENT_LENGTH)
          .maxTokenCount(RakorJson.MAX_TOKEN_COUNT)
          .maxStringLength(RakorJson.MAX_STRING_LENGTH)
          .maxNumberLength(RakorJson.MAX_NUMBER_LENGTH)
          .maxNameLength(RakorJson.MAX_NAME_LENGTH)
          .build();

  /**
   * The mapper: every setting is the Jackson 2 binding's, stated explicitly where Jackson 3's
   * default differs (enums by name not {@code toString()}, properties in declaration order, unknown
   * fields rejected, {@code /} not escaped, a character outside the BMP written as Jackson 2 writes
   * it, ...).
   */
  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              new BoundedJsonFactory(
                  JsonFactory.builder()
                      .streamReadConstraints(READ_CONSTRAINTS)
                      // canonicalized names are enough; interning hostile names fills the JVM's
                      // string table
                      .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                      .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8),
                  Limits.LIST_SIZE))
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .disable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .addModule(new RakorModule3())
          // null is read as absent everywhere (a required field is then missing, a default
          // applies, an optional is empty, a list is []); a null element of a list is an error
          .changeDefaultNullHandling(n -> JsonSetter.Value.construct(Nulls.SKIP, Nulls.FAIL))
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DateTimeFeature.WRITE_DATES_WITH_ZONE_ID)
          .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
          .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
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

  /** The canonical form of the hash chain: properties and map entries sorted, no whitespace. */
  private static final JsonMapper CANONICAL =
      MAPPER
          .rebuild()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private static final DocumentCodec CODEC =
      new DocumentCodec(MAPPER, RakorJson.MAX_DOCUMENT_LENGTH);

  private RakorJson3() {}

  /**
   * The mapper configured for Rakor's format, with {@link RakorModule3}, the strict reading
   * settings and the hostile-input limits, including the array length limit that {@link
   * #readConstraints()} cannot express. Jackson 3 mappers are immutable: derive another with {@code
   * mapper().rebuild()}, which keeps the limits.
   *
   * @return the configured mapper, never with default typing
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * The hostile-input limits Rakor reads with, {@link RakorJson}'s constants, to apply to a mapper
   * of your own. They do not include the array length limit ({@link Limits#LIST_SIZE} elements),
   * which is not a Jackson constraint: {@link #mapper()} has it.
   *
   * @return the limits: nesting depth, document length, token count, string, number and field-name
   *     lengths
   */
  public static StreamReadConstraints readConstraints() {
    return READ_CONSTRAINTS;
  }

  /**
   * The stable type name of every Rakor type that can be the data of a document: {@link
   * RakorJson#documentTypes()}.
   *
   * @return the names and their types, in the order of the format reference
   */
  public static ImmutableBiMap<String, Class<?>> documentTypes() {
    return RakorJson.documentTypes();
  }

  /**
   * The canonical bytes of an event, which the hash chain hashes: exactly {@link
   * HashChain#canonicalBytes(DomainEvent)}, written by Jackson 3.
   *
   * @param event the event
   * @return sorted-key, whitespace-free JSON in UTF-8
   * @throws RakorJsonException if the event cannot be written
   */
  public static byte[] canonicalBytes(DomainEvent event) {
    try {
      return CANONICAL.writeValueAsBytes(event);
    } catch (JacksonException e) {
      throw new RakorJsonException(
          RakorJsonException.Kind.WRITE,
          "$",
          "Cannot write the canonical form of " + event + ": " + e.getOriginalMessage(),
          List.of(),
          e);
    }
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
    return CODEC.write(value);
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
    return CODEC.read(new Input(json.length(), r -> r.createParser(json)), type);
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
    return CODEC.read(new Input(json.length, r -> r.createParser(json)), type);
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
    return CODEC.read(Input.streaming(r -> r.createParser(json)), type);
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
    return CODEC.read(Input.streaming(r -> r.createParser(json)), type);
  }

  // ---------------------------------------------------------------- documents

  /**
   * Writes a value as a versioned document: {@code {"schemaVersion":2,"type":...,"data":...}}.
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
    CODEC.writeDocument(value, w -> w.createGenerator(out, JsonEncoding.UTF8));
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
    CODEC.writeDocument(value, w -> w.createGenerator(out));
  }

  /**
   * Writes values of one type as a versioned list document: {@code
   * {"schemaVersion":2,"type":"commitment[]","data":[...]}}.
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
    CODEC.writeListDocument(values, type, w -> w.createGenerator(out));
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
    CODEC.writeListDocument(values, type, w -> w.createGenerator(out, JsonEncoding.UTF8));
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
    return CODEC.readDocument(new Input(json.length(), r -> r.createParser(json)), type);
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
    return CODEC.readDocument(new Input(json.length, r -> r.createParser(json)), type);
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
    return CODEC.readDocument(Input.streaming(r -> r.createParser(json)), type);
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
    return CODEC.readDocument(Input.streaming(r -> r.createParser(json)), type);
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
    return CODEC.readListDocument(new Input(json.length(), r -> r.createParser(json)), type);
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
    return CODEC.readListDocument(new Input(json.length, r -> r.createParser(json)), type);
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
    return CODEC.readListDocument(Input.streaming(r -> r.createParser(json)), type);
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
    return CODEC.readListDocument(Input.streaming(r -> r.createParser(json)), type);
  }
}
