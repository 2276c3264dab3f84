package io.rakor.testkit;

import io.rakor.testkit.internal.SeededRandomness;
import io.rakor.testkit.internal.gen.TextMix;
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
    return sample(ScenarioGen.scenarios(size, TextMix.REALISTIC), seed);
  }

  /**
   * A scenario at national scale: commitments spread over regencies of about 300 commitments each,
   * across Indonesia's provinces, each regency with its monthly monitoring cycles and a report for
   * every commitment in every cycle (made on demand; see {@link NationalScenario}). {@code
   * nationalScenario(seed, NationalScenarioSize.defaults())} is a national view: 500 regencies, 3.6
   * million reports.
   *
   * @param seed the seed
   * @param size how many commitments in all, and how many cycles per regency
   * @return the national scenario for this seed and size; equal data for equal arguments
   * @throws IllegalArgumentException if the size has more than 1,009,800 commitments
   */
  public static NationalScenario nationalScenario(long seed, NationalScenarioSize size) {
    return NationalScenario.generate(seed, size);
  }
}
