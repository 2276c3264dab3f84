package io.rakor.persistence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which observations to find; every criterion given must hold, an absent one matches all (rule 301
 * of {@link RakorStore}). Results come in {@link #ORDER}: by period start, then by id text (rule
 * 302).
 *
 * <p>The criteria: the {@code indicator} measured; {@code within}: the observation's jurisdiction
 * is this one or lies below it; {@code period}: the observation's period is exactly this one;
 * {@code overlapping}: the observation's period shares at least one day with this one; the {@code
 * producer}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObservationQuery.class)
@JsonDeserialize(as = ImmutableObservationQuery.class)
public abstract class ObservationQuery implements WithObservationQuery {
  /** The order of results: period start, then id text. */
  public static final Comparator<Observation> ORDER =
      Comparator.comparing((Observation o) -> o.period().startInclusive())
          .thenComparing(o -> o.id().value());

  ObservationQuery() {}

  /**
   * Starts building a query.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ObservationQuery} values, checking every invariant in {@link #build()}. Obtained
   * from {@link ObservationQuery#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableObservationQuery.Builder {
    Builder() {}
  }

  /**
   * The indicator measured.
   *
   * @return the indicator's id, if the query asks for one
   */
  public abstract Optional<IndicatorId> indicator();

  /**
   * The root of the jurisdiction subtree.
   *
   * @return the code, if the query asks for one
   */
  public abstract Optional<JurisdictionCode> within();

  /**
   * The exact period.
   *
   * @return the period, if the query asks for one
   */
  public abstract Optional<ObservationPeriod> period();

  /**
   * A period the observation's period must overlap.
   *
   * @return the period, if the query asks for one
   */
  public abstract Optional<ObservationPeriod> overlapping();

  /**
   * The producing unit.
   *
   * @return the unit's id, if the query asks for one
   */
  public abstract Optional<UnitId> producer();

  /**
   * Whether an observation matches every criterion; the reference for a store's results.
   *
   * @param o an observation
   * @return true if it matches
   */
  public boolean matches(Observation o) {
    ObservationPeriod p = o.period();
    return indicator().map(i -> o.indicator().equals(i)).orElse(true)
        && within().map(w -> w.contains(o.jurisdiction())).orElse(true)
        && period().map(p::equals).orElse(true)
        && overlapping()
            .map(
                w ->
                    p.startInclusive().isBefore(w.endExclusive())
                        && w.startInclusive().isBefore(p.endExclusive()))
            .orElse(true)
        && producer().map(u -> o.producer().equals(u)).orElse(true);
  }

  /**
   * The cursor after an observation: its period start and id.
   *
   * @param o the last observation of a page
   * @return the cursor
   */
  public static Cursor cursorOf(Observation o) {
    return Cursor.of(o.period().startInclusive().toString(), o.id().value());
  }

  /**
   * Whether an observation sorts strictly after a cursor in {@link #ORDER}.
   *
   * @param o an observation
   * @param cursor a cursor made by {@link #cursorOf(Observation)}
   * @return true if {@code o} belongs on a later page
   * @throws StoreException if the cursor was not made for observations
   */
  public static boolean isAfter(Observation o, Cursor cursor) {
    LocalDate start = cursorPeriodStart(cursor);
    int byStart = o.period().startInclusive().compareTo(start);
    return byStart > 0 || (byStart == 0 && o.id().value().compareTo(cursor.idText()) > 0);
  }

  /**
   * The period start a cursor holds, for stores that page with {@code (period_start, id) > (?, ?)}.
   *
   * @param cursor a cursor made by {@link #cursorOf(Observation)}
   * @return the period start of the last observation of the page
   * @throws StoreException if the cursor was not made for observations
   */
  public static LocalDate cursorPeriodStart(Cursor cursor) {
    return CommitmentQuery.parseDate(cursor);
  }
}
