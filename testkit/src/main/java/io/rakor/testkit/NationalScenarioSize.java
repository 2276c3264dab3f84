package io.rakor.testkit;

import java.util.Objects;

/**
 * How big a {@link NationalScenario} is: how many commitments in all, spread over regencies of
 * about 300 each, and how many monthly cycles each regency has. Start from {@link #defaults()} and
 * change what you need with the {@code with...} methods, each of which returns a changed copy:
 *
 * <pre>{@code
 * NationalScenarioSize size = NationalScenarioSize.defaults().withCommitments(1_000).withCycles(6);
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when both counts are equal.
 *
 * @since 0.1
 */
public final class NationalScenarioSize {
  private final int commitments;
  private final int cycles;

  private NationalScenarioSize(int commitments, int cycles) {
    if (commitments < 1) {
      throw new IllegalArgumentException("commitments must be at least 1, was " + commitments);
    }
    if (cycles < 1 || cycles > 1200) {
      throw new IllegalArgumentException("cycles must be 1 to 1200, was " + cycles);
    }
    this.commitments = commitments;
    this.cycles = cycles;
  }

  /**
   * A national view: 150,000 commitments (500 regencies) and 24 monthly cycles, so 3.6 million
   * progress reports.
   *
   * @return the default size
   */
  public static NationalScenarioSize defaults() {
    return new NationalScenarioSize(150_000, 24);
  }

  /**
   * How many commitments in all.
   *
   * @return at least 1
   */
  public int commitments() {
    return commitments;
  }

  /**
   * How many monthly cycles each regency has.
   *
   * @return 1 to 1,200
   */
  public int cycles() {
    return cycles;
  }

  /**
   * A copy with another number of commitments.
   *
   * @param commitments at least 1; a national scenario holds at most 1,009,800
   * @return the changed copy
   * @throws IllegalArgumentException if the number is below 1
   */
  public NationalScenarioSize withCommitments(int commitments) {
    return new NationalScenarioSize(commitments, cycles);
  }

  /**
   * A copy with another number of monthly cycles per regency.
   *
   * @param cycles 1 to 1,200
   * @return the changed copy
   * @throws IllegalArgumentException if the number is out of range
   */
  public NationalScenarioSize withCycles(int cycles) {
    return new NationalScenarioSize(commitments, cycles);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NationalScenarioSize s
        && commitments == s.commitments
        && cycles == s.cycles;
  }

  @Override
  public int hashCode() {
    return Objects.hash(commitments, cycles);
  }

  /** Returns both counts, for example {@code NationalScenarioSize[commitments=1000, cycles=6]}. */
  @Override
  public String toString() {
    return "NationalScenarioSize[commitments=" + commitments + ", cycles=" + cycles + "]";
  }
}
