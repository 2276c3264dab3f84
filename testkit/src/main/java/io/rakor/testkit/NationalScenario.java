package io.rakor.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.testkit.internal.SeededRandomness;
import io.rakor.testkit.internal.Words;
import io.rakor.testkit.internal.gen.Gens;
import io.rakor.testkit.internal.gen.MonitoringGens;
import io.rakor.testkit.internal.gen.TextMix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded scenario at national scale, for benchmarks and examples: many regencies across
 * Indonesia's provinces, each a consistent {@link Scenario} (jurisdictions, units, a meeting,
 * indicators, priorities, commitments, a monthly monitoring plan and its cycles), and a progress
 * report by the lead unit for every commitment in every cycle. Built by {@link
 * Fixtures#nationalScenario(long, NationalScenarioSize)}.
 *
 * <p>Memory: the commitments, cycles and everything else are held; the progress reports (which
 * dominate: commitments × cycles of them) are not. They are made on demand, cycle by cycle, from a
 * seed derived from the national scenario's seed, the regency and the cycle, so {@link
 * #reports(int)} gives the same reports each time it is called, in any order, and a benchmark can
 * stream millions of reports without holding them. Progress rises steadily from cycle to cycle for
 * each commitment.
 *
 * <p>Every regency's plan starts in the same month, so the {@code i}-th cycle of every regency
 * covers the same month (in the regency's own zone). Immutable and thread-safe; the report streams
 * may be consumed in parallel.
 *
 * @since 0.1
 */
public final class NationalScenario {
  /** Commitments per regency, about what one real regency agrees in a year. */
  static final int COMMITMENTS_PER_REGENCY = 300;

  private final long seed;
  private final int cycleCount;
  private final ImmutableList<Scenario> regencies;
  private final ImmutableList<Commitment> commitments;
  private final ImmutableMap<CycleId, int[]> cyclePositions;

  private NationalScenario(long seed, int cycleCount, List<Scenario> regencies) {
    this.seed = seed;
    this.cycleCount = cycleCount;
    this.regencies = ImmutableList.copyOf(regencies);
    this.commitments =
        this.regencies.stream()
            .flatMap(r -> r.commitments().stream())
            .collect(ImmutableList.toImmutableList());
    ImmutableMap.Builder<CycleId, int[]> positions = ImmutableMap.builder();
    for (int r = 0; r < this.regencies.size(); r++) {
      List<MonitoringCycle> cycles = this.regencies.get(r).cycles();
      for (int c = 0; c < cycles.size(); c++) {
        positions.put(cycles.get(c).id(), new int[] {r, c});
      }
    }
    this.cyclePositions = positions.build();
  }

  static NationalScenario generate(long seed, NationalScenarioSize size) {
    int commitments = size.commitments();
    int cycles = size.cycles();
    int regencyCount = (commitments + COMMITMENTS_PER_REGENCY - 1) / COMMITMENTS_PER_REGENCY;
    int perProvince = (regencyCount + Words.PROVINCES.size() - 1) / Words.PROVINCES.size();
    if (perProvince > 99) {
      throw new IllegalArgumentException("at most 1,009,800 commitments, was " + commitments);
    }
    SeededRandomness first = new SeededRandomness(seed);
    LocalDate day = LocalDate.of(2026, 1, 1).plusDays(Gens.ints(0, 19).generate(first));
    List<Scenario> regencies =
        IntStream.range(0, regencyCount)
            .parallel()
            .mapToObj(r -> regency(seed, r, day, commitments, regencyCount, cycles))
            .toList();
    return new NationalScenario(seed, cycles, regencies);
  }

  private static Scenario regency(
      long seed, int r, LocalDate day, int commitments, int regencyCount, int cycles) {
    Words.Province province = Words.PROVINCES.get(r % Words.PROVINCES.size());
    int number = r / Words.PROVINCES.size() + 1;
    JurisdictionCode code = JurisdictionCode.of(province.code()).child(Gens.twoDigits(number));
    String name = Words.REGENCIES.get(r % Words.REGENCIES.size());
    if (r >= Words.REGENCIES.size()) {
      name = name + " " + (r / Words.REGENCIES.size() + 1);
    }
    int share = commitments / regencyCount + (r < commitments % regencyCount ? 1 : 0);
    ScenarioSize size =
        ScenarioSize.small()
            .withAgencies(8)
            .withIndicators(6)
            .withPriorities(4)
            .withCommitments(share)
            .withCycles(cycles);
    return ScenarioGen.generate(
        new ScenarioGen.Place(province, code, name),
        day.plusDays(r % 7),
        size,
        TextMix.REALISTIC,
        ScenarioGen.Purpose.NATIONAL_REGENCY,
        new SeededRandomness(mix(seed, r, -1)));
  }

  private static long mix(long seed, int regency, int cycle) {
    long z = seed ^ (0x9E3779B97F4A7C15L * (regency + 1)) ^ (0xC2B2AE3D27D4EB4FL * (cycle + 2));
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * The seed the national scenario was built from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The regencies, each a consistent scenario without reports (see {@link #reports(int)}).
   *
   * @return the regencies
   */
  public ImmutableList<Scenario> regencies() {
    return regencies;
  }

  /**
   * Every jurisdiction of every regency, with each province once per regency in it.
   *
   * @return the jurisdictions
   */
  public ImmutableList<Jurisdiction> jurisdictions() {
    return flat(Scenario::jurisdictions);
  }

  /**
   * Every unit of every regency.
   *
   * @return the units
   */
  public ImmutableList<ResponsibleUnit> units() {
    return flat(Scenario::units);
  }

  /**
   * Every regency's coordination meeting.
   *
   * @return the meetings
   */
  public ImmutableList<Meeting> meetings() {
    return regencies.stream().map(Scenario::meeting).collect(ImmutableList.toImmutableList());
  }

  /**
   * Every commitment, regency by regency.
   *
   * @return the commitments
   */
  public ImmutableList<Commitment> commitments() {
    return commitments;
  }

  /**
   * Every regency's monitoring plan.
   *
   * @return the plans
   */
  public ImmutableList<MonitoringPlan> plans() {
    return regencies.stream().map(Scenario::plan).collect(ImmutableList.toImmutableList());
  }

  /**
   * Every cycle of every regency.
   *
   * @return the cycles, regency by regency
   */
  public ImmutableList<MonitoringCycle> cycles() {
    return flat(Scenario::cycles);
  }

  /**
   * The number of cycles each regency has.
   *
   * @return the cycles per regency
   */
  public int cycleCount() {
    return cycleCount;
  }

  /**
   * The {@code index}-th cycle of every regency: the same month everywhere.
   *
   * @param index from 0 to {@link #cycleCount()} - 1
   * @return one cycle per regency
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public ImmutableList<MonitoringCycle> cycles(int index) {
    checkIndex(index);
    return regencies.stream()
        .map(r -> r.cycles().get(index))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * How many progress reports the national scenario has: one per commitment per cycle.
   *
   * @return the number of reports
   */
  public long reportCount() {
    return (long) commitments.size() * cycleCount;
  }

  /**
   * The reports of the {@code index}-th cycle, for every commitment of every regency, made on
   * demand: the same reports on every call. The stream may be consumed in parallel.
   *
   * @param index from 0 to {@link #cycleCount()} - 1
   * @return the reports, regency by regency
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Stream<ProgressReport> reports(int index) {
    checkIndex(index);
    return IntStream.range(0, regencies.size()).boxed().flatMap(r -> reports(r, index).stream());
  }

  /**
   * Every report, cycle by cycle, made on demand.
   *
   * @return all {@link #reportCount()} reports
   */
  public Stream<ProgressReport> reports() {
    return IntStream.range(0, cycleCount).boxed().flatMap(this::reports);
  }

  /**
   * The reports of one regency's cycle, made on demand.
   *
   * @param cycle the cycle's id
   * @return the reports, one per commitment of the cycle's regency
   * @throws IllegalArgumentException if the cycle is not in the national scenario
   */
  public List<ProgressReport> reportsIn(CycleId cycle) {
    int[] position = cyclePositions.get(cycle);
    if (position == null) {
      throw new IllegalArgumentException("no cycle " + cycle + " in the national scenario");
    }
    return reports(position[0], position[1]);
  }

  private List<ProgressReport> reports(int regency, int index) {
    Scenario scenario = regencies.get(regency);
    MonitoringCycle cycle = scenario.cycles().get(index);
    SeededRandomness src = new SeededRandomness(mix(seed, regency, index));
    List<ProgressReport> reports = new ArrayList<>(scenario.commitments().size());
    for (Commitment c : scenario.commitments()) {
      double percent = progress(c, index);
      reports.add(
          MonitoringGens.progressReport(c, cycle, percent, percent, TextMix.REALISTIC, src));
    }
    return reports;
  }

  /** Steady progress: each commitment gains a fixed 2 to 10 points per cycle, up to 100. */
  private static double progress(Commitment c, int index) {
    int step = 2 + Math.floorMod(c.id().value().hashCode(), 9);
    return Math.min(100, step * (index + 1));
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= cycleCount) {
      throw new IndexOutOfBoundsException(
          "cycle index " + index + " is outside 0 to " + (cycleCount - 1));
    }
  }

  private <T> ImmutableList<T> flat(Function<Scenario, List<T>> part) {
    return regencies.stream()
        .flatMap(r -> part.apply(r).stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** A summary: how many regencies, commitments, cycles and reports. */
  @Override
  public String toString() {
    return "NationalScenario[seed "
        + seed
        + ": "
        + regencies.size()
        + " regencies, "
        + commitments.size()
        + " commitments, "
        + cycleCount
        + " cycles each, "
        + reportCount()
        + " reports]";
  }
}
