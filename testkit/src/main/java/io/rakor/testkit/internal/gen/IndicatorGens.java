package io.rakor.testkit.internal.gen;

import static io.rakor.testkit.internal.gen.Gens.chance;
import static io.rakor.testkit.internal.gen.Gens.dates;
import static io.rakor.testkit.internal.gen.Gens.finiteDoubles;
import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.optional;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.gen.Gens.unicode;
import static io.rakor.testkit.internal.gen.Gens.unicodeText;
import static io.rakor.testkit.internal.gen.IdGens.indicatorIds;
import static io.rakor.testkit.internal.gen.IdGens.unitIds;

import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.units.UnitId;
import io.rakor.testkit.internal.Words;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of dated values and indicators. Stateless and thread-safe. */
public final class IndicatorGens {
  private IndicatorGens() {}

  /** The generator behind {@code RakorGen.datedValues()}. */
  public static Gen<DatedValue> datedValues() {
    return finiteDoubles().zip(dates(), DatedValue::of);
  }

  /** The generator behind {@code RakorGen.indicators()}. */
  public static Gen<Indicator> indicators() {
    Gen<Indicator> gen =
        src ->
            indicators(indicatorIds().generate(src), unitIds().generate(src), dates().generate(src))
                .generate(src);
    return gen.describedAs(IndicatorGens::describe);
  }

  public static Gen<Indicator> indicators(IndicatorId id, UnitId steward, LocalDate baselineDate) {
    return src -> {
      Words.IndicatorTemplate template = pick(Words.INDICATORS).generate(src);
      boolean arbitrary = chance(15).generate(src);
      List<DatedValue> targets = new ArrayList<>();
      LocalDate date = baselineDate;
      int count = ints(0, 4).generate(src);
      for (int i = 0; i < count; i++) {
        date = date.plusDays(ints(1, 400).generate(src));
        targets.add(DatedValue.of(finiteDoubles().generate(src), date));
      }
      return Indicator.builder()
          .id(id)
          .name(arbitrary ? unicode(1, 60).generate(src) : template.name())
          .definition(optional(unicodeText(1, 120)).generate(src))
          .unitOfMeasure(arbitrary ? unicode(1, 10).generate(src) : template.unitOfMeasure())
          .direction(
              arbitrary ? Generate.enumValues(Direction.class).generate(src) : template.direction())
          .baseline(DatedValue.of(finiteDoubles().generate(src), baselineDate))
          .targets(targets)
          .dataSteward(steward)
          .measuredIn(measurementSchedules().generate(src))
          .build();
    };
  }

  /** A measurement schedule: mostly none (measured any time), else one to four distinct months. */
  public static Gen<List<Month>> measurementSchedules() {
    return src -> {
      if (!chance(25).generate(src)) {
        return List.of();
      }
      java.util.TreeSet<Month> months = new java.util.TreeSet<>();
      int count = ints(1, 4).generate(src);
      for (int i = 0; i < count; i++) {
        months.add(Month.of(ints(1, 12).generate(src)));
      }
      return List.copyOf(months);
    };
  }

  public static String describe(Indicator i) {
    return "Indicator "
        + i.id()
        + " \""
        + i.name()
        + "\" baseline "
        + i.baseline()
        + " targets "
        + i.targets();
  }
}
