package io.rakor.persistence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.units.UnitId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which progress reports to find; every criterion given must hold, an absent one matches all (rule
 * 301 of {@link RakorStore}). Results come in {@link #ORDER}: by submission instant, then by id
 * text (rule 302). The criteria: the {@code cycle} reported for, the {@code commitment} reported
 * on, the {@code reportingUnit}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgressReportQuery.class)
@JsonDeserialize(as = ImmutableProgressReportQuery.class)
public abstract class ProgressReportQuery implements WithProgressReportQuery {
  /** The order of results: submission instant, then id text. */
  public static final Comparator<ProgressReport> ORDER =
      Comparator.comparing(ProgressReport::submittedAt).thenComparing(r -> r.id().value());

  ProgressReportQuery() {}

  /**
   * Starts building a query.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ProgressReportQuery} values, checking every invariant in {@link #build()}.
   * Obtained from {@link ProgressReportQuery#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableProgressReportQuery.Builder {
    Builder() {}
  }

  /**
   * The reports of one cycle.
   *
   * @param cycle the cycle
   * @return the query
   */
  public static ProgressReportQuery forCycle(CycleId cycle) {
    return builder().cycle(cycle).build();
  }

  /**
   * The reports on one commitment.
   *
   * @param commitment the commitment
   * @return the query
   */
  public static ProgressReportQuery forCommitment(CommitmentId commitment) {
    return builder().commitment(commitment).build();
  }

  /**
   * The cycle reported for.
   *
   * @return the cycle's id, if the query asks for one
   */
  public abstract Optional<CycleId> cycle();

  /**
   * The commitment reported on.
   *
   * @return the commitment's id, if the query asks for one
   */
  public abstract Optional<CommitmentId> commitment();

  /**
   * The unit that reported.
   *
   * @return the unit's id, if the query asks for one
   */
  public abstract Optional<UnitId> reportingUnit();

  /**
   * Whether a report matches every criterion; the reference for a store's results.
   *
   * @param r a report
   * @return true if it matches
   */
  public boolean matches(ProgressReport r) {
    return cycle().map(c -> r.cycle().equals(c)).orElse(true)
        && commitment().map(c -> r.commitment().equals(c)).orElse(true)
        && reportingUnit().map(u -> r.reportingUnit().equals(u)).orElse(true);
  }

  /**
   * The cursor after a report: its submission instant and id.
   *
   * @param r the last report of a page
   * @return the cursor
   */
  public static Cursor cursorOf(ProgressReport r) {
    return Cursor.of(r.submittedAt().toString(), r.id().value());
  }

  /**
   * Whether a report sorts strictly after a cursor in {@link #ORDER}.
   *
   * @param r a report
   * @param cursor a cursor made by {@link #cursorOf(ProgressReport)}
   * @return true if {@code r} belongs on a later page
   * @throws StoreException if the cursor was not made for progress reports
   */
  public static boolean isAfter(ProgressReport r, Cursor cursor) {
    Instant at = cursorSubmittedAt(cursor);
    int bySubmission = r.submittedAt().compareTo(at);
    return bySubmission > 0 || (bySubmission == 0 && r.id().value().compareTo(cursor.idText()) > 0);
  }

  /**
   * The submission instant a cursor holds, for stores that page with {@code (submitted_at, id) >
   * (?, ?)}.
   *
   * @param cursor a cursor made by {@link #cursorOf(ProgressReport)}
   * @return the submission instant of the last report of the page
   * @throws StoreException if the cursor was not made for progress reports
   */
  public static Instant cursorSubmittedAt(Cursor cursor) {
    try {
      return Instant.parse(cursor.sortKey());
    } catch (DateTimeParseException e) {
      throw new StoreException("not a cursor of a progress report query: " + cursor, e);
    }
  }
}
