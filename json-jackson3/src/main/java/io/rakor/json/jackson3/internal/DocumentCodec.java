package io.rakor.json.jackson3.internal;

import static io.rakor.json.jackson3.internal.JsonErrors.abbreviate;
import static io.rakor.json.jackson3.internal.JsonErrors.contextPath;
import static io.rakor.json.jackson3.internal.JsonErrors.describe;
import static io.rakor.json.jackson3.internal.JsonErrors.error;
import static io.rakor.json.jackson3.internal.JsonErrors.failure;
import static io.rakor.json.jackson3.internal.JsonErrors.isLimit;
import static io.rakor.json.jackson3.internal.JsonErrors.name;
import static io.rakor.json.jackson3.internal.JsonErrors.references;
import static io.rakor.json.jackson3.internal.JsonErrors.translate;

import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import io.rakor.core.json.RakorJsonException;
import io.rakor.core.json.RakorJsonException.Kind;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The codec of Rakor's JSON on Jackson 3: plain values and versioned documents ({@code
 * {"schemaVersion":2,"type":...,"data":...}}), read strictly from a parser and written to a
 * generator of one configured mapper, as rakor-core's Jackson 2 codec does. Every failure is a
 * {@link RakorJsonException}, made by {@link JsonErrors}. Immutable and thread-safe.
 */
public final class DocumentCodec {
  /** The suffix of the type name of a document whose data is a list. */
  private static final String LIST_SUFFIX = "[]";

  private static final ImmutableBiMap<String, Class<?>> TYPES = RakorJson.documentTypes();

  /**
   * Where JSON is read from: a parser of the mapper, and the input's length if known.
   *
   * @param length the input's length in bytes or characters, or {@link #UNKNOWN_LENGTH}
   * @param source opens a parser on the input
   */
  public record Input(long length, Source source) {
    /** The length of a stream or reader, which is not known before it is read. */
    public static final long UNKNOWN_LENGTH = -1;

    /** Opens a parser on the input, from a reader of the mapper that leaves the input open. */
    @FunctionalInterface
    public interface Source {
      /**
       * Opens the parser.
       *
       * @param reader the reader to create it with
       * @return the parser
       */
      JsonParser open(ObjectReader reader);
    }

    /**
     * An input whose length is not known before it is read.
     *
     * @param source opens a parser on the input
     * @return the input
     */
    public static Input streaming(Source source) {
      return new Input(UNKNOWN_LENGTH, source);
    }
  }

  /** Where JSON is written to: a generator from a writer of the mapper that leaves it open. */
  @FunctionalInterface
  public interface Output {
    /**
     * Opens the generator.
     *
     * @param writer the writer to create it with
     * @return the generator
     */
    JsonGenerator open(ObjectWriter writer);
  }

  @FunctionalInterface
  private interface Body<T> {
    T read(JsonParser p);
  }

  @FunctionalInterface
  private interface DataBody {
    Object read(JsonParser p, long version);
  }

  private final ObjectMapper mapper;
  private final ObjectReader trees;
  private final ObjectReader openReader;
  private final ObjectWriter openWriter;
  private final long maxLength;
  private final ImmutableMap<Class<?>, ObjectReader> readers;
  private final ImmutableMap<Class<?>, ObjectWriter> writers;

  /**
   * A codec on a configured mapper.
   *
   * @param mapper the mapper, with Rakor's module and strict settings; not changed afterwards
   * @param maxLength the longest input read, in bytes or characters, where its length is known
   */
  public DocumentCodec(ObjectMapper mapper, long maxLength) {
    this.mapper = mapper;
    // the tree of a version-1 commitment keeps every number exactly as written
    this.trees =
        mapper
            .reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.openReader = mapper.reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE);
    this.openWriter = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    this.maxLength = maxLength;
    this.readers =
        TYPES.values().stream().collect(ImmutableMap.toImmutableMap(c -> c, this::newReader));
    this.writers =
        TYPES.values().stream().collect(ImmutableMap.toImmutableMap(c -> c, mapper::writerFor));
  }

  // ---------------------------------------------------------------- plain JSON

  /**
   * Writes a value as plain JSON.
   *
   * @param value the value
   * @return its JSON text
   */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JacksonException e) {
      throw failure(
          Kind.WRITE,
          "$",
          "Cannot write "
              + value.getClass().getSimpleName()
              + " as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }

  /**
   * Reads a value from plain JSON.
   *
   * @param input the JSON
   * @param type the type to read
   * @param <T> the type to read
   * @return the value
   */
  public <T> T read(Input input, Class<T> type) {
    checkLength(input, type.getSimpleName());
    ObjectReader reader = readers.get(type);
    ObjectReader r = reader != null ? reader : newReader(type);
    String what = type.getSimpleName();
    return parse(input, what, p -> type.cast(readValue(p, r, "$", what)));
  }

  // ---------------------------------------------------------------- documents

  /**
   * Writes a value as a versioned document.
   *
   * @param value a value of a document type
   * @param out where to write it
   */
  public void writeDocument(Object value, Output out) {
    writeEnvelope(out, registered(value.getClass()), false, value);
  }

  /**
   * Writes values of one type as a versioned list document.
   *
   * @param values the values, in order
   * @param type their document type
   * @param out where to write it
   * @param <T> their type
   */
  public <T> void writeListDocument(Collection<? extends T> values, Class<T> type, Output out) {
    writeEnvelope(out, registered(type), true, values);
  }

  /**
   * Reads a versioned document whose data is of the given type.
   *
   * @param input the document
   * @param type the expected document type
   * @param <T> the expected type
   * @return the value
   */
  public <T> T readDocument(Input input, Class<T> type) {
    Class<?> registered = registered(type);
    String name = documentName(registered, false);
    checkLength(input, name);
    String what = "a " + name + " document";
    ObjectReader reader = readers.get(registered);
    return parse(
        input,
        what,
        p ->
            type.cast(
                envelope(
                    p,
                    name,
                    what,
                    (data, version) ->
                        readData(data, reader, registered, version, "$.data", what))));
  }

  /**
   * Reads a versioned list document whose data is a list of values of the given type.
   *
   * @param input the document
   * @param type the element type
   * @param <T> the element type
   * @return the values in document order
   */
  public <T> ImmutableList<T> readListDocument(Input input, Class<T> type) {
    Class<?> registered = registered(type);
    String name = documentName(registered, true);
    checkLength(input, name);
    String what = "a " + name + " document";
    ObjectReader reader = readers.get(registered);
    Object list =
        parse(
            input,
            what,
            p ->
                envelope(
                    p,
                    name,
                    what,
                    (data, version) -> {
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
                        values.add(
                            type.cast(
                                readData(
                                    data, reader, registered, version, "$.data[" + i + "]", what)));
                        i++;
                      }
                      return values.build();
                    }));
    @SuppressWarnings("unchecked") // built above as ImmutableList<T>
    ImmutableList<T> values = (ImmutableList<T>) list;
    return values;
  }

  // ---------------------------------------------------------------- internals

  private ObjectReader newReader(Class<?> type) {
    return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private static Class<?> registered(Class<?> type) {
    return registeredType(type)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    type.getName()
                        + " is not a Rakor document type; the document types are "
                        + TYPES.values().stream()
                            .map(Class::getSimpleName)
                            .collect(Collectors.joining(", "))));
  }

  private static String documentName(Class<?> registered, boolean list) {
    return TYPES.inverse().get(registered) + (list ? LIST_SUFFIX : "");
  }

  /** The registered type that {@code type} is or extends, if any. */
  private static Optional<Class<?>> registeredType(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (TYPES.containsValue(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private void checkLength(Input input, String what) {
    long length = input.length();
    if (length > maxLength) {
      throw failure(
          Kind.LIMIT,
          "$",
          "Cannot read "
              + what
              + ": the input is "
              + length
              + " long, over the limit of "
              + maxLength
              + " bytes or characters",
          null);
    }
  }

  private void writeEnvelope(Output target, Class<?> type, boolean list, Object data) {
    String name = documentName(type, list);
    try (JsonGenerator g = target.open(openWriter)) {
      g.writeStartObject();
      g.writeNumberProperty("schemaVersion", RakorJson.SCHEMA_VERSION);
      g.writeStringProperty("type", name);
      g.writeName("data");
      ObjectWriter writer = writers.get(type);
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
    } catch (JacksonIOException e) {
      throw failure(
          Kind.IO, "$", "Cannot write a " + name + " document: " + e.getCause().getMessage(), e);
    } catch (JacksonException e) {
      throw failure(
          Kind.WRITE, "$", "Cannot write a " + name + " document: " + e.getOriginalMessage(), e);
    }
  }

  /** Opens a parser, reads with {@code body}, requires the end of input and maps every failure. */
  private <T> T parse(Input input, String what, Body<T> body) {
    JsonParser p;
    try {
      p = input.source().open(openReader);
    } catch (JacksonIOException e) {
      throw failure(Kind.IO, "$", "Cannot read " + what + ": " + e.getCause().getMessage(), e);
    }
    try (p) {
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
    } catch (JacksonIOException e) {
      throw failure(
          Kind.IO,
          contextPath(p),
          "Cannot read " + what + " at " + contextPath(p) + ": " + e.getCause().getMessage(),
          e);
    } catch (JacksonException e) {
      throw translate(e, contextPath(p), what);
    }
  }

  /**
   * Reads the value of a type written under a schema version at the parser's current token. A
   * version-1 commitment is read as a tree and handed, as text, to rakor-core's reader of that
   * version ({@link RakorJson#read(String, Class, int)}), which upgrades it exactly as Jackson 2
   * documents are: the same value, and a failure of the same kind at the same version-1 path with
   * the same message.
   */
  private Object readData(
      JsonParser p, ObjectReader reader, Class<?> type, long version, String path, String what) {
    if (version >= 2
        || !Commitment.class.isAssignableFrom(type)
        || p.currentToken() == JsonToken.VALUE_NULL) {
      return readValue(p, reader, path, what);
    }
    String data = trees.readTree(p).toString();
    try {
      return RakorJson.read(data, type, (int) version);
    } catch (RakorJsonException e) {
      String plain = "Cannot read " + type.getSimpleName() + " at $";
      String message =
          e.getMessage().startsWith(plain)
              ? "Cannot read " + what + " at " + path + e.getMessage().substring(plain.length())
              : e.getMessage();
      throw new RakorJsonException(
          e.kind(),
          path + e.path().substring(1),
          message.replace("[at $", "[at " + path),
          e.violations(),
          e.getCause());
    }
  }

  /** Reads the value at the parser's current token with the path prefix of that value. */
  private static Object readValue(JsonParser p, ObjectReader reader, String path, String what) {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      throw error(
          Kind.TYPE_MISMATCH, path, p.currentLocation(), what, "the value must not be null");
    }
    try {
      return reader.readValue(p);
    } catch (DatabindException e) {
      // a limit is found by the parser, whose position is more precise than the mapping's path
      throw translate(e, isLimit(e) ? contextPath(p) : path + references(e), what);
    }
  }

  /**
   * Reads the envelope at the parser's current START_OBJECT, with the data read by {@code data}.
   */
  private static Object envelope(JsonParser p, String expectedName, String what, DataBody data) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw error(
          Kind.ENVELOPE,
          "$",
          p.currentLocation(),
          what,
          "a document must be a JSON object {\"schemaVersion\":"
              + RakorJson.SCHEMA_VERSION
              + ",\"type\":...,\"data\":...}, found "
              + describe(p.currentToken()));
    }
    boolean hasVersion = false;
    long version = 0;
    String typeName = null;
    boolean hasData = false;
    Object value = null;
    TokenBuffer early = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      JsonToken token = p.nextToken();
      switch (field) {
        case "schemaVersion" -> {
          version = checkVersion(p, token, what);
          hasVersion = true;
        }
        case "type" -> typeName = checkType(p, token, expectedName, what);
        case "data" -> {
          hasData = true;
          if (hasVersion && typeName != null) {
            value = data.read(p, version);
          } else {
            early = TokenBuffer.forBuffering(p, p.objectReadContext());
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
      JsonParser buffered = early.asParserOnFirstToken(p.objectReadContext());
      early = null; // the parser alone holds the tokens left to read: those read can be collected
      try (buffered) {
        value = data.read(buffered, version);
      }
    }
    return value;
  }

  /** The schema version of the document, from 1 to the current one, or an error. */
  private static long checkVersion(JsonParser p, JsonToken token, String what) {
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
    if (version > RakorJson.SCHEMA_VERSION) {
      throw error(
          Kind.ENVELOPE,
          "$.schemaVersion",
          p.currentLocation(),
          what,
          "schemaVersion "
              + p.getString()
              + " is newer than this version of Rakor reads (up to "
              + RakorJson.SCHEMA_VERSION
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
    return version;
  }

  private static String checkType(JsonParser p, JsonToken token, String expected, String what) {
    if (token != JsonToken.VALUE_STRING) {
      throw error(
          Kind.ENVELOPE,
          "$.type",
          p.currentLocation(),
          what,
          "type must be a string such as \"" + expected + "\", found " + describe(token));
    }
    String name = p.getString();
    if (!name.equals(expected)) {
      String base =
          name.endsWith(LIST_SUFFIX)
              ? name.substring(0, name.length() - LIST_SUFFIX.length())
              : name;
      throw error(
          Kind.ENVELOPE,
          "$.type",
          p.currentLocation(),
          what,
          TYPES.containsKey(base)
              ? "the document holds a \"" + name + "\", not the expected \"" + expected + "\""
              : "unknown type \""
                  + abbreviate(name)
                  + "\"; expected \""
                  + expected
                  + "\" (the types are "
                  + String.join(", ", TYPES.keySet())
                  + ")");
    }
    return name;
  }
}
