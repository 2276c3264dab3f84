package io.rakor.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The Jackson module for Rakor's JSON format, for users who bring their own {@code ObjectMapper}.
 *
 * <p>{@link RakorJson#mapper()} gives a mapper with this module and every other setting of the
 * format already applied; use it when you can. Registering this module on your own mapper gives the
 * format's value rules but not its strictness or limits:
 *
 * <ul>
 *   <li>it registers the Guava, JDK 8 ({@code Optional}) and java.time modules it depends on;
 *   <li>{@link ZonedDateTime}, {@link OffsetDateTime}, {@link Instant} and {@link LocalDate} are
 *       written as ISO-8601 text whatever the mapper's timestamp settings; a {@code ZonedDateTime}
 *       keeps its zone id ({@code 2026-01-12T09:00:00+07:00[Asia/Jakarta]}) and is read back in its
 *       own zone, never adjusted to the mapper's;
 *   <li>they and {@link ZoneId} are read only from exactly the text Rakor writes: a date is {@code
 *       2026-12-31} and nothing longer, an instant ends in {@code Z}, a zoned date-time's offset is
 *       its zone's at that time; numeric timestamps, arrays, other offsets or zones, spaces and
 *       other spellings are rejected, never converted (the forms are in {@code
 *       docs/json-format.md});
 *   <li>empty {@link Optional} properties are omitted when written;
 *   <li>{@link BigDecimal} values whose plain form would need more than {@value
 *       #MAX_DECIMAL_DIGITS} digits before or after the point (such as {@code 1e999999999}) are
 *       rejected when read, because expanding them costs unbounded time and memory.
 * </ul>
 *
 * <p>These rules apply to every property of those types on your mapper, not only to Rakor's. The
 * strict reading settings (unknown fields, duplicate names, scalar coercion, trailing tokens,
 * {@code null} read as absent and refused as a list element) and the hostile-input limits (the
 * array length limit included) are mapper and factory settings: use {@link RakorJson#mapper()}, or
 * copy the settings and apply {@link RakorJson#readConstraints()} yourself. Registration fails if
 * the mapper has polymorphic default typing enabled, which Rakor never allows.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1
 */
public final class RakorModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The most digits a decimal number may have before or after its point when read. */
  public static final int MAX_DECIMAL_DIGITS = 100;

  /** The resource, beside this class, in which the build writes rakor-core's coordinates. */
  private static final String VERSION_RESOURCE = "rakor-core-version.properties";

  private static final Version VERSION = readVersion();

  /** Creates the module, whose {@link #version()} is the version of rakor-core it comes from. */
  public RakorModule() {
    super("RakorModule", VERSION);
    addDeserializer(BigDecimal.class, new BoundedBigDecimalDeserializer(MAX_DECIMAL_DIGITS));
    for (TimeForm form : TimeForm.values()) {
      addForm(form);
    }
  }

  private <T> void addForm(TimeForm form) {
    @SuppressWarnings("unchecked") // the form reads its own type
    IsoTimeDeserializer<T> deserializer = (IsoTimeDeserializer<T>) IsoTimeDeserializer.of(form);
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) form.type();
    addDeserializer(type, deserializer);
  }

  /**
   * The modules this one needs: Guava, JDK 8 and java.time. Jackson registers them first.
   *
   * @return the modules this one depends on
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new GuavaModule(), new Jdk8Module(), new JavaTimeModule());
  }

  /**
   * Registers the module's serializers, deserializers and per-type settings.
   *
   * @param context the mapper's setup context
   * @throws IllegalStateException if the mapper has polymorphic default typing enabled
   */
  @Override
  public void setupModule(SetupContext context) {
    if (context.getOwner() instanceof ObjectMapper mapper
        && (mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class))
                != null
            || mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))
                != null)) {
      throw new IllegalStateException(
          "Rakor JSON never uses polymorphic default typing: it lets the input choose which classes"
              + " are instantiated. Register RakorModule on a mapper without default typing.");
    }
    super.setupModule(context);
    JsonFormat.Value text = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);
    context
        .configOverride(ZonedDateTime.class)
        .setFormat(
            text.withFeature(JsonFormat.Feature.WRITE_DATES_WITH_ZONE_ID)
                .withoutFeature(JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE));
    context
        .configOverride(OffsetDateTime.class)
        .setFormat(text.withoutFeature(JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE));
    context.configOverride(Instant.class).setFormat(text);
    context.configOverride(LocalDate.class).setFormat(text);
    context
        .configOverride(Optional.class)
        .setIncludeAsProperty(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS));
  }

  /** Reads the version the build wrote into {@value #VERSION_RESOURCE}. */
  private static Version readVersion() {
    Properties coordinates = new Properties();
    try (InputStream in = RakorModule.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            VERSION_RESOURCE + " is missing beside " + RakorModule.class.getName());
      }
      coordinates.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + VERSION_RESOURCE, e);
    }
    return VersionUtil.parseVersion(
        coordinates.getProperty("version"),
        coordinates.getProperty("groupId"),
        coordinates.getProperty("artifactId"));
  }
}
