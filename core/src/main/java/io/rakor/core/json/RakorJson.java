package io.rakor.core.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableList;
import io.rakor.core.json.DocumentCodec.Input;
import io.rakor.core.values.Limits;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Collection;

/**
 * The entry point to Rakor's JSON format: a configured Jackson mapper, plain JSON of any Rakor
 * value, and versioned documents of every Rakor type.
 *
 * <p>A <em>document</em> wraps a value in a versioned envelope that names its type:
 *
 * <pre>{@code
 * {"schemaVersion":2,"type":"commitment","data":{...}}
 * }</pre>
 *
 * <p>Documents of every schema version from 1 to {@link #SCHEMA_VERSION} are read; older data is
 * upgraded to the current model before it is bound, and an error in it names its path in the
 * version it was written in. Documents are always written in the current version.
 *
 * <p>Use documents for anything stored or exchanged: {@link #writeDocument(Object)} and {@link
 * #readDocument(String, Class)}, or {@link #writeListDocument(Collection, Class)} and {@link
 * #readListDocument(String, Class)} for a list of values of one type. {@link #write(Object)} and
 * {@link #read(String, Class)} give the plain JSON of one value, without an envelope. The format is
 * described in {@code docs/json-format.md}.
 *
 * <p>Reading is strict: unknown fields, duplicate field names, scalars of the wrong JSON type,
 * dates in any but their one ISO-8601 form, {@code null} list elements, trailing content and values
 * that break an invariant of their type are all rejected, as is input beyond the limits below or an
 * array longer than {@link Limits#LIST_SIZE}. A {@code null} field is read as absent. Every failure
 * to read is a {@link RakorJsonException} that names the JSON path of the problem; a {@link Error}
 * such as {@link OutOfMemoryError} is never one, and propagates. The limits bound the memory one
 * document can take while it is read (about 90 MB at most; see {@code docs/json-format.md}).
 * Polymorphic default typing is never enabled: the input never chooses a Java class.
 *
 * <p>Methods that take a stream or reader neither close nor buffer beyond what they parse; the
 * caller owns it. This class is thread-safe: every method may be called from any thread.
 *
 * @since 0.1
 */
public final class RakorJson {
  /**
   * The schema version this library writes, and the newest it reads. It reads every version from 1
   * on: a version-1 commitment's {@code budget} is read as its one funding line (see {@code
   * docs/json-format.md}, Versioning).
   */
  public static final int SCHEMA_VERSION = 2;

  /** The deepest nesting of arrays and objects read; Rakor's own documents need about 6. */
  public static final int MAX_NESTING_DEPTH = 64;

  /**
   * The longest document read, in bytes or characters (16 MiB). With {@link #MAX_TOKEN_COUNT} it
   * bounds the memory one document can take while it is read (see {@code docs/json-format.md}).
   */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** The longest string value read, in characters (1 million; free texts allow 100,000). */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest field name read, in characters. */
  public static final int MAX_NAME_LENGTH = 256;

  /**
   * The most tokens a document may have: every value, field name, and start and end of an array or
   * object counts one. With {@link #MAX_DOCUMENT_LENGTH} it bounds the memory one document can take
   * while it is read (see {@code docs/json-format.md}); a 1,000-commitment list document has about
   * 71,000.
   */
  public static final long MAX_TOKEN_COUNT = 1_000_000;

  private static final StreamReadConstraints READ_CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .maxTokenCount(MAX_TOKEN_COUNT)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .build();

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              new BoundedJsonFactory(
                  (JsonFactoryBuilder)
                      JsonFactory.builder()
                          .streamReadConstraints(READ_CONSTRAINTS)
                          // canonicalized names are enough; interning hostile names fills
                          // the JVM's string table
                          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN),
                  Limits.LIST_SIZE))
          .addModule(new RakorModule())
          // null is read as absent everywhere (a required field is then missing, a default
          // applies, an optional is empty, a list is []); a null element of a list is an error
          .defaultSetterInfo(JsonSetter.Value.construct(Nulls.SKIP, Nulls.FAIL))
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

  /** Reads and writes plain values and documents; the error translation is in JsonErrors. */
  private static final DocumentCodec CODEC = new DocumentCodec(MAPPER, MAX_DOCUMENT_LENGTH);

  private RakorJson() {}

  /**
   * A new mapper configured for Rakor's format, with {@link RakorModule} (and through it the Guava,
   * JDK 8 and java.time modules), the strict reading settings and the hostile-input limits,
   * including the array length limit that {@link #readConstraints()} cannot express. Changing it
   * does not affect other mappers.
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
   * <p>They do not include the array length limit ({@link Limits#LIST_SIZE} elements), which is not
   * a Jackson constraint: {@link #mapper()} has it.
   *
   * @return the limits: nesting depth, document length, token count, string, number and field-name
   *     lengths
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
    return read(json, type, SCHEMA_VERSION);
  }

  /**
   * Reads a value from plain JSON written under an older (or the current) schema version, such as a
   * body stored without an envelope by an earlier version of Rakor: the JSON is upgraded to the
   * current model before it is bound, as {@link #readDocument(String, Class)} does for a document
   * of that version. A failure names its path in that version's JSON (for a version-1 commitment,
   * {@code $.budget.amount} rather than the funding line's allocation).
   *
   * @param json the JSON text
   * @param type the type to read
   * @param schemaVersion the schema version the JSON was written under, from 1 to {@link
   *     #SCHEMA_VERSION}
   * @param <T> the type to read
   * @return the value, never null
   * @throws IllegalArgumentException if {@code schemaVersion} is below 1 or newer than {@link
   *     #SCHEMA_VERSION}
   * @throws RakorJsonException if the text is not valid JSON for the type in that version, or
   *     breaks a limit or an invariant
   */
  public static <T> T read(String json, Class<T> type, int schemaVersion) {
    return CODEC.read(new Input(json.length(), m -> m.createParser(json)), type, schemaVersion);
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
    return CODEC.read(new Input(json.length, m -> m.createParser(json)), type, SCHEMA_VERSION);
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
    return CODEC.read(Input.streaming(m -> m.createParser(json)), type, SCHEMA_VERSION);
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
    return CODEC.read(Input.streaming(m -> m.createParser(json)), type, SCHEMA_VERSION);
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
    CODEC.writeDocument(value, m -> m.createGenerator(out, JsonEncoding.UTF8));
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
    CODEC.writeDocument(value, m -> m.createGenerator(out));
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
    CODEC.writeListDocument(values, type, m -> m.createGenerator(out));
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
    CODEC.writeListDocument(values, type, m -> m.createGenerator(out, JsonEncoding.UTF8));
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
    return CODEC.readDocument(new Input(json.length(), m -> m.createParser(json)), type);
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
    return CODEC.readDocument(new Input(json.length, m -> m.createParser(json)), type);
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
    return CODEC.readDocument(Input.streaming(m -> m.createParser(json)), type);
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
    return CODEC.readDocument(Input.streaming(m -> m.createParser(json)), type);
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
    return CODEC.readListDocument(new Input(json.length(), m -> m.createParser(json)), type);
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
    return CODEC.readListDocument(new Input(json.length, m -> m.createParser(json)), type);
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
    return CODEC.readListDocument(Input.streaming(m -> m.createParser(json)), type);
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
    return CODEC.readListDocument(Input.streaming(m -> m.createParser(json)), type);
  }
}
