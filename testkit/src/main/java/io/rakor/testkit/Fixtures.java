package io.rakor.testkit;

import io.rakor.testkit.internal.SeededRandomness;
import org.quicktheories.core.Gen;

/**
 * Seeded, reproducible data sets for examples, documentation and benchmarks: the same seed gives
 * the same data, on any machine and in any run. The data come from the same generators as {@link
 * RakorGen}, driven by a seeded random source instead of a property run.
 *
 * <p>The scenarios here use realistic Indonesian text only (agency, <i>kecamatan</i> and village
 * names, titles, actions), so that examples read well; {@link RakorGen#scenarios(ScenarioSize)}
 * mixes in arbitrary Unicode. Stateless and thread-safe; every call builds new values.
 *
 * @since 0.1
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * One value of any generator, reproducibly.
   *
   * @param gen the generator, for example {@code RakorGen.commitments()}
   * @param seed the seed
   * @param <T> the value type
   * @return the value the generator yields for this seed; equal for equal seeds
   */
  public static <T> T sample(Gen<T> gen, long seed) {
    return gen.generate(new SeededRandomness(seed));
  }

  /**
   * A mid-sized consistent scenario ({@link ScenarioSize#medium()}): a regency with 8
   * sub-districts, 48 villages, agencies, police, military, cooperatives, a meeting, 40
   * commitments, 12 monthly cycles and their progress reports.
   *
   * @param seed the seed
   * @return the scenario for this seed; equal for equal seeds
   */
  public static Scenario scenario(long seed) {
    return scenario(seed, ScenarioSize.medium());
  }

  /**
   * A consistent scenario of the given size.
   *
   * @param seed the seed
   * @param size the scenario's size
   * @return the scenario for this seed and size; equal for equal arguments
   */
  public static Scenario scenario(long seed, ScenarioSize size) {
    return sample(RakorGen.scenarios(size, false), seed);
  }

  /**
   * A national-scale portfolio: {@code commitments} commitments spread over regencies of about 300
   * commitments each, across Indonesia's provinces, each regency with {@code cycles} monthly
   * monitoring cycles and a report for every commitment in every cycle (made on demand; see {@link
   * Portfolio}). {@code portfolio(seed, 150_000, 24)} is a national view: 500 regencies, 3.6
   * million reports.
   *
   * @param seed the seed
   * @param commitments how many commitments, at least 1
   * @param cycles how many monthly cycles per regency, 1 to 1200
   * @return the portfolio for these arguments; equal data for equal arguments
   * @throws IllegalArgumentException if a count is out of range
   */
  public static Portfolio portfolio(long seed, int commitments, int cycles) {
    return Portfolio.generate(seed, commitments, cycles);
  }
}
