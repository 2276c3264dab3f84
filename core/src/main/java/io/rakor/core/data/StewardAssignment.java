package io.rakor.core.data;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The data steward (<i>walidata</i>) responsible for figures at one jurisdiction or one level: the
 * regency's statistics office for a regency's figures, the province's for the province's.
 *
 * <p>An assignment names either a jurisdiction (that jurisdiction's figures only, not its
 * sub-jurisdictions') or a level (every jurisdiction whose code has that level's depth, so {@link
 * JurisdictionLevel#REGENCY} and {@link JurisdictionLevel#CITY} name the same jurisdictions), for
 * one indicator or, without one, for every indicator. {@link ReconciliationConfig#stewardFor} picks
 * the most specific assignment and falls back to the steward of the indicator's {@link
 * IndicatorRules}.
 *
 * <p>Invariants, checked when built: exactly one of jurisdiction and level. Immutable and
 * thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStewardAssignment.class)
@JsonDeserialize(as = ImmutableStewardAssignment.class)
public abstract class StewardAssignment implements WithStewardAssignment {
  StewardAssignment() {}

  /**
   * Starts building an assignment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link StewardAssignment} values, checking every invariant in {@link #build()}. Obtained
   * from {@link StewardAssignment#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableStewardAssignment.Builder {
    Builder() {}
  }

  /**
   * A steward for one jurisdiction's figures of every indicator.
   *
   * @param jurisdiction the jurisdiction
   * @param steward the steward unit
   * @return the assignment
   */
  public static StewardAssignment at(JurisdictionCode jurisdiction, UnitId steward) {
    return builder().jurisdiction(jurisdiction).steward(steward).build();
  }

  /**
   * A steward for the figures of every indicator at one level.
   *
   * @param level the level
   * @param steward the steward unit
   * @return the assignment
   */
  public static StewardAssignment at(JurisdictionLevel level, UnitId steward) {
    return builder().level(level).steward(steward).build();
  }

  /**
   * The indicator the assignment is for.
   *
   * @return the indicator, or empty for every indicator
   */
  public abstract Optional<IndicatorId> indicator();

  /**
   * The jurisdiction whose figures the steward is responsible for.
   *
   * @return the jurisdiction, given exactly when no level is
   */
  public abstract Optional<JurisdictionCode> jurisdiction();

  /**
   * The level whose figures the steward is responsible for.
   *
   * @return the level, given exactly when no jurisdiction is
   */
  public abstract Optional<JurisdictionLevel> level();

  /**
   * The steward unit.
   *
   * @return the unit's id
   */
  public abstract UnitId steward();

  /**
   * What the assignment is for, to find two assignments for the same thing.
   *
   * @return indicator (or {@code *}), then the jurisdiction or the level's code depth
   */
  String scope() {
    return indicator().map(IndicatorId::value).orElse("*")
        + "@"
        + jurisdiction()
            .map(JurisdictionCode::value)
            .orElseGet(() -> "depth " + level().map(JurisdictionLevel::depth).orElse(0));
  }

  @Value.Check
  void check() {
    Checker.of("StewardAssignment")
        .require(
            jurisdiction().isPresent() != level().isPresent(),
            "jurisdiction",
            jurisdiction().map(Object::toString).orElse("empty"),
            "must be given exactly when no level is")
        .done();
  }
}
