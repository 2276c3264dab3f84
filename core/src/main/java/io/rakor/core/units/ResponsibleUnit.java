package io.rakor.core.units;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.values.Checker;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that can own or support work: a regional agency (<i>OPD</i>), a sub-district
 * office, a village government, a cooperative, the police, the military command, and so on.
 *
 * <p>Invariants, checked when built: the name (and short name, if given) is not blank; a unit is
 * not its own parent; a unit has a jurisdiction unless it is a partner ({@link
 * UnitKind#isPartner()}: a national NGO or a company need not belong to one). Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResponsibleUnit.class)
@JsonDeserialize(as = ImmutableResponsibleUnit.class)
public abstract class ResponsibleUnit implements WithResponsibleUnit {
  ResponsibleUnit() {}

  /**
   * Starts building a unit.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ResponsibleUnit} values, checking every invariant in {@link #build()}. Obtained
   * from {@link ResponsibleUnit#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableResponsibleUnit.Builder {
    Builder() {}
  }

  /**
   * A unit with no short name and no parent unit; the builder sets those too.
   *
   * @param id the id
   * @param name the name, for example {@code "Dinas Kesehatan"}
   * @param kind the kind
   * @param jurisdiction the jurisdiction it belongs to
   * @return the unit
   * @throws io.rakor.core.RakorValidationException if the name is blank or too long
   */
  public static ResponsibleUnit of(
      UnitId id, String name, UnitKind kind, JurisdictionCode jurisdiction) {
    return builder().id(id).name(name).kind(kind).jurisdiction(jurisdiction).build();
  }

  /**
   * A partner with no jurisdiction, for example a national NGO.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind, a partner kind ({@link UnitKind#isPartner()})
   * @return the unit
   * @throws io.rakor.core.RakorValidationException if the name is blank or too long, or the kind is
   *     not a partner kind
   * @since 0.1
   */
  public static ResponsibleUnit partner(UnitId id, String name, UnitKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /**
   * The unit's identifier.
   *
   * @return the id
   */
  public abstract UnitId id();

  /**
   * The unit's full name, for example {@code "Dinas Kesehatan Kabupaten Lampung Utara"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The short name the unit is known by, for example {@code "Dinkes"} or {@code "Bappeda"}.
   *
   * @return the short name, if any
   */
  public abstract Optional<String> shortName();

  /**
   * What sort of organisation this is.
   *
   * @return the kind
   */
  public abstract UnitKind kind();

  /**
   * The area the unit belongs to and serves; always given for a government unit, possibly absent
   * for a partner ({@link UnitKind#isPartner()}) that works nationally.
   *
   * @return the jurisdiction's code
   */
  public abstract Optional<JurisdictionCode> jurisdiction();

  /**
   * The unit this one reports to, if any (a sub-office to its agency).
   *
   * @return the parent unit's id
   */
  public abstract Optional<UnitId> parent();

  /**
   * The short name if there is one, otherwise the full name.
   *
   * @return a name for display
   */
  public String displayName() {
    return shortName().orElse(name());
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("ResponsibleUnit").name("name", name());
    shortName().ifPresent(s -> c.name("shortName", s));
    c.require(!parent().equals(Optional.of(id())), "parent", id(), "must not be the unit itself")
        .require(
            jurisdiction().isPresent() || kind().isPartner(),
            "jurisdiction",
            "absent",
            () -> "must be given for a unit of kind " + kind() + " (only a partner may have none)")
        .done();
  }
}
