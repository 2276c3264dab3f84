package io.rakor.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a date or time only from ISO-8601 text, refusing the numeric timestamps and arrays that the
 * java.time module also accepts, so that one value has one JSON form.
 */
final class TextOnlyDeserializer<T> extends StdDeserializer<T> implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  // Jackson's deserializers are Serializable, but their base type JsonDeserializer is not; the
  // delegates here are the java.time module's, which are.
  @SuppressWarnings("serial")
  private final JsonDeserializer<T> delegate;

  TextOnlyDeserializer(Class<T> type, JsonDeserializer<T> delegate) {
    super(type);
    this.delegate = delegate;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    if (delegate instanceof ContextualDeserializer contextual) {
      @SuppressWarnings("unchecked") // the java.time deserializers return their own type
      JsonDeserializer<T> contextualized =
          (JsonDeserializer<T>) contextual.createContextual(ctxt, property);
      return new TextOnlyDeserializer<>(handledTypeOf(), contextualized);
    }
    return this;
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
                  "expected ISO-8601 text for %s, found %s",
                  handledType().getSimpleName(),
                  p.currentToken());
      return value;
    }
    return delegate.deserialize(p, ctxt);
  }

  @SuppressWarnings("unchecked") // constructed with Class<T>
  private Class<T> handledTypeOf() {
    return (Class<T>) handledType();
  }
}
