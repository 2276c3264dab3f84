package io.rakor.testkit;

/**
 * How big a generated {@link Scenario} is. Immutable and thread-safe.
 *
 * @param subDistricts the number of sub-districts (<i>kecamatan</i>) in the regency
 * @param villagesPerSubDistrict the number of villages in each sub-district
 * @param agencies the number of regional agencies (<i>OPD</i>)
 * @param indicators the number of indicators
 * @param priorities the number of priorities on the meeting's agenda
 * @param commitments the number of commitments the meeting agrees
 * @param cycles the number of monthly monitoring cycles
 * @since 0.1
 */
public record ScenarioSize(
    int subDistricts,
    int villagesPerSubDistrict,
    int agencies,
    int indicators,
    int priorities,
    int commitments,
    int cycles) {

  /**
   * Creates a size.
   *
   * @throws IllegalArgumentException if any count is below 1, or there are more than 999
   *     sub-districts, 999 villages per sub-district or 1,200 cycles
   */
  public ScenarioSize {
    atLeastOne("subDistricts", subDistricts);
    atLeastOne("villagesPerSubDistrict", villagesPerSubDistrict);
    atLeastOne("agencies", agencies);
    atLeastOne("indicators", indicators);
    atLeastOne("priorities", priorities);
    atLeastOne("commitments", commitments);
    atLeastOne("cycles", cycles);
    if (subDistricts > 999 || villagesPerSubDistrict > 999 || cycles > 1200) {
      throw new IllegalArgumentException(
          "at most 999 sub-districts, 999 villages per sub-district and 1200 cycles: " + this);
    }
  }

  private static void atLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
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
}
