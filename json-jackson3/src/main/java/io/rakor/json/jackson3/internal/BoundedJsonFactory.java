package io.rakor.json.jackson3.internal;

import java.io.DataInput;
import java.io.InputStream;
import java.io.Reader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A JSON factory whose parsers refuse an array with more elements than a limit, as soon as the
 * first element over it is read, as rakor-core's Jackson 2 factory does. Jackson's {@code
 * StreamReadConstraints} bound nesting, lengths and the token count but not the length of one
 * array.
 */
public final class BoundedJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  private final int maxArrayLength;

  /**
   * A factory with the builder's settings and an array length limit.
   *
   * @param builder the factory settings
   * @param maxArrayLength the most elements an array may have
   */
  public BoundedJsonFactory(JsonFactoryBuilder builder, int maxArrayLength) {
    super(builder);
    this.maxArrayLength = maxArrayLength;
  }

  private BoundedJsonFactory(BoundedJsonFactory source) {
    super(source);
    this.maxArrayLength = source.maxArrayLength;
  }

  @Override
  public JsonFactory copy() {
    return new BoundedJsonFactory(this);
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, InputStream in) {
    return bounded(super._createParser(readCtxt, ioCtxt, in));
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader r) {
    return bounded(super._createParser(readCtxt, ioCtxt, r));
  }

  @Override
  protected JsonParser _createParser(
      ObjectReadContext readCtxt,
      IOContext ioCtxt,
      char[] data,
      int offset,
      int len,
      boolean recyclable) {
    return bounded(super._createParser(readCtxt, ioCtxt, data, offset, len, recyclable));
  }

  @Override
  protected JsonParser _createParser(
      ObjectReadContext readCtxt, IOContext ioCtxt, byte[] data, int offset, int len) {
    return bounded(super._createParser(readCtxt, ioCtxt, data, offset, len));
  }

  @Override
  protected JsonParser _createParser(
      ObjectReadContext readCtxt, IOContext ioCtxt, DataInput input) {
    return bounded(super._createParser(readCtxt, ioCtxt, input));
  }

  private JsonParser bounded(JsonParser parser) {
    return new ArrayLimitingParser(parser, maxArrayLength);
  }

  /**
   * Checks, after every value token, that the array the token is an element of has at most the
   * limit of elements. Values are reached through {@link #nextToken()} or {@link #nextValue()}
   * ({@code nextStringValue()} and the like go through {@code nextToken()} in {@link JsonParser}'s
   * defaults, which the delegate does not override); {@code nextName()} reaches only property
   * names, which are never array elements.
   */
  static final class ArrayLimitingParser extends JsonParserDelegate {
    private final int maxArrayLength;

    ArrayLimitingParser(JsonParser parser, int maxArrayLength) {
      super(parser);
      this.maxArrayLength = maxArrayLength;
    }

    @Override
    public JsonToken nextToken() {
      return checked(delegate.nextToken());
    }

    @Override
    public JsonToken nextValue() {
      return checked(delegate.nextValue());
    }

    private JsonToken checked(JsonToken token) {
      if (token == null || token.isStructEnd()) {
        return token;
      }
      TokenStreamContext context = delegate.streamReadContext();
      if (token.isStructStart()) {
        context = context.getParent(); // the array or object the new one is an element of
      }
      if (context != null && context.inArray() && context.getCurrentIndex() >= maxArrayLength) {
        throw new StreamConstraintsException(
            "too many elements: an array holds at most "
                + maxArrayLength
                + " (Limits.LIST_SIZE); this is element "
                + (context.getCurrentIndex() + 1),
            delegate.currentTokenLocation());
      }
      return token;
    }
  }
}
