package io.rakor.benchmarks.json;

import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.Commitment;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.ScenarioSize;

/**
 * The JSON benchmark's data: the commitments of a seeded testkit scenario of a regency the size of
 * Lampung Utara (23 sub-districts of 11 villages, 40 agencies), with as many commitments as asked.
 */
final class RegencyCommitments {
  /** The seed every JSON benchmark uses, so that runs on any machine measure the same data. */
  static final long SEED = 20_260_112L;

  private RegencyCommitments() {}

  /**
   * The commitments of a seeded regency-sized scenario with {@code count} commitments.
   *
   * @param seed the seed; equal seeds give equal commitments
   * @param count the number of commitments, at least 1
   * @return the commitments, in the scenario's order
   */
  static ImmutableList<Commitment> commitments(long seed, int count) {
    ScenarioSize size = ScenarioSize.regency().withCommitments(count).withCycles(1);
    return Fixtures.scenario(seed, size).commitments();
  }
}
