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

import io.rakor.core.indicators.CollectionFrequency;
import io.rakor.core.indicators.DataSource;
import io.rakor.core.indicators.DataSourceKind;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.indicators.IndicatorType;
import io.rakor.core.indicators.JurisdictionBaseline;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import io.rakor.testkit.internal.Words;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of dated values and indicators. Stateless and thread-safe. */
public final class IndicatorGens {
  private IndicatorGens() {}

  /** The generator behind {@code RakorGen.datedValues()}. */
  public static Gen<DatedValue> datedValues() {
    return finiteDoubles().zip(dates(), DatedValue::of);
  }

  /**
   * The generator behind {@code RakorGen.indicators()}: {@link #indicators(IndicatorId, UnitId,
   * LocalDate)} with the fields of results frameworks set at random (type, data source, frequency,
   * SPM flag, a rate base with a rate baseline, jurisdiction baselines).
   */
  public static Gen<Indicator> indicators() {
    Gen<Indicator> gen =
        src -> {
          Indicator i =
              indicators(
                      indicatorIds().generate(src), unitIds().generate(src), dates().generate(src))
                  .generate(src);
          Indicator.Builder b = Indicator.builder().from(i);
          b.type(optional(Generate.enumValues(IndicatorType.class)).generate(src));
          b.dataSource(optional(dataSources()).generate(src));
          b.collectionFrequency(
              optional(Generate.enumValues(CollectionFrequency.class)).generate(src));
          b.minimumServiceStandard(chance(20).generate(src));
          if (chance(30).generate(src)) {
            long base = pick(RATE_BASES).generate(src);
            b.rateBase(base);
            if (coinFlip(src)) {
              b.baseline(rateValues(base, i.baseline().date()).generate(src));
            }
          }
          int count = ints(0, 3).generate(src);
          java.util.Set<JurisdictionCode> seen = new java.util.HashSet<>();
          for (int k = 0; k < count; k++) {
            JurisdictionCode code = JurisdictionGens.jurisdictionCodes().generate(src);
            if (seen.add(code)) {
              b.addJurisdictionBaselines(
                  JurisdictionBaseline.of(
                      code, DatedValue.of(finiteDoubles().generate(src), i.baseline().date())));
            }
          }
          return b.build();
        };
    return gen.describedAs(IndicatorGens::describe);
  }

  private static boolean coinFlip(org.quicktheories.core.RandomnessSource src) {
    return chance(50).generate(src);
  }

  /** The rate bases generated: a percent, per mille, per hundred thousand, a proportion. */
  static final List<Long> RATE_BASES = List.of(100L, 1000L, 100_000L, 1L);

  /**
   * Values of a rate with their numerator and denominator: a denominator from 1 to a million, a
   * numerator from 0 to it, the value computed.
   */
  public static Gen<DatedValue> rateValues(long base, LocalDate date) {
    return src -> {
      int denominator = ints(1, 1_000_000).generate(src);
      int numerator = ints(0, denominator).generate(src);
      return DatedValue.ofRate(numerator, denominator, base, date);
    };
  }

  /** The generator behind {@code RakorGen.dataSources()}. */
  public static Gen<DataSource> dataSources() {
    return src ->
        DataSource.builder()
            .kind(Generate.enumValues(DataSourceKind.class).generate(src))
            .name(
                optional(pick(List.of("SSGI", "e-PPGBM", "Susenas", "SIPD", "Laporan Puskesmas")))
                    .generate(src))
            .build();
  }

  /** The generator behind {@code RakorGen.jurisdictionBaselines()}. */
  public static Gen<JurisdictionBaseline> jurisdictionBaselines() {
    return JurisdictionGens.jurisdictionCodes().zip(datedValues(), JurisdictionBaseline::of);
  }

  private static final List<String> SEXES = List.of("female", "male");
  private static final List<String> AGE_GROUPS =
      List.of("0-5 months", "6-23 months", "24-59 months", "15-49 years");

  /**
   * The generator behind {@code RakorGen.disaggregations()}: the total, or one to three dimensions
   * of sex, age group, place (a jurisdiction code, urban or rural) and an arbitrary dimension with
   * an arbitrary category.
   */
  public static Gen<Disaggregation> disaggregations() {
    return src -> {
      if (chance(25).generate(src)) {
        return Disaggregation.TOTAL;
      }
      TreeMap<String, String> categories = new TreeMap<>();
      if (coinFlip(src)) {
        categories.put(Disaggregation.SEX, pick(SEXES).generate(src));
      }
      if (coinFlip(src)) {
        categories.put(Disaggregation.AGE_GROUP, pick(AGE_GROUPS).generate(src));
      }
      if (coinFlip(src)) {
        categories.put(
            Disaggregation.PLACE,
            coinFlip(src)
                ? JurisdictionGens.jurisdictionCodes().generate(src).value()
                : pick(List.of("urban", "rural")).generate(src));
      }
      if (chance(20).generate(src)) {
        categories.put(
            pick(List.of("disability", "wealth_quintile", "d2")).generate(src),
            pick(List.of("none", "Q1", "tunanetra", "penyandang disabilitas", "ménage", "低收入"))
                .generate(src));
      }
      return Disaggregation.of(categories);
    };
  }

  private static final List<Disaggregation> SAMPLE_DISAGGREGATIONS =
      List.of(
          Disaggregation.TOTAL,
          Disaggregation.of(Disaggregation.SEX, "female"),
          Disaggregation.of(Disaggregation.SEX, "male").and(Disaggregation.AGE_GROUP, "0-5 months"),
          Disaggregation.of(Disaggregation.PLACE, "18.03.01"),
          Disaggregation.of(Disaggregation.PLACE, "rural").and("disability", "tunanetra"));

  /** One of a few disaggregations, chosen by a number, for generators that draw no randomness. */
  public static Disaggregation sampleDisaggregation(int choice) {
    return SAMPLE_DISAGGREGATIONS.get(Math.floorMod(choice, SAMPLE_DISAGGREGATIONS.size()));
  }

  /** Optional rate parts: none, or a numerator, denominator and base that agree with a value. */
  public static Gen<Optional<double[]>> rateParts() {
    return src -> {
      if (!chance(25).generate(src)) {
        return Optional.empty();
      }
      long base = pick(RATE_BASES).generate(src);
      int denominator = ints(1, 1_000_000).generate(src);
      int numerator = ints(0, denominator).generate(src);
      return Optional.of(new double[] {numerator, denominator, base});
    };
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
