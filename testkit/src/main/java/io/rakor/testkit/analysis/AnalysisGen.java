package io.rakor.testkit.analysis;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.Aggregation;
import io.rakor.core.data.AgreedValue;
import io.rakor.core.data.CollectionMethod;
import io.rakor.core.data.CoverageExpectation;
import io.rakor.core.data.IndicatorRules;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationId;
import io.rakor.core.data.ObservationKey;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.data.ReconciliationConfig;
import io.rakor.core.data.StewardAssignment;
import io.rakor.core.data.Tolerance;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the cross-sector analyses, drawn from deliberately small universes
 * (three units, a dozen jurisdictions, a few weeks, a handful of values) so that overlaps,
 * discrepancies, gaps and roll-up mismatches are common and brute-force oracles stay cheap.
 *
 * <p>Every generator draws all its randomness from the source it is given, so values shrink;
 * counterexamples are described in domain words. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class AnalysisGen {
  /** The jurisdictions small portfolios and observations use: two provinces, nested four deep. */
  public static final List<JurisdictionCode> CODES =
      codes(
          "18",
          "18.01",
          "18.02",
          "18.01.01",
          "18.01.02",
          "18.02.01",
          "18.01.01.2001",
          "18.01.01.2002",
          "18.01.02.2001",
          "18.02.01.2001",
          "19",
          "19.01");

  /**
   * The areas small portfolios use: parents, sub-sectors and siblings, and the two areas the
   * default {@code OverlapRules.relatedAreas()} relate (health's sanitation programme, the
   * sanitation sector).
   */
  public static final List<PriorityArea> AREAS =
      List.of(
          PriorityArea.STUNTING,
          PriorityArea.BASIC_SERVICES,
          PriorityArea.HEALTH,
          PriorityArea.EDUCATION,
          PriorityArea.DISASTER_PREPAREDNESS,
          PriorityArea.HEALTH.sub("sanitation"),
          PriorityArea.SANITATION);

  private static final List<FundingSource> FUNDING_SOURCES =
      List.of(FundingSource.REGIONAL_BUDGET, FundingSource.VILLAGE_FUND, FundingSource.PRIVATE);
  private static final Currency IDR = Currency.getInstance("IDR");

  /** The units that lead commitments and produce observations. */
  public static final List<UnitId> UNITS =
      List.of(UnitId.of("dinkes"), UnitId.of("bps"), UnitId.of("dp3a"));

  /** The indicators targeted and observed. */
  public static final List<IndicatorId> INDICATORS =
      List.of(IndicatorId.of("stunted-children"), IndicatorId.of("stunting-rate"));

  /** The periods observed. */
  public static final List<ObservationPeriod> PERIODS =
      List.of(ObservationPeriod.year(2024), ObservationPeriod.year(2025));

  private static final LocalDate DAY_ZERO = LocalDate.of(2026, 1, 1);
  private static final Instant INSTANT_ZERO = Instant.parse("2026-01-05T00:00:00Z");

  private AnalysisGen() {}

  private static List<JurisdictionCode> codes(String... values) {
    return List.of(values).stream().map(JurisdictionCode::of).collect(Collectors.toList());
  }

  /**
   * Portfolios of up to {@code maxSize} commitments with distinct ids ({@code c00}, {@code c01},
   * ...), random leads, areas, scopes (one to three codes of {@link #CODES}), windows within a few
   * weeks, targets on {@link #INDICATORS} (or a milestone when none), any status, and up to two
   * funding lines of the start's year (APBD, Dana Desa or private money, 100 to 300 rupiah), so
   * that possible double funding is common.
   *
   * @param maxSize the most commitments, at least 0
   * @return the generator
   */
  public static Gen<List<Commitment>> overlapPronePortfolios(int maxSize) {
    Gen<int[]> head =
        integers()
            .between(0, UNITS.size() - 1)
            .zip(
                integers().between(0, AREAS.size() - 1),
                integers().between(0, 40),
                integers().between(0, 20),
                Generate.enumValues(CommitmentStatus.class).map(Enum::ordinal),
                (lead, area, start, length, status) ->
                    new int[] {lead, area, start, length, status});
    Gen<List<Integer>> scope =
        lists().of(integers().between(0, CODES.size() - 1)).ofSizeBetween(1, 3);
    Gen<List<Integer>> indicators =
        lists().of(integers().between(0, INDICATORS.size() - 1)).ofSizeBetween(0, 2);
    Gen<List<Integer>> funding = lists().of(integers().between(0, 8)).ofSizeBetween(0, 2);
    Gen<Spec> spec = head.zip(scope, indicators, funding, Spec::new);
    return lists()
        .of(spec)
        .ofSizeBetween(0, maxSize)
        .map(AnalysisGen::toCommitments)
        .describedAs(AnalysisGen::describeCommitments);
  }

  private record Spec(
      int[] head, List<Integer> scope, List<Integer> indicators, List<Integer> funding) {}

  private static List<Commitment> toCommitments(List<Spec> specs) {
    List<Commitment> out = new ArrayList<>(specs.size());
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      LocalDate start = DAY_ZERO.plusDays(s.head()[2]);
      LocalDate due = start.plusDays(s.head()[3]);
      PriorityArea area = AREAS.get(s.head()[1]);
      var b =
          Commitment.builder()
              .id(CommitmentId.of(String.format("c%02d", i)))
              .originMeeting(MeetingId.of("rakor-gen"))
              .action("Generated action " + i)
              .lead(UNITS.get(s.head()[0]))
              .priority(PriorityId.of(area.root().code()))
              .area(area)
              .start(start)
              .due(due)
              .status(CommitmentStatus.values()[s.head()[4]]);
      new TreeSet<>(s.scope()).forEach(c -> b.addScope(CODES.get(c)));
      Set<Integer> targets = new TreeSet<>(s.indicators());
      targets.forEach(t -> b.addTarget(Target.of(INDICATORS.get(t), 1, due)));
      if (targets.isEmpty()) {
        b.addMilestone(Milestone.of(MilestoneId.of("m1"), "Done", due));
      }
      // funding lines of the start's year from three sources, amounts of 100 to 300
      Set<FundingSource> sources = EnumSet.noneOf(FundingSource.class);
      for (int f : s.funding()) {
        FundingSource source = FUNDING_SOURCES.get(f % FUNDING_SOURCES.size());
        if (sources.add(source)) {
          b.addFundingLines(
              FundingLine.of(source, start.getYear(), BigDecimal.valueOf(100L * (1 + f / 3)), IDR));
        }
      }
      out.add(b.build());
    }
    return out;
  }

  private static String describeCommitments(List<Commitment> commitments) {
    return commitments.stream()
        .map(
            c ->
                c.id()
                    + "{"
                    + c.lead()
                    + " "
                    + c.area()
                    + " "
                    + c.scope()
                    + " "
                    + c.start()
                    + ".."
                    + c.due()
                    + " "
                    + c.targets().stream()
                        .map(t -> t.indicator().value())
                        .collect(Collectors.toList())
                    + " "
                    + c.status()
                    + "}")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * Batches of up to {@code maxSize} observations with distinct ids ({@code o00}, ...), drawn from
   * {@link #INDICATORS} × {@link #CODES} (first eight) × {@link #PERIODS}, produced by {@link
   * #UNITS}, with values from a small set (so that ties, agreements and discrepancies are all
   * common) and a few collection instants (so that revisions and same-instant ties occur). Two in
   * three carry a numerator and a denominator (of 100 or 200), so that rates can be weighted and
   * some cannot; one in four is for women or for men rather than the total.
   *
   * @param maxSize the most observations, at least 0
   * @return the generator
   */
  public static Gen<List<Observation>> observationBatches(int maxSize) {
    Gen<int[]> spec =
        integers()
            .between(0, INDICATORS.size() - 1)
            .zip(
                integers().between(0, 7),
                integers().between(0, PERIODS.size() - 1),
                integers().between(0, UNITS.size() - 1),
                integers().between(0, 2),
                (i, j, p, u, t) -> new int[] {i, j, p, u, t});
    Gen<int[]> withValue =
        spec.zip(
            integers().between(0, 12),
            integers().between(0, 7),
            (s, v, part) -> new int[] {s[0], s[1], s[2], s[3], s[4], v, part});
    return lists()
        .of(withValue)
        .ofSizeBetween(0, maxSize)
        .map(AnalysisGen::toObservations)
        .describedAs(AnalysisGen::describeObservations);
  }

  private static List<Observation> toObservations(List<int[]> specs) {
    List<Observation> out = new ArrayList<>(specs.size());
    for (int i = 0; i < specs.size(); i++) {
      int[] s = specs.get(i);
      double value = 10 + s[5] * 0.5;
      Observation.Builder o =
          Observation.builder()
              .id(ObservationId.of(String.format("o%02d", i)))
              .indicator(INDICATORS.get(s[0]))
              .jurisdiction(CODES.get(s[1]))
              .period(PERIODS.get(s[2]))
              .producer(UNITS.get(s[3]))
              .collectedAt(INSTANT_ZERO.plusSeconds(3600L * s[4]))
              .method(CollectionMethod.values()[s[5] % CollectionMethod.values().length])
              .value(value);
      if (s[5] % 3 != 0) {
        double denominator = 100 * (1 + s[6] % 2);
        o.numerator(value * denominator / 100).denominator(denominator);
      }
      if (s[6] >= 6) {
        o.disaggregation(Disaggregation.of(Disaggregation.SEX, s[6] == 6 ? "female" : "male"));
      }
      out.add(o.build());
    }
    return out;
  }

  private static String describeObservations(List<Observation> observations) {
    return observations.stream()
        .map(
            o ->
                o.id()
                    + "{"
                    + o.key()
                    + " "
                    + o.producer()
                    + "="
                    + o.value()
                    + " at "
                    + o.collectedAt()
                    + "}")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * Configurations for {@link #observationBatches}: per indicator, either no rules or a steward
   * from {@link #UNITS} with an absolute or relative tolerance and either aggregation; a default
   * tolerance; up to two agreed values on keys of the same universe; a coverage expectation for the
   * first indicator; and up to two steward assignments (a level, a jurisdiction, for one indicator
   * or every one).
   *
   * @return the generator
   */
  public static Gen<ReconciliationConfig> reconciliationConfigs() {
    Gen<IndicatorRules> first = rules(INDICATORS.get(0));
    Gen<IndicatorRules> second = rules(INDICATORS.get(1));
    Gen<List<Integer>> agreed =
        lists().of(integers().between(0, 8 * 2 * 2 - 1)).ofSizeBetween(0, 2);
    Gen<List<Integer>> expected = lists().of(integers().between(0, 7)).ofSizeBetween(1, 4);
    Gen<ReconciliationConfig> configs =
        first
            .toOptionals(30)
            .zip(
                second.toOptionals(30),
                tolerances(),
                agreed,
                expected,
                (r1, r2, tolerance, agreedKeys, expectedCodes) -> {
                  var b = ReconciliationConfig.builder().defaultTolerance(tolerance);
                  r1.ifPresent(b::addIndicator);
                  r2.ifPresent(b::addIndicator);
                  for (int k : new TreeSet<>(agreedKeys)) {
                    ObservationKey key =
                        ObservationKey.of(
                            INDICATORS.get(k % 2), CODES.get((k / 2) % 8), PERIODS.get(k / 16));
                    b.addAgreedValue(
                        AgreedValue.builder()
                            .key(key)
                            .value(11.25)
                            .justification("Agreed in the generated meeting")
                            .addAgreedBy(UNITS.get(0))
                            .agreedOn(DAY_ZERO)
                            .build());
                  }
                  b.addExpectation(
                      CoverageExpectation.builder()
                          .indicator(INDICATORS.get(0))
                          .jurisdictions(
                              new LinkedHashSet<>(expectedCodes)
                                  .stream().map(CODES::get).collect(Collectors.toList()))
                          .addPeriods(PERIODS.get(0), PERIODS.get(1))
                          .build());
                  ReconciliationConfig config = b.build();
                  return config;
                })
            .zip(stewardAssignments(), (config, stewards) -> config.withStewards(stewards))
            .describedAs(
                c ->
                    "config{rules="
                        + c.indicators()
                        + ", default="
                        + c.defaultTolerance()
                        + ", agreed="
                        + c.agreedValues().stream()
                            .map(a -> a.key().toString())
                            .collect(Collectors.toList())
                        + ", expected="
                        + c.expectations().get(0).jurisdictions()
                        + ", stewards="
                        + c.stewards()
                        + "}");
    return configs;
  }

  private static Gen<IndicatorRules> rules(IndicatorId indicator) {
    return integers()
        .between(0, UNITS.size() - 1)
        .zip(
            tolerances(),
            Generate.enumValues(Aggregation.class),
            (steward, tolerance, aggregation) ->
                IndicatorRules.builder()
                    .indicator(indicator)
                    .steward(UNITS.get(steward))
                    .tolerance(tolerance)
                    .aggregation(aggregation)
                    .build());
  }

  /**
   * Up to two steward assignments drawn from {@link #UNITS}: at the province or regency level or at
   * one of the first three {@link #CODES}, for the first indicator or for every indicator, never
   * two for the same scope.
   *
   * @return the generator
   */
  public static Gen<List<StewardAssignment>> stewardAssignments() {
    Gen<StewardAssignment> one =
        integers()
            .between(0, 4)
            .zip(
                Generate.booleans(),
                integers().between(0, UNITS.size() - 1),
                (where, forAll, unit) -> {
                  StewardAssignment.Builder b =
                      StewardAssignment.builder().steward(UNITS.get(unit));
                  if (where == 0) {
                    b.level(JurisdictionLevel.PROVINCE);
                  } else if (where == 1) {
                    b.level(JurisdictionLevel.REGENCY);
                  } else {
                    b.jurisdiction(CODES.get(where - 2));
                  }
                  if (!forAll) {
                    b.indicator(INDICATORS.get(0));
                  }
                  return b.build();
                });
    return lists()
        .of(one)
        .ofSizeBetween(0, 2)
        .map(
            list -> {
              List<StewardAssignment> distinct = new ArrayList<>();
              Set<String> scopes = new java.util.HashSet<>();
              for (StewardAssignment a : list) {
                String scope =
                    a.indicator()
                        + "@"
                        + a.jurisdiction().map(Object::toString).orElse("")
                        + a.level().map(l -> "depth " + l.depth()).orElse("");
                if (scopes.add(scope)) {
                  distinct.add(a);
                }
              }
              return distinct;
            });
  }

  /**
   * Consistent trees of figures for {@code stunted-children} in 2025, one observation per
   * jurisdiction by {@code dinkes}: province {@code 18}, one to three regencies, each with one to
   * three sub-districts, each with one to three villages. For {@link Aggregation#SUM} a village's
   * value is a whole number from 0 to 100 and every other figure is the sum of its children's; for
   * {@link Aggregation#RATE} a village has a numerator from 0 to 50 and a denominator from 1 to 60,
   * every other figure the sums of its children's, and each value is the numerator over the
   * denominator times 100. Observations are in key order, the province first.
   *
   * @param aggregation {@code SUM} or {@code RATE}
   * @return the generator
   * @throws IllegalArgumentException for {@code NONE}
   */
  public static Gen<List<Observation>> figureTrees(Aggregation aggregation) {
    if (aggregation == Aggregation.NONE) {
      throw new IllegalArgumentException("figure trees add up: SUM or RATE, not NONE");
    }
    Gen<int[]> village =
        integers().between(0, 50).zip(integers().between(1, 60), (n, d) -> new int[] {n, d});
    Gen<List<int[]>> subDistrict = lists().of(village).ofSizeBetween(1, 3);
    Gen<List<List<int[]>>> regency = lists().of(subDistrict).ofSizeBetween(1, 3);
    return lists()
        .of(regency)
        .ofSizeBetween(1, 3)
        .map(tree -> toTree(tree, aggregation))
        .describedAs(AnalysisGen::describeObservations);
  }

  private static List<Observation> toTree(List<List<List<int[]>>> tree, Aggregation aggregation) {
    List<Observation> out = new ArrayList<>();
    JurisdictionCode province = JurisdictionCode.of("18");
    out.add(null); // the province, once its sums are known
    double[] provinceSums = new double[2];
    for (int r = 0; r < tree.size(); r++) {
      JurisdictionCode regency = province.child(r + 1);
      int regencyAt = out.size();
      out.add(null);
      double[] regencySums = new double[2];
      for (int k = 0; k < tree.get(r).size(); k++) {
        JurisdictionCode subDistrict = regency.child(k + 1);
        int subDistrictAt = out.size();
        out.add(null);
        double[] sums = new double[2];
        List<int[]> villages = tree.get(r).get(k);
        for (int v = 0; v < villages.size(); v++) {
          int[] figure = villages.get(v);
          double[] own =
              aggregation == Aggregation.SUM
                  ? new double[] {figure[0] + figure[1], 0}
                  : new double[] {figure[0], figure[1]};
          out.add(treeFigure(subDistrict.child(2001 + v), own, aggregation));
          sums[0] += own[0];
          sums[1] += own[1];
        }
        out.set(subDistrictAt, treeFigure(subDistrict, sums, aggregation));
        regencySums[0] += sums[0];
        regencySums[1] += sums[1];
      }
      out.set(regencyAt, treeFigure(regency, regencySums, aggregation));
      provinceSums[0] += regencySums[0];
      provinceSums[1] += regencySums[1];
    }
    out.set(0, treeFigure(province, provinceSums, aggregation));
    return out;
  }

  private static Observation treeFigure(
      JurisdictionCode code, double[] figure, Aggregation aggregation) {
    Observation.Builder o =
        Observation.builder()
            .id(ObservationId.of("t-" + code))
            .indicator(INDICATORS.get(0))
            .jurisdiction(code)
            .period(PERIODS.get(1))
            .producer(UNITS.get(0))
            .collectedAt(INSTANT_ZERO)
            .method(CollectionMethod.ADMINISTRATIVE);
    if (aggregation == Aggregation.SUM) {
      return o.value(figure[0]).build();
    }
    return o.value(100 * figure[0] / figure[1]).numerator(figure[0]).denominator(figure[1]).build();
  }

  /**
   * Absolute tolerances of 0 to 2 and relative tolerances of 0 to 20 per cent.
   *
   * @return the generator
   */
  public static Gen<Tolerance> tolerances() {
    return Generate.booleans()
        .zip(
            integers().between(0, 4),
            (relative, step) ->
                relative ? Tolerance.relative(step * 0.05) : Tolerance.absolute(step * 0.5));
  }
}
