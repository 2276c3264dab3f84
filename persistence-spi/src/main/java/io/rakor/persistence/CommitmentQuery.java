package io.rakor.persistence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which commitments to find; every criterion given must hold (rule 301 of {@link RakorStore}), an
 * absent one matches all. Results come in {@link #ORDER}: by due date, then by id text (rule 302).
 *
 * <p>The criteria, exactly ({@link #matches(Commitment)} is the reference):
 *
 * <ul>
 *   <li>{@code lead}: the commitment's lead unit is this unit;
 *   <li>{@code supporter}: this unit is among the supporters;
 *   <li>{@code involving}: this unit is the lead or a supporter;
 *   <li>{@code area}: the commitment's area is this area or a sub-area of it ({@link
 *       PriorityArea#isWithin(PriorityArea)});
 *   <li>{@code priority}: the commitment serves this priority;
 *   <li>{@code statuses}: the status is one of these (an empty set matches every status);
 *   <li>{@code dueOnOrAfter}, {@code dueBefore}: the due date is in the half-open range;
 *   <li>{@code within}: some jurisdiction of the scope is this one or lies below it (the subtree);
 *   <li>{@code originMeeting}: the commitment was agreed at this meeting.
 * </ul>
 *
 * <p>Invariants, checked when built: {@code dueBefore} is after {@code dueOnOrAfter} when both are
 * given. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitmentQuery.class)
@JsonDeserialize(as = ImmutableCommitmentQuery.class)
public abstract class CommitmentQuery implements WithCommitmentQuery {
  /** The order of results: due date, then id text. */
  public static final Comparator<Commitment> ORDER =
      Comparator.comparing(Commitment::due).thenComparing(c -> c.id().value());

  CommitmentQuery() {}

  /**
   * Starts building a query.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link CommitmentQuery} values, checking every invariant in {@link #build()}. Obtained
   * from {@link CommitmentQuery#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableCommitmentQuery.Builder {
    Builder() {}
  }

  /**
   * The query that matches every commitment.
   *
   * @return the query
   */
  public static CommitmentQuery all() {
    return builder().build();
  }

  /**
   * The lead unit.
   *
   * @return the unit, if the query asks for one
   */
  public abstract Optional<UnitId> lead();

  /**
   * A supporting unit.
   *
   * @return the unit, if the query asks for one
   */
  public abstract Optional<UnitId> supporter();

  /**
   * A unit that leads or supports.
   *
   * @return the unit, if the query asks for one
   */
  public abstract Optional<UnitId> involving();

  /**
   * The area, matching sub-areas too.
   *
   * @return the area, if the query asks for one
   */
  public abstract Optional<PriorityArea> area();

  /**
   * The priority served.
   *
   * @return the priority's id, if the query asks for one
   */
  public abstract Optional<PriorityId> priority();

  /**
   * The statuses accepted; empty for any.
   *
   * @return the statuses
   */
  public abstract Set<CommitmentStatus> statuses();

  /**
   * The earliest due date (inclusive).
   *
   * @return the date, if the query asks for one
   */
  public abstract Optional<LocalDate> dueOnOrAfter();

  /**
   * The due date before which commitments are due (exclusive).
   *
   * @return the date, if the query asks for one
   */
  public abstract Optional<LocalDate> dueBefore();

  /**
   * The root of the jurisdiction subtree.
   *
   * @return the code, if the query asks for one
   */
  public abstract Optional<JurisdictionCode> within();

  /**
   * The meeting that agreed the commitments.
   *
   * @return the meeting's id, if the query asks for one
   */
  public abstract Optional<MeetingId> originMeeting();

  /**
   * Whether a commitment matches every criterion of the query. This is the reference a store's
   * results are checked against.
   *
   * @param c a commitment
   * @return true if it matches
   */
  public boolean matches(Commitment c) {
    return lead().map(u -> c.lead().equals(u)).orElse(true)
        && supporter().map(u -> c.supporters().contains(u)).orElse(true)
        && involving().map(u -> c.lead().equals(u) || c.supporters().contains(u)).orElse(true)
        && area().map(a -> c.area().isWithin(a)).orElse(true)
        && priority().map(p -> c.priority().equals(p)).orElse(true)
        && (statuses().isEmpty() || statuses().contains(c.status()))
        && dueOnOrAfter().map(d -> !c.due().isBefore(d)).orElse(true)
        && dueBefore().map(d -> c.due().isBefore(d)).orElse(true)
        && within().map(w -> c.scope().stream().anyMatch(w::contains)).orElse(true)
        && originMeeting().map(m -> c.originMeeting().equals(m)).orElse(true);
  }

  /**
   * The cursor after a commitment: its due date and id.
   *
   * @param c the last commitment of a page
   * @return the cursor
   */
  public static Cursor cursorOf(Commitment c) {
    return Cursor.of(c.due().toString(), c.id().value());
  }

  /**
   * Whether a commitment sorts strictly after a cursor in {@link #ORDER}.
   *
   * @param c a commitment
   * @param cursor a cursor made by {@link #cursorOf(Commitment)}
   * @return true if {@code c} belongs on a later page
   * @throws StoreException if the cursor was not made for commitments
   */
  public static boolean isAfter(Commitment c, Cursor cursor) {
    LocalDate due = cursorDue(cursor);
    int byDue = c.due().compareTo(due);
    return byDue > 0 || (byDue == 0 && c.id().value().compareTo(cursor.idText()) > 0);
  }

  /**
   * The due date a cursor holds, for stores that page with {@code (due, id) > (?, ?)}.
   *
   * @param cursor a cursor made by {@link #cursorOf(Commitment)}
   * @return the due date of the last commitment of the page
   * @throws StoreException if the cursor was not made for commitments
   */
  public static LocalDate cursorDue(Cursor cursor) {
    return parseDate(cursor);
  }

  static LocalDate parseDate(Cursor cursor) {
    try {
      return LocalDate.parse(cursor.sortKey());
    } catch (DateTimeParseException e) {
      throw new StoreException("not a cursor of this query: " + cursor, e);
    }
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("CommitmentQuery");
    if (dueOnOrAfter().isPresent() && dueBefore().isPresent()) {
      c.require(
          dueBefore().get().isAfter(dueOnOrAfter().get()),
          "dueBefore",
          dueBefore().get(),
          "must be after dueOnOrAfter " + dueOnOrAfter().get());
    }
    c.done();
  }
}
