package io.rakor.json.jackson3;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.rakor.core.json.RakorModule;
import io.rakor.core.json.TimeForm;
import io.rakor.json.jackson3.internal.BoundedBigDecimalDeserializer;
import io.rakor.json.jackson3.internal.IsoTimeDeserializer;
import io.rakor.json.jackson3.internal.ValueTypeIntrospector;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.datatype.guava.GuavaModule;

/**
 * The Jackson 3 module for Rakor's JSON format, for users who bring their own {@code JsonMapper},
 * such as the one Spring Boot 4 configures: the Jackson 3 counterpart of rakor-core's {@link
 * RakorModule}, with the same value rules.
 *
 * <p>{@link RakorJson3#mapper()} gives a mapper with this module and every other setting of the
 * format already applied; use it when you can. Registering this module on your own mapper ({@code
 * JsonMapper.builder().addModule(new RakorModule3())}, or in Spring Boot 4 by declaring it as a
 * bean) gives the format's value rules but not its strictness or limits:
 *
 * <ul>
 *   <li>Rakor's value types are read and written through the classes Immutables generates for them,
 *       with their properties in the same order as on Jackson 2;
 *   <li>it registers the Guava module it depends on (java.time and {@code Optional} are built into
 *       Jackson 3);
 *   <li>{@link ZonedDateTime}, {@link OffsetDateTime}, {@link Instant} and {@link LocalDate} are
 *       written as ISO-8601 text whatever the mapper's timestamp settings; a {@code ZonedDateTime}
 *       keeps its zone id and is read back in its own zone, never adjusted to the mapper's;
 *   <li>they and {@link java.time.ZoneId} are read only from exactly the text Rakor writes, their
 *       {@link TimeForm}; anything else is rejected, never converted;
 *   <li>empty {@link Optional} properties are omitted when written;
 *   <li>{@link BigDecimal} values whose plain form would need more than {@value
 *       RakorModule#MAX_DECIMAL_DIGITS} digits before or after the point are rejected when read.
 * </ul>
 *
 * <p>These rules apply to every property of those types on your mapper, not only to Rakor's. The
 * strict reading settings and the hostile-input limits (the array length limit included) are mapper
 * and factory settings: use {@link RakorJson3#mapper()}, or copy them and apply {@link
 * RakorJson3#readConstraints()} yourself. Registration fails if the mapper has polymorphic default
 * typing enabled, which Rakor never allows.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1
 */
public final class RakorModule3 extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module, whose {@link #version()} is the version of rakor-core it comes from. */
  public RakorModule3() {
    super("RakorModule3", version(new RakorModule().version()));
    addDeserializer(
        BigDecimal.class, new BoundedBigDecimalDeserializer(RakorModule.MAX_DECIMAL_DIGITS));
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
   * The modules this one needs: Guava. Jackson registers them first.
   *
   * @return the modules this one depends on
   */
  @Override
  public Iterable<? extends JacksonModule> getDependencies() {
    return List.of(new GuavaModule());
  }

  /**
   * Registers the module's deserializers, the value types' classes and per-type settings.
   *
   * @param context the mapper builder's setup context
   * @throws IllegalStateException if the mapper has polymorphic default typing enabled
   */
  @Override
  public void setupModule(SetupContext context) {
    if (context.getOwner() instanceof MapperBuilder<?, ?> builder
        && builder.baseSettings().getDefaultTyper() != null) {
      throw new IllegalStateException(
          "Rakor JSON never uses polymorphic default typing: it lets the input choose which classes"
              + " are instantiated. Register RakorModule3 on a mapper without default typing.");
    }
    super.setupModule(context);
    context.appendAnnotationIntrospector(new ValueTypeIntrospector());
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

  private static Version version(com.fasterxml.jackson.core.Version core) {
    return new Version(
        core.getMajorVersion(),
        core.getMinorVersion(),
        core.getPatchLevel(),
        core.isSnapshot() ? "SNAPSHOT" : null,
        core.getGroupId(),
        core.getArtifactId());
  }
}
