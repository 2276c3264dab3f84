package io.rakor.persistence.integrity;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@link StoreVerifier} found: how much it checked, and every mismatch (up to the verifier's
 * {@linkplain StoreVerifier.Builder#maxReported(int) limit}, with the total count beyond it).
 * Immutable and thread-safe.
 *
 * @param coverage the coverage the log was held to
 * @param aggregates how many aggregates were read
 * @param events how many log entries were read
 * @param mismatches the mismatches reported, in the order found
 * @param mismatchCount how many mismatches there were in all (at least {@code mismatches.size()})
 * @since 0.1
 */
public record StoreVerification(
    LogCoverage coverage,
    long aggregates,
    long events,
    List<Mismatch> mismatches,
    long mismatchCount) {

  /**
   * Creates a result.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a count is negative or below the mismatches listed
   */
  public StoreVerification {
    Objects.requireNonNull(coverage, "coverage");
    mismatches = ImmutableList.copyOf(mismatches);
    if (aggregates < 0 || events < 0 || mismatchCount < mismatches.size()) {
      throw new IllegalArgumentException(
          "counts are not negative and mismatchCount is at least the mismatches listed");
    }
  }

  /**
   * Whether the store is whole: no mismatch at all.
   *
   * @return true if nothing was found wrong
   */
  public boolean intact() {
    return mismatchCount == 0;
  }

  /**
   * One paragraph for a log or an exception: what was checked, and the first mismatches.
   *
   * @return the summary
   */
  public String summary() {
    String checked =
        aggregates
            + " aggregates and "
            + events
            + " log entries checked (coverage "
            + coverage
            + ")";
    if (intact()) {
      return "intact: " + checked;
    }
    int shown = Math.min(mismatches.size(), 10);
    String listed =
        mismatches.subList(0, shown).stream()
            .map(Mismatch::toString)
            .collect(Collectors.joining("; "));
    long more = mismatchCount - shown;
    return mismatchCount
        + (mismatchCount == 1 ? " mismatch" : " mismatches")
        + " in "
        + checked
        + ": "
        + listed
        + (more > 0 ? "; and " + more + " more" : "");
  }

  /**
   * Throws if the store is not whole.
   *
   * @param what what was verified, for the message, for example {@code "the H2 file
   *     /data/rakor.mv.db"}
   * @return this verification, if intact
   * @throws DamagedStoreException naming every mismatch shown by {@link #summary()}
   */
  public StoreVerification requireIntact(String what) {
    if (!intact()) {
      throw new DamagedStoreException(what + " failed verification: " + summary(), this);
    }
    return this;
  }

  /** Returns {@link #summary()}. */
  @Override
  public String toString() {
    return summary();
  }
}
