package io.rakor.testkit.internal.gen;

import static io.rakor.testkit.internal.gen.Gens.chance;
import static io.rakor.testkit.internal.gen.Gens.chars;
import static io.rakor.testkit.internal.gen.Gens.distinctListOf;
import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.listOf;
import static io.rakor.testkit.internal.gen.Gens.optional;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.gen.Gens.unicode;
import static io.rakor.testkit.internal.gen.Gens.weighted;
import static io.rakor.testkit.internal.gen.IdGens.indicatorIds;
import static io.rakor.testkit.internal.gen.IdGens.meetingIds;
import static io.rakor.testkit.internal.gen.IdGens.priorityIds;
import static io.rakor.testkit.internal.gen.IdGens.unitIds;
import static io.rakor.testkit.internal.gen.JurisdictionGens.jurisdictionCodes;

import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.Priority;
import io.rakor.core.overlaps.AreaRelation;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.units.UnitId;
import io.rakor.testkit.internal.Words;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of priority areas and priorities. Stateless and thread-safe. */
public final class PriorityGens {
  private PriorityGens() {}

  /** The generator behind {@code RakorGen.areaRelations()}: two different areas. */
  public static Gen<AreaRelation> areaRelations() {
    return priorityAreas()
        .zip(
            priorityAreas(),
            (a, b) -> a.equals(b) ? AreaRelation.of(a, b.sub("related")) : AreaRelation.of(a, b))
        .describedAs(r -> r.area() + " ~ " + r.relatedArea());
  }

  /** The generator behind {@code RakorGen.priorityAreas()}. */
  public static Gen<PriorityArea> priorityAreas() {
    List<PriorityArea> standard =
        List.of(
            PriorityArea.BASIC_SERVICES,
            PriorityArea.EDUCATION,
            PriorityArea.HEALTH,
            PriorityArea.BASIC_INFRASTRUCTURE,
            PriorityArea.CLEAN_WATER,
            PriorityArea.SANITATION,
            PriorityArea.INTEGRATED_DATA,
            PriorityArea.STUNTING,
            PriorityArea.DISASTER_PREPAREDNESS,
            PriorityArea.SECURITY_AND_ORDER,
            PriorityArea.LOCAL_ECONOMY);
    Gen<String> segment =
        pick(chars("abcdefghijklmnopqrstuvwxyz"))
            .zip(
                listOf(pick(chars("abcdefghijklmnopqrstuvwxyz0123456789-")), 0, 19),
                (first, rest) -> {
                  StringBuilder s = new StringBuilder().append(first);
                  rest.forEach(s::append);
                  return s.toString();
                });
    Gen<PriorityArea> arbitrary =
        listOf(segment, 1, 4).map(segments -> PriorityArea.of(String.join(".", segments)));
    return weighted(3, pick(standard), 1, arbitrary).describedAs(PriorityArea::code);
  }

  /** The generator behind {@code RakorGen.priorities()}. */
  public static Gen<Priority> priorities() {
    Gen<Priority> gen =
        src -> {
          UnitId lead = unitIds().generate(src);
          Words.PriorityTemplate template = pick(Words.PRIORITIES).generate(src);
          boolean arbitrary = chance(15).generate(src);
          return Priority.builder()
              .id(priorityIds().generate(src))
              .title(arbitrary ? unicode(1, 60).generate(src) : template.title())
              .area(arbitrary ? priorityAreas().generate(src) : template.area())
              .jurisdiction(jurisdictionCodes().generate(src))
              .originMeeting(optional(meetingIds()).generate(src))
              .lead(lead)
              .contributors(
                  distinctListOf(unitIds(), 0, 5).generate(src).stream()
                      .filter(u -> !u.equals(lead))
                      .toList())
              .indicators(distinctListOf(indicatorIds(), 0, 4).generate(src))
              .build()
              .withPlanReferences(distinctListOf(PlanGens.planReferences(), 0, 2).generate(src));
        };
    Gen<Priority> located =
        src -> {
          Priority p = gen.generate(src);
          if (p.jurisdiction().depth() == JurisdictionCode.MAX_DEPTH || !chance(40).generate(src)) {
            return p;
          }
          List<JurisdictionCode> locations = new ArrayList<>();
          for (int n : distinctListOf(ints(1, 40), 1, 5).generate(src)) {
            locations.add(p.jurisdiction().child(n));
          }
          return p.withLocations(locations)
              .withLocationsDesignatedBy(optional(PlanGens.legalInstrumentIds()).generate(src));
        };
    return located.describedAs(
        p -> "Priority " + p.id() + " \"" + p.title() + "\" lead " + p.lead());
  }
}
