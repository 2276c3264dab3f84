package io.rakor.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A JSON factory whose parsers refuse an array with more elements than a limit, as soon as the
 * first element over it is read. Jackson's {@code StreamReadConstraints} bound nesting, lengths and
 * the token count but not the length of one array; a reader that needs a list of at most {@code n}
 * values should not have to build a list of a million first.
 */
final class BoundedJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  private final int maxArrayLength;

  BoundedJsonFactory(JsonFactoryBuilder builder, int maxArrayLength) {
    super(builder);
    this.maxArrayLength = maxArrayLength;
  }

  private BoundedJsonFactory(BoundedJsonFactory source, ObjectCodec codec) {
    super(source, codec);
    this.maxArrayLength = source.maxArrayLength;
  }

  /** The most elements an array may have. */
  int maxArrayLength() {
    return maxArrayLength;
  }

  @Override
  public JsonFactory copy() {
    return new BoundedJsonFactory(this, null);
  }

  @Override
  protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return bounded(super._createParser(in, ctxt));
  }

  @Override
  protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return bounded(super._createParser(r, ctxt));
  }

  @Override
  protected JsonParser _createParser(
      char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
    return bounded(super._createParser(data, offset, len, ctxt, recyclable));
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt)
      throws IOException {
    return bounded(super._createParser(data, offset, len, ctxt));
  }

  @Override
  protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
    return bounded(super._createParser(input, ctxt));
  }

  private JsonParser bounded(JsonParser parser) {
    return new ArrayLimitingParser(parser, maxArrayLength);
  }

  /**
   * Checks, after every token, that the array the token is an element of has at most the limit of
   * elements. Every way of advancing a parser ({@code nextTextValue()}, {@code nextFieldName()},
   * ...) goes through {@link #nextToken()} or {@link #nextValue()} in {@link JsonParser}'s
   * defaults, which the delegate does not override.
   */
  static final class ArrayLimitingParser extends JsonParserDelegate {
    private final int maxArrayLength;

    ArrayLimitingParser(JsonParser parser, int maxArrayLength) {
      super(parser);
      this.maxArrayLength = maxArrayLength;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      return checked(delegate.nextToken());
    }

    @Override
    public JsonToken nextValue() throws IOException {
      return checked(delegate.nextValue());
    }

    private JsonToken checked(JsonToken token) throws StreamConstraintsException {
      if (token == null || token.isStructEnd()) {
        return token;
      }
      JsonStreamContext context = delegate.getParsingContext();
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
