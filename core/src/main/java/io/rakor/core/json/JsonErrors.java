package io.rakor.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.google.common.base.Throwables;
import com.google.common.collect.Iterables;
import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import io.rakor.core.json.RakorJsonException.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The error translation of Rakor's JSON format: turns what went wrong while reading or writing into
 * a {@link RakorJsonException} that says what kind of problem it is, where (as a JSON path) and
 * why, in the words of the domain. Stateless and thread-safe.
 */
final class JsonErrors {
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** A Rakor class in backquotes, its generated prefix and suffix outside the group. */
  private static final Pattern RAKOR_CLASS =
      Pattern.compile("`io\\.rakor\\.(?:[a-z0-9_]+\\.)+(?:Immutable)?([A-Za-z0-9_]+)(?:\\$Json)?`");

  private JsonErrors() {}

  /** A failure to read found by Rakor itself (not by Jackson) at {@code path}. */
  static RakorJsonException error(
      Kind kind, String path, JsonLocation location, String what, String detail) {
    return new RakorJsonException(
        kind,
        path,
        "Cannot read " + what + " at " + path + where(location) + ": " + detail,
        List.of(),
        null);
  }

  /**
   * A failure that breaks no invariant: an I/O error, a limit or a value that cannot be written.
   */
  static RakorJsonException failure(Kind kind, String path, String message, Throwable cause) {
    propagateErrors(cause);
    return new RakorJsonException(kind, path, message, List.of(), cause);
  }

  /** Maps a Jackson failure found at {@code at} to a RakorJsonException. */
  static RakorJsonException translate(JsonProcessingException e, String at, String what) {
    propagateErrors(e);
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
              + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()
              + " (unknown fields are rejected: see docs/json-format.md)";
    } else if (cause(e, InvalidNullException.class) != null) {
      kind = Kind.TYPE_MISMATCH;
      detail = "null is not allowed as an element of a list; leave the element out";
    } else {
      if (isLimit(e)) {
        kind = Kind.LIMIT;
      } else if (cause(e, InputCoercionException.class) != null) {
        kind = Kind.TYPE_MISMATCH;
      } else if (cause(e, JsonParseException.class) != null) {
        kind = Kind.SYNTAX;
      } else {
        kind = Kind.TYPE_MISMATCH;
      }
      detail = domainNames(innermost(e).getOriginalMessage());
    }
    return new RakorJsonException(
        kind, at, "Cannot read " + what + " at " + at + location + ": " + detail, List.of(), e);
  }

  /**
   * Throws the first {@link Error} in the causal chain of {@code t}, if any: running out of memory
   * or stack is never the input's fault, and never becomes a {@link RakorJsonException}. Jackson
   * wraps what a creator throws, errors included, in a mapping exception.
   */
  private static void propagateErrors(Throwable t) {
    if (t != null) {
      Error error = cause(t, Error.class);
      if (error != null) {
        throw error;
      }
    }
  }

  /** Whether the failure is a broken limit of the parser's. */
  static boolean isLimit(JsonProcessingException e) {
    return cause(e, StreamConstraintsException.class) != null;
  }

  private static String fieldPath(String at, Violation v, boolean scalar) {
    return scalar || v.type().equals("?") ? at : at + "." + v.field();
  }

  /** The first throwable of the type in the causal chain of {@code t}, itself included. */
  private static <X extends Throwable> X cause(Throwable t, Class<X> type) {
    return Iterables.getFirst(Iterables.filter(Throwables.getCausalChain(t), type), null);
  }

  /** The innermost Jackson failure in the causal chain of {@code e}, {@code e} if none. */
  private static JsonProcessingException innermost(JsonProcessingException e) {
    return Iterables.getLast(
        Iterables.filter(Throwables.getCausalChain(e), JsonProcessingException.class));
  }

  /** The JSON path of a Jackson mapping failure, relative to the value being read. */
  static String references(JsonMappingException e) {
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

  /** The JSON path of the parser's current position. */
  static String contextPath(JsonParser p) {
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

  /** A field name as a step of a JSON path: {@code .name}, or {@code ['odd name']}. */
  static String name(String field) {
    return SIMPLE_NAME.matcher(field).matches()
        ? "." + field
        : "['" + abbreviate(field).replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The text, cut to 100 characters: input text quoted in a message may be huge. */
  static String abbreviate(String text) {
    return text.length() <= 100 ? text : text.substring(0, 100) + "…";
  }

  private static String where(JsonLocation location) {
    return location == null || location.getLineNr() <= 0
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** A token in words, such as "an object" or "the end of input". */
  static String describe(JsonToken token) {
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

  /**
   * The message with the Rakor classes Jackson names in backquotes, such as {@code
   * `io.rakor.core.commitments.ImmutableCommitment$Json`}, named as the domain does: {@code
   * Commitment}. Generated classes are not API.
   */
  static String domainNames(String message) {
    return message == null ? null : RAKOR_CLASS.matcher(message).replaceAll("$1");
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
