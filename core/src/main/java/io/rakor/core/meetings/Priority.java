package io.rakor.core.meetings;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.plans.LegalInstrumentId;
import io.rakor.core.plans.PlanReference;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A development priority set by a coordination meeting (<i>isu prioritas</i>): stunting reduction,
 * integrated data, disaster preparedness, ... It has one lead unit, contributing units and the
 * indicators by which it is measured.
 *
 * <p>Invariants, checked when built: the title is not blank; no contributor is listed twice; the
 * lead unit is not also listed as a contributor; no indicator is listed twice; no plan reference is
 * listed twice; the locations are each listed once and lie inside the priority's jurisdiction
 * (strictly: a village or sub-district of the regency); an instrument designates the locations only
 * if there are some. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePriority.class)
@JsonDeserialize(as = ImmutablePriority.class)
public abstract class Priority implements WithPriority {
  Priority() {}

  /**
   * Starts building a priority.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Priority} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Priority#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutablePriority.Builder {
    Builder() {}
  }

  /**
   * A priority with what every priority needs and nothing else: no origin meeting, contributors or
   * indicators (a builder adds them).
   *
   * @param id the priority's id
   * @param title its title
   * @param area its area
   * @param jurisdiction where it applies
   * @param lead the unit that leads it
   * @return the priority
   * @throws io.rakor.core.RakorValidationException if a value breaks a rule of {@link Priority}
   * @since 0.1
   */
  public static Priority of(
      PriorityId id, String title, PriorityArea area, JurisdictionCode jurisdiction, UnitId lead) {
    return builder().id(id).title(title).area(area).jurisdiction(jurisdiction).lead(lead).build();
  }

  /**
   * The priority's identifier.
   *
   * @return the id
   */
  public abstract PriorityId id();

  /**
   * The priority's title, for example {@code "Pencegahan dan penurunan stunting"}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The development area addressed.
   *
   * @return the area
   */
  public abstract PriorityArea area();

  /**
   * The area whose priority this is, for example the regency.
   *
   * @return the jurisdiction's code
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * The meeting that set the priority, if known.
   *
   * @return the meeting's id
   */
  public abstract Optional<MeetingId> originMeeting();

  /**
   * The unit responsible for the priority as a whole.
   *
   * @return the lead unit's id
   */
  public abstract UnitId lead();

  /**
   * The units that contribute, in order; never the lead unit.
   *
   * @return the contributing units' ids
   */
  @AllowNulls
  public abstract List<UnitId> contributors();

  /**
   * The indicators by which progress on the priority is measured.
   *
   * @return the indicators' ids
   */
  @AllowNulls
  public abstract List<IndicatorId> indicators();

  /**
   * The planning documents the priority serves (the RPJMD's mission and target, the RKPD), each
   * cited once.
   *
   * @return the plan references
   * @since 0.1
   */
  @AllowNulls
  public abstract List<PlanReference> planReferences();

  /**
   * The places designated for the priority's interventions (<i>lokus</i>, usually villages), each
   * inside the priority's jurisdiction.
   *
   * @return the jurisdictions' codes
   * @since 0.1
   */
  @AllowNulls
  public abstract List<JurisdictionCode> locations();

  /**
   * The instrument that designated the {@link #locations()} (an SK Bupati on the <i>lokus</i>),
   * given only with locations.
   *
   * @return the instrument's id
   * @since 0.1
   */
  public abstract Optional<LegalInstrumentId> locationsDesignatedBy();

  @Value.Check
  void check() {
    Checker c =
        Checker.of("Priority")
            .references("contributors", contributors())
            .references("indicators", indicators())
            .entries("planReferences", planReferences())
            .references("locations", locations())
            .checkpoint();
    c.name("title", title())
        .distinct("contributors", contributors(), u -> u)
        .require(
            !contributors().contains(lead()),
            "contributors",
            lead(),
            () -> "must not list the lead unit " + lead())
        .distinct("indicators", indicators(), i -> i)
        .distinct("planReferences", planReferences(), r -> r)
        .distinct("locations", locations(), j -> j);
    for (int i = 0; i < locations().size(); i++) {
      JurisdictionCode place = locations().get(i);
      c.requireAt(
          jurisdiction().isAncestorOf(place),
          "locations",
          i,
          "",
          place,
          () -> "must lie inside the priority's jurisdiction " + jurisdiction());
    }
    locationsDesignatedBy()
        .ifPresent(
            d ->
                c.require(
                    !locations().isEmpty(),
                    "locationsDesignatedBy",
                    d,
                    "must be absent when no locations are given"));
    c.done();
  }
}
