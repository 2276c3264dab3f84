package io.rakor.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a {@link BigDecimal} exactly, rejecting numbers whose plain form would be huge (such as
 * {@code 1e999999999}), which cost unbounded time and memory once scaled.
 */
final class BoundedBigDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
  private static final long serialVersionUID = 1L;

  private final int maxDigits;

  BoundedBigDecimalDeserializer(int maxDigits) {
    this.maxDigits = maxDigits;
  }

  @Override
  public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    BigDecimal value = super.deserialize(p, ctxt);
    if (value != null) {
      long integerDigits = (long) value.precision() - value.scale();
      if (integerDigits > maxDigits || value.scale() > maxDigits) {
        throw InvalidFormatException.from(
            p,
            "decimal number out of range: at most "
                + maxDigits
                + " digits are allowed before and after the decimal point",
            p.getText(),
            BigDecimal.class);
      }
    }
    return value;
  }
}
