package io.rakor.core.overlaps;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.values.Checker;
import org.immutables.value.Value;

/**
 * Two priority areas under which the same work is filed by different units, so that their
 * programmes are compared for overlaps although the {@link AreaMatching} rule keeps the areas
 * apart: health's sanitation programme ({@code basic-services.health.sanitation}, the health
 * office's community-led total sanitation, STBM) and the sanitation sector ({@code
 * basic-services.sanitation}, the village-development office's latrines), for example.
 *
 * <p>Two commitments are related when the area of one is {@link #area()} or within it and the area
 * of the other is {@link #relatedArea()} or within it. The area their overlap has in common is
 * {@link #relatedArea()}. Invariants, checked when built: the two areas differ. Immutable and
 * thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAreaRelation.class)
@JsonDeserialize(as = ImmutableAreaRelation.class)
public abstract class AreaRelation implements WithAreaRelation {
  AreaRelation() {}

  /**
   * Starts building an {@link AreaRelation}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AreaRelation} values, checking every invariant in {@link #build()}. Obtained from
   * {@link AreaRelation#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableAreaRelation.Builder {
    Builder() {}
  }

  /**
   * A relation between two areas.
   *
   * @param area one area, for example {@code basic-services.health.sanitation}
   * @param relatedArea the area its work is also filed under, for example {@code
   *     basic-services.sanitation}; named as the area in common
   * @return the relation
   * @throws io.rakor.core.RakorValidationException if the areas are the same
   */
  public static AreaRelation of(PriorityArea area, PriorityArea relatedArea) {
    return builder().area(area).relatedArea(relatedArea).build();
  }

  /**
   * One area.
   *
   * @return the area
   */
  public abstract PriorityArea area();

  /**
   * The area related to it, named as the area in common of an overlap the relation finds.
   *
   * @return the related area
   */
  public abstract PriorityArea relatedArea();

  /**
   * Whether two commitments' areas are related by this relation, in either order.
   *
   * @param a one commitment's area
   * @param b the other's
   * @return true if one is within {@link #area()} and the other within {@link #relatedArea()}
   */
  public boolean relates(PriorityArea a, PriorityArea b) {
    return (a.isWithin(area()) && b.isWithin(relatedArea()))
        || (b.isWithin(area()) && a.isWithin(relatedArea()));
  }

  /**
   * Whether an area is within either side of the relation.
   *
   * @param a an area
   * @return true if within {@link #area()} or {@link #relatedArea()}
   */
  boolean touches(PriorityArea a) {
    return a.isWithin(area()) || a.isWithin(relatedArea());
  }

  @Value.Check
  void check() {
    Checker.of("AreaRelation")
        .require(
            !area().equals(relatedArea()),
            "relatedArea",
            relatedArea(),
            "must differ from area " + area())
        .done();
  }
}
