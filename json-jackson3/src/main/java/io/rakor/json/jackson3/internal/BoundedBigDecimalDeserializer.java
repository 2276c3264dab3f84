package io.rakor.json.jackson3.internal;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads a {@link BigDecimal} exactly, rejecting numbers whose plain form would be huge (such as
 * {@code 1e999999999}), which cost unbounded time and memory once scaled.
 */
public final class BoundedBigDecimalDeserializer
    extends NumberDeserializers.BigDecimalDeserializer {
  private final int maxDigits;

  /**
   * A deserializer of decimals with at most {@code maxDigits} digits before and after the point.
   *
   * @param maxDigits the most digits
   */
  public BoundedBigDecimalDeserializer(int maxDigits) {
    this.maxDigits = maxDigits;
  }

  @Override
  public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
    BigDecimal value = super.deserialize(p, ctxt);
    if (value != null) {
      long integerDigits = (long) value.precision() - value.scale();
      if (integerDigits > maxDigits || value.scale() > maxDigits) {
        throw InvalidFormatException.from(
            p,
            "decimal number out of range: at most "
                + maxDigits
                + " digits are allowed before and after the decimal point",
            p.getString(),
            BigDecimal.class);
      }
    }
    return value;
  }
}
