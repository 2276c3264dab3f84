package io.rakor.json.jackson3.internal;

import io.rakor.core.json.TimeForm;
import java.time.DateTimeException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads a date, time or zone from exactly the ISO-8601 text Rakor writes, its {@link TimeForm}, and
 * nothing else: no numeric timestamps or arrays, and only the texts the form accepts. The same rule
 * and messages as rakor-core's Jackson 2 deserializer.
 *
 * @param <T> the type read
 */
public final class IsoTimeDeserializer<T> extends StdScalarDeserializer<T> {
  private final TimeForm form;

  /**
   * A deserializer of the form's type.
   *
   * @param form the form
   * @return the deserializer
   */
  public static IsoTimeDeserializer<?> of(TimeForm form) {
    return new IsoTimeDeserializer<>(form.type(), form);
  }

  private IsoTimeDeserializer(Class<T> type, TimeForm form) {
    super(type);
    this.form = form;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      @SuppressWarnings("unchecked") // handleUnexpectedToken throws unless a handler is set
      T value =
          (T)
              ctxt.handleUnexpectedToken(
                  ctxt.constructType(handledType()),
                  p.currentToken(),
                  p,
                  "expected %s, found %s",
                  form.expected(),
                  JsonErrors.describe(p.currentToken()));
      return value;
    }
    String text = p.getString();
    try {
      @SuppressWarnings("unchecked") // each form parses its own type
      T value = (T) form.parse(text);
      return value;
    } catch (DateTimeException e) {
      throw InvalidFormatException.from(p, e.getMessage(), text, handledType());
    }
  }
}
