package io.rakor.core.units;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import org.immutables.value.Value;

/**
 * A person holding a position in a unit (<i>pejabat</i>): the regent (<i>Bupati</i>), a
 * sub-district head (<i>Camat</i>), a village head (<i>Kepala Desa</i>), a cooperative chair.
 *
 * <p>Invariants, checked when built: the position is not blank. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOfficial.class)
@JsonDeserialize(as = ImmutableOfficial.class)
public abstract class Official implements WithOfficial {
  Official() {}

  /**
   * Starts building an official.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Official} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Official#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableOfficial.Builder {
    Builder() {}
  }

  /**
   * An official whose name has no academic titles ({@link PersonName#of(String)}); the builder
   * takes a {@link PersonName} with them.
   *
   * @param id the id
   * @param name the name without titles, for example {@code "Hamartoni Ahadis"}
   * @param position the position held, for example {@code "Bupati Lampung Utara"}
   * @param unit the unit in which it is held
   * @return the official
   * @throws io.rakor.core.RakorValidationException if the name or position is blank or too long
   */
  public static Official of(OfficialId id, String name, String position, UnitId unit) {
    return builder().id(id).name(PersonName.of(name)).position(position).unit(unit).build();
  }

  /**
   * The official's identifier.
   *
   * @return the id
   */
  public abstract OfficialId id();

  /**
   * The official's name with titles.
   *
   * @return the name
   */
  public abstract PersonName name();

  /**
   * The position held, for example {@code "Bupati Lampung Utara"} or {@code "Camat Kotabumi"}.
   *
   * @return the position
   */
  public abstract String position();

  /**
   * The unit in which the position is held.
   *
   * @return the unit's id
   */
  public abstract UnitId unit();

  @Value.Check
  void check() {
    Checker.of("Official").name("position", position()).done();
  }
}
