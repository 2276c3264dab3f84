package io.rakor.testkit;

import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.RakorStore;
import io.rakor.testkit.internal.LoggedWriter;
import io.rakor.testkit.internal.SeededRandomness;
import io.rakor.testkit.internal.gen.TextMix;
import java.time.Instant;
import java.util.List;
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

  /**
   * Writes a scenario into a store the way the coordination service records it, so that its log
   * explains every stored version: every aggregate saved with an {@code AGGREGATE_IMPORTED} event
   * that names it (its subject kind the simple name of the value type, its subject id the id text),
   * as the service's {@code importAll} does for values brought in in any state, one transaction per
   * kind; then every commitment saved once more, unchanged, with a {@code PROGRESS_REPORTED} event
   * of its own. The store then verifies under {@code
   * io.rakor.persistence.integrity.LogCoverage.EVERY_VERSION}; use it for tests of verification,
   * export, import and copy. The events are dated from 2026-01-12T00:00:00Z, a second apart, and
   * name the scenario's first unit as secretariat.
   *
   * @param store an empty store
   * @param scenario the scenario
   * @return how many log entries were appended: one per aggregate, plus one per commitment
   */
  public static long writeWithLog(RakorStore store, Scenario scenario) {
    LoggedWriter w =
        new LoggedWriter(
            store,
            Actor.of(scenario.units().get(0).id(), Role.SECRETARIAT),
            Instant.parse("2026-01-12T00:00:00Z"));
    w.create(AggregateKind.JURISDICTION, scenario.jurisdictions(), v -> LoggedWriter.PRESENT);
    w.create(AggregateKind.UNIT, scenario.units(), v -> LoggedWriter.PRESENT);
    w.create(AggregateKind.FORUM, scenario.forums(), v -> LoggedWriter.PRESENT);
    w.create(AggregateKind.OFFICIAL, scenario.officials(), v -> LoggedWriter.PRESENT);
    w.create(AggregateKind.INDICATOR, scenario.indicators(), v -> LoggedWriter.PRESENT);
    w.create(AggregateKind.PRIORITY, scenario.priorities(), v -> LoggedWriter.PRESENT);
    w.create(AggregateKind.MEETING, List.of(scenario.meeting()), m -> m.status().name());
    w.create(AggregateKind.COMMITMENT, scenario.commitments(), c -> c.status().name());
    w.create(AggregateKind.MONITORING_PLAN, List.of(scenario.plan()), v -> LoggedWriter.PRESENT);
    w.create(AggregateKind.MONITORING_CYCLE, scenario.cycles(), c -> c.status().name());
    w.create(AggregateKind.PROGRESS_REPORT, scenario.reports(), v -> LoggedWriter.PRESENT);
    w.touch(AggregateKind.COMMITMENT, scenario.commitments(), 1, c -> c.status().name());
    return w.events();
  }
}
