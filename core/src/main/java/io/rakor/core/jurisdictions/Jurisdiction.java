package io.rakor.core.jurisdictions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An administrative area in a hierarchy (<i>wilayah</i>): a province, regency or city,
 * sub-district, village or urban village. Identified by its hierarchical {@link JurisdictionCode}.
 *
 * <p>Invariants, checked when built: the name is not blank; the code's depth is the level's depth;
 * a jurisdiction below the top level names its parent, and its code extends the parent's code by
 * one segment; a top-level one has no parent. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJurisdiction.class)
@JsonDeserialize(as = ImmutableJurisdiction.class)
public abstract class Jurisdiction implements WithJurisdiction {
  Jurisdiction() {}

  /**
   * Starts building a jurisdiction.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Jurisdiction} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Jurisdiction#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableJurisdiction.Builder {
    Builder() {}
  }

  /**
   * A jurisdiction whose parent is the one its code extends: {@code
   * of(JurisdictionCode.of("18.03"), "Lampung Utara", REGENCY)} has the parent {@code 18}; a
   * top-level code has none. The same as the builder with {@code parent(code.parent())}.
   *
   * @param code the code
   * @param name the name
   * @param level the level, whose depth is the code's
   * @return the jurisdiction
   * @throws io.rakor.core.RakorValidationException if the name is blank or the code's depth is not
   *     the level's
   */
  public static Jurisdiction of(JurisdictionCode code, String name, JurisdictionLevel level) {
    return builder().code(code).name(name).level(level).parent(code.parent()).build();
  }

  /**
   * The code that identifies this area, for example {@code 18.03}.
   *
   * @return the code
   */
  public abstract JurisdictionCode code();

  /**
   * The area's name, for example {@code "Lampung Utara"}.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The area's tier.
   *
   * @return the level
   */
  public abstract JurisdictionLevel level();

  /**
   * The code of the enclosing area; empty for a top-level area.
   *
   * @return the parent's code
   */
  public abstract Optional<JurisdictionCode> parent();

  @Value.Check
  void check() {
    Checker.of("Jurisdiction")
        .name("name", name())
        .require(
            code().depth() == level().depth(),
            "code",
            code(),
            () -> "must have " + level().depth() + " segment(s) for level " + level())
        .require(
            parent().equals(code().parent()),
            "parent",
            parent().map(Object::toString).orElse("none"),
            () ->
                code().parent().isPresent()
                    ? "must be " + code().parent().get() + ", which code " + code() + " extends"
                    : "must be absent for top-level code " + code())
        .done();
  }
}
