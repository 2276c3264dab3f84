package io.rakor.testkit;

import java.util.Objects;

/**
 * How big a generated {@link Scenario} is: start from a preset ({@link #minimal()}, {@link
 * #small()}, {@link #medium()}, {@link #regency()}) and change what you need with the {@code
 * with...} methods, each of which returns a changed copy:
 *
 * <pre>{@code
 * ScenarioSize size = ScenarioSize.regency().withCommitments(1_000).withCycles(1);
 * }</pre>
 *
 * <p>Every count is at least 1; there are at most 999 sub-districts, 999 villages per sub-district
 * and 1,200 cycles. Immutable and thread-safe; equal when every count is equal.
 *
 * @since 0.1
 */
public final class ScenarioSize {
  private final int subDistricts;
  private final int villagesPerSubDistrict;
  private final int agencies;
  private final int indicators;
  private final int priorities;
  private final int commitments;
  private final int cycles;

  private ScenarioSize(
      int subDistricts,
      int villagesPerSubDistrict,
      int agencies,
      int indicators,
      int priorities,
      int commitments,
      int cycles) {
    this.subDistricts = atLeastOne("subDistricts", subDistricts);
    this.villagesPerSubDistrict = atLeastOne("villagesPerSubDistrict", villagesPerSubDistrict);
    this.agencies = atLeastOne("agencies", agencies);
    this.indicators = atLeastOne("indicators", indicators);
    this.priorities = atLeastOne("priorities", priorities);
    this.commitments = atLeastOne("commitments", commitments);
    this.cycles = atLeastOne("cycles", cycles);
    if (subDistricts > 999 || villagesPerSubDistrict > 999 || cycles > 1200) {
      throw new IllegalArgumentException(
          "at most 999 sub-districts, 999 villages per sub-district and 1200 cycles: " + this);
    }
  }

  private static int atLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
    return value;
  }

  /**
   * One of everything: one sub-district of one village, one agency, indicator, priority, commitment
   * and cycle. The size {@link RakorGen#scenarios()} shrinks towards.
   *
   * @return the smallest size
   */
  public static ScenarioSize minimal() {
    return new ScenarioSize(1, 1, 1, 1, 1, 1, 1);
  }

  /**
   * The upper bound used by {@link RakorGen#scenarios()}: up to 3 sub-districts of up to 3
   * villages, 5 agencies, 4 indicators, 3 priorities, 6 commitments and 4 cycles.
   *
   * @return a small size
   */
  public static ScenarioSize small() {
    return new ScenarioSize(3, 3, 5, 4, 3, 6, 4);
  }

  /**
   * A mid-sized regency: 8 sub-districts of 6 villages, 12 agencies, 8 indicators, 5 priorities, 40
   * commitments and 12 cycles; the size of {@link Fixtures#scenario(long)}.
   *
   * @return a medium size
   */
  public static ScenarioSize medium() {
    return new ScenarioSize(8, 6, 12, 8, 5, 40, 12);
  }

  /**
   * The size of a real regency such as Lampung Utara: 23 sub-districts of 11 villages, 40 agencies,
   * 12 indicators, 5 priorities, 300 commitments and 12 monthly cycles.
   *
   * @return a regency's size
   */
  public static ScenarioSize regency() {
    return new ScenarioSize(23, 11, 40, 12, 5, 300, 12);
  }

  /**
   * The number of sub-districts (<i>kecamatan</i>) in the regency.
   *
   * @return at least 1
   */
  public int subDistricts() {
    return subDistricts;
  }

  /**
   * The number of villages in each sub-district.
   *
   * @return at least 1
   */
  public int villagesPerSubDistrict() {
    return villagesPerSubDistrict;
  }

  /**
   * The number of regional agencies (<i>OPD</i>).
   *
   * @return at least 1
   */
  public int agencies() {
    return agencies;
  }

  /**
   * The number of indicators.
   *
   * @return at least 1
   */
  public int indicators() {
    return indicators;
  }

  /**
   * The number of priorities on the meeting's agenda.
   *
   * @return at least 1
   */
  public int priorities() {
    return priorities;
  }

  /**
   * The number of commitments the meeting agrees.
   *
   * @return at least 1
   */
  public int commitments() {
    return commitments;
  }

  /**
   * The number of monthly monitoring cycles.
   *
   * @return at least 1
   */
  public int cycles() {
    return cycles;
  }

  /**
   * A copy with another number of sub-districts.
   *
   * @param subDistricts 1 to 999
   * @return the changed copy
   * @throws IllegalArgumentException if the number is out of range
   */
  public ScenarioSize withSubDistricts(int subDistricts) {
    return new ScenarioSize(
        subDistricts,
        villagesPerSubDistrict,
        agencies,
        indicators,
        priorities,
        commitments,
        cycles);
  }

  /**
   * A copy with another number of villages in each sub-district.
   *
   * @param villagesPerSubDistrict 1 to 999
   * @return the changed copy
   * @throws IllegalArgumentException if the number is out of range
   */
  public ScenarioSize withVillagesPerSubDistrict(int villagesPerSubDistrict) {
    return new ScenarioSize(
        subDistricts,
        villagesPerSubDistrict,
        agencies,
        indicators,
        priorities,
        commitments,
        cycles);
  }

  /**
   * A copy with another number of agencies.
   *
   * @param agencies at least 1
   * @return the changed copy
   * @throws IllegalArgumentException if the number is below 1
   */
  public ScenarioSize withAgencies(int agencies) {
    return new ScenarioSize(
        subDistricts,
        villagesPerSubDistrict,
        agencies,
        indicators,
        priorities,
        commitments,
        cycles);
  }

  /**
   * A copy with another number of indicators.
   *
   * @param indicators at least 1
   * @return the changed copy
   * @throws IllegalArgumentException if the number is below 1
   */
  public ScenarioSize withIndicators(int indicators) {
    return new ScenarioSize(
        subDistricts,
        villagesPerSubDistrict,
        agencies,
        indicators,
        priorities,
        commitments,
        cycles);
  }

  /**
   * A copy with another number of priorities.
   *
   * @param priorities at least 1
   * @return the changed copy
   * @throws IllegalArgumentException if the number is below 1
   */
  public ScenarioSize withPriorities(int priorities) {
    return new ScenarioSize(
        subDistricts,
        villagesPerSubDistrict,
        agencies,
        indicators,
        priorities,
        commitments,
        cycles);
  }

  /**
   * A copy with another number of commitments.
   *
   * @param commitments at least 1
   * @return the changed copy
   * @throws IllegalArgumentException if the number is below 1
   */
  public ScenarioSize withCommitments(int commitments) {
    return new ScenarioSize(
        subDistricts,
        villagesPerSubDistrict,
        agencies,
        indicators,
        priorities,
        commitments,
        cycles);
  }

  /**
   * A copy with another number of monthly cycles.
   *
   * @param cycles 1 to 1,200
   * @return the changed copy
   * @throws IllegalArgumentException if the number is out of range
   */
  public ScenarioSize withCycles(int cycles) {
    return new ScenarioSize(
        subDistricts,
        villagesPerSubDistrict,
        agencies,
        indicators,
        priorities,
        commitments,
        cycles);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScenarioSize s
        && subDistricts == s.subDistricts
        && villagesPerSubDistrict == s.villagesPerSubDistrict
        && agencies == s.agencies
        && indicators == s.indicators
        && priorities == s.priorities
        && commitments == s.commitments
        && cycles == s.cycles;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        subDistricts,
        villagesPerSubDistrict,
        agencies,
        indicators,
        priorities,
        commitments,
        cycles);
  }

  /** Returns the counts by name, for example {@code ScenarioSize[subDistricts=3, ...]}. */
  @Override
  public String toString() {
    return "ScenarioSize[subDistricts="
        + subDistricts
        + ", villagesPerSubDistrict="
        + villagesPerSubDistrict
        + ", agencies="
        + agencies
        + ", indicators="
        + indicators
        + ", priorities="
        + priorities
        + ", commitments="
        + commitments
        + ", cycles="
        + cycles
        + "]";
  }
}
