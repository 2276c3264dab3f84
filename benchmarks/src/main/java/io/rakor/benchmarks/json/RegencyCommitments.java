package io.rakor.benchmarks.json;

import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.Commitment;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.ScenarioSize;

/** The benchmark's data: a seeded, realistic portfolio of commitments from the testkit. */
public final class Portfolio {
  /** The seed every JSON benchmark uses, so that runs on any machine measure the same data. */
  public static final long SEED = 20_260_112L;

  private Portfolio() {}

  /**
   * The commitments of a seeded testkit scenario of a regency the size of Lampung Utara (23
   * sub-districts of 11 villages, 40 agencies) with {@code count} commitments.
   *
   * @param seed the seed; equal seeds give equal portfolios
   * @param count the number of commitments, at least 1
   * @return the commitments, in the scenario's order
   */
  public static ImmutableList<Commitment> commitments(long seed, int count) {
    return Fixtures.scenario(seed, new ScenarioSize(23, 11, 40, 12, 5, count, 1)).commitments();
  }
}
