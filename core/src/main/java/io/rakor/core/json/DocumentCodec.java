package io.rakor.core.json;

import static io.rakor.core.json.JsonErrors.abbreviate;
import static io.rakor.core.json.JsonErrors.contextPath;
import static io.rakor.core.json.JsonErrors.describe;
import static io.rakor.core.json.JsonErrors.error;
import static io.rakor.core.json.JsonErrors.failure;
import static io.rakor.core.json.JsonErrors.isLimit;
import static io.rakor.core.json.JsonErrors.name;
import static io.rakor.core.json.JsonErrors.references;
import static io.rakor.core.json.JsonErrors.translate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.rakor.core.json.RakorJsonException.Kind;
import java.io.IOException;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The codec of Rakor's JSON: plain values and versioned documents ({@code
 * {"schemaVersion":2,"type":...,"data":...}}), read strictly from a parser and written to a
 * generator of one configured mapper. Every failure is a {@link RakorJsonException}, made by {@link
 * JsonErrors}. Immutable and thread-safe.
 */
final class DocumentCodec {
  /** Where JSON is read from: a parser of the mapper, and the input's length if known. */
  record Input(long length, Source source) {
    /** The length of a stream or reader, which is not known before it is read. */
    static final long UNKNOWN_LENGTH = -1;

    /** Opens a parser of the mapper on the input. */
    @FunctionalInterface
    interface Source {
      JsonParser open(ObjectMapper mapper) throws IOException;
    }

    /** An input whose length is not known before it is read. */
    static Input streaming(Source source) {
      return new Input(UNKNOWN_LENGTH, source);
    }
  }

  /** Where JSON is written to: a generator of the mapper. */
  @FunctionalInterface
  interface Output {
    JsonGenerator open(ObjectMapper mapper) throws IOException;
  }

  @FunctionalInterface
  private interface Body<T> {
    T read(JsonParser p) throws IOException;
  }

  @FunctionalInterface
  private interface DataBody {
    Object read(JsonParser p, long version) throws IOException;
  }

  private final ObjectMapper mapper;
  private final ObjectReader trees;
  private final long maxLength;
  private final ImmutableMap<Class<?>, ObjectReader> readers;

  /** Readers of the types that are not documents (observations, ...), made on first use. */
  private final ConcurrentMap<Class<?>, ObjectReader> otherReaders = new ConcurrentHashMap<>();

  private final ImmutableMap<Class<?>, ObjectWriter> writers;

  /**
   * A codec on a configured mapper.
   *
   * @param mapper the mapper, with Rakor's module and strict settings; not changed afterwards
   * @param maxLength the longest input read, in bytes or characters, where its length is known
   */
  DocumentCodec(ObjectMapper mapper, long maxLength) {
    this.mapper = mapper;
    // the tree of older data keeps every number exactly as written (1250000000.50 stays so)
    this.trees =
        mapper
            .reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.maxLength = maxLength;
    this.readers =
        DocumentTypes.BY_NAME.values().stream()
            .collect(ImmutableMap.toImmutableMap(c -> c, this::newReader));
    this.writers =
        DocumentTypes.BY_NAME.values().stream()
            .collect(ImmutableMap.toImmutableMap(c -> c, mapper::writerFor));
  }

  // ---------------------------------------------------------------- plain JSON

  String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
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

  <T> T read(Input input, Class<T> type, int version) {
    if (version < 1 || version > RakorJson.SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "schema version "
              + version
              + " is not one this version of Rakor reads (1 to "
              + RakorJson.SCHEMA_VERSION
              + ")");
    }
    checkLength(input, type.getSimpleName());
    ObjectReader reader = readers.get(type);
    ObjectReader r = reader != null ? reader : otherReaders.computeIfAbsent(type, this::newReader);
    String what = type.getSimpleName();
    return parse(input, what, p -> type.cast(readData(p, r, type, version, "$", what)));
  }

  // ---------------------------------------------------------------- documents

  void writeDocument(Object value, Output out) {
    writeEnvelope(out, registered(value.getClass()), false, value);
  }

  <T> void writeListDocument(Collection<? extends T> values, Class<T> type, Output out) {
    writeEnvelope(out, registered(type), true, values);
  }

  <T> T readDocument(Input input, Class<T> type) {
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

  <T> ImmutableList<T> readListDocument(Input input, Class<T> type) {
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
    try (JsonGenerator g = target.open(mapper)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeNumberField("schemaVersion", RakorJson.SCHEMA_VERSION);
      g.writeStringField("type", name);
      g.writeFieldName("data");
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
    } catch (JsonProcessingException e) {
      throw failure(
          Kind.WRITE, "$", "Cannot write a " + name + " document: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw failure(Kind.IO, "$", "Cannot write a " + name + " document: " + e.getMessage(), e);
    }
  }

  /** Opens a parser, reads with {@code body}, requires the end of input and maps every failure. */
  private <T> T parse(Input input, String what, Body<T> body) {
    JsonParser p;
    try {
      p = input.source().open(mapper);
    } catch (IOException e) {
      throw failure(Kind.IO, "$", "Cannot read " + what + ": " + e.getMessage(), e);
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
      throw failure(
          Kind.IO,
          contextPath(p),
          "Cannot read " + what + " at " + contextPath(p) + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Reads the value of a type written under a schema version at the parser's current token, with
   * the path prefix of that value: older data that needs it is read as a tree, upgraded ({@link
   * SchemaUpgrade}) and bound, and a failure is reported at its path in the older version.
   */
  private Object readData(
      JsonParser p, ObjectReader reader, Class<?> type, long version, String path, String what)
      throws IOException {
    if (!SchemaUpgrade.needed(type, version) || p.currentToken() == JsonToken.VALUE_NULL) {
      return readValue(p, reader, path, what);
    }
    JsonNode upgraded = SchemaUpgrade.commitment(trees.readTree(p), path, what);
    try (JsonParser tokens = reader.treeAsTokens(upgraded)) {
      tokens.nextToken();
      return reader.readValue(tokens);
    } catch (JsonMappingException e) {
      RakorJsonException failure = translate(e, path + references(e), what);
      throw new RakorJsonException(
          failure.kind(),
          SchemaUpgrade.v1Paths(failure.path(), path),
          SchemaUpgrade.v1Paths(failure.getMessage(), path),
          failure.violations(),
          failure.getCause());
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
      // a limit is found by the parser, whose position is more precise than the mapping's path
      throw translate(e, isLimit(e) ? contextPath(p) : path + references(e), what);
    }
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
    while (p.nextToken() == JsonToken.FIELD_NAME) {
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
      JsonParser buffered = early.asParserOnFirstToken();
      early = null; // the parser alone holds the tokens left to read: those read can be collected
      try (buffered) {
        value = data.read(buffered, version);
      }
    }
    return value;
  }

  /** The schema version of the document, from 1 to the current one, or an error. */
  private static long checkVersion(JsonParser p, JsonToken token, String what) throws IOException {
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
              + p.getText()
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
}
