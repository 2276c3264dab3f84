package io.rakor.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.rakor.core.RakorException;

/**
 * The entry point to Rakor's JSON format: a configured Jackson mapper, and reading and writing of
 * every Rakor type.
 *
 * @since 0.1
 */
public final class RakorJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new GuavaModule())
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private RakorJson() {}

  /**
   * A new mapper configured for Rakor's types; changing it does not affect other mappers.
   *
   * @return a configured mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * Writes a Rakor value as JSON.
   *
   * @param value the value
   * @return its JSON text
   * @throws RakorException if the value cannot be written
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new RakorException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads a Rakor value from JSON written by {@link #write(Object)}.
   *
   * @param json the JSON text
   * @param type the type to read
   * @param <T> the type to read
   * @return the value
   * @throws RakorException if the text is not valid JSON for the type
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new RakorException("cannot read " + type.getSimpleName() + " from JSON", e);
    }
  }
}
