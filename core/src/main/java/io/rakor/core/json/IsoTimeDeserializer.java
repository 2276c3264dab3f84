package io.rakor.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.DateTimeException;

/**
 * Reads a date, time or zone from exactly the ISO-8601 text Rakor writes, its {@link TimeForm}, and
 * nothing else: no numeric timestamps or arrays, and only the texts the form accepts.
 */
final class IsoTimeDeserializer<T> extends StdScalarDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final TimeForm form;

  /** A deserializer of the form's type. */
  static IsoTimeDeserializer<?> of(TimeForm form) {
    return new IsoTimeDeserializer<>(form.type(), form);
  }

  private IsoTimeDeserializer(Class<T> type, TimeForm form) {
    super(type);
    this.form = form;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      @SuppressWarnings("unchecked") // handleUnexpectedToken throws unless a handler is set
      T value =
          (T)
              ctxt.handleUnexpectedToken(
                  handledType(),
                  p.currentToken(),
                  p,
                  "expected %s, found %s",
                  form.expected(),
                  JsonErrors.describe(p.currentToken()));
      return value;
    }
    String text = p.getText();
    try {
      @SuppressWarnings("unchecked") // each form parses its own type
      T value = (T) form.parse(text);
      return value;
    } catch (DateTimeException e) {
      throw InvalidFormatException.from(p, e.getMessage(), text, handledType());
    }
  }
}
