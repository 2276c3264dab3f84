package io.rakor.core.overlaps;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Two commitments of different lead units that overlap: the same priority area, intersecting
 * places, overlapping windows. The finding explains itself: which units, where, when and what the
 * two have in common, and carries a {@linkplain #strength() strength} to rank it by.
 *
 * <p>The strength is a weighted sum in {@code (0, 1]}:
 *
 * <ul>
 *   <li>0.4 × the share of target indicators in common (shared ÷ all distinct indicators targeted
 *       by either, 0 when neither has targets);
 *   <li>0.3 × the share of time in common (days in common ÷ days of the shorter window);
 *   <li>0.2 × the share of place in common (scope entries on either side that intersect the other
 *       side ÷ all scope entries);
 *   <li>0.1 if both address exactly the same area, 0 otherwise.
 * </ul>
 *
 * <p>When the two are {@linkplain #possibleDoubleFunding() possibly funded twice} (both have money
 * allocated for a fiscal year the window in common touches, in the same currency), the strength is
 * raised towards 1 by half the distance left, times the largest {@link FundingOverlap#share()} (the
 * smaller amount ÷ the larger): {@code s + (1 - s) × share / 2}. A perfect overlap stays at exactly
 * 1.
 *
 * <p>Invariants, checked when built: {@link #first()} sorts before {@link #second()}; the leads
 * differ; the window is not reversed; at least one place; the strength is in {@code (0, 1]}.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOverlap.class)
@JsonDeserialize(as = ImmutableOverlap.class)
public abstract class Overlap implements WithOverlap {
  /** Strongest first; ties by the commitments' ids, so the order is total. */
  public static final Comparator<Overlap> STRONGEST_FIRST = Overlap::strongestFirst;

  private static int strongestFirst(Overlap x, Overlap y) {
    int c = Double.compare(y.strength(), x.strength());
    if (c == 0) {
      c = x.first().compareTo(y.first());
    }
    return c != 0 ? c : x.second().compareTo(y.second());
  }

  Overlap() {}

  /**
   * Starts building an overlap. Usually the {@link OverlapFinder} builds them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Overlap} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Overlap#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableOverlap.Builder {
    Builder() {}
  }

  /**
   * The commitment with the smaller id.
   *
   * @return its id
   */
  public abstract CommitmentId first();

  /**
   * The commitment with the larger id.
   *
   * @return its id
   */
  public abstract CommitmentId second();

  /**
   * The lead unit of {@link #first()}.
   *
   * @return the unit's id
   */
  public abstract UnitId firstLead();

  /**
   * The lead unit of {@link #second()}.
   *
   * @return the unit's id
   */
  public abstract UnitId secondLead();

  /**
   * The area of {@link #first()}.
   *
   * @return the area
   */
  public abstract PriorityArea firstArea();

  /**
   * The area of {@link #second()}.
   *
   * @return the area
   */
  public abstract PriorityArea secondArea();

  /**
   * The area both address, as decided by the {@link AreaMatching} rule.
   *
   * @return the common area
   */
  public abstract PriorityArea commonArea();

  /**
   * Where both work: for every pair of intersecting scope entries, the narrower of the two; each
   * once, in code order.
   *
   * @return the places in common, never empty
   */
  @AllowNulls
  public abstract List<JurisdictionCode> places();

  /**
   * The first day both are running (inclusive).
   *
   * @return the later of the two start dates
   */
  public abstract LocalDate windowStart();

  /**
   * The last day both are running (inclusive).
   *
   * @return the earlier of the two due dates
   */
  public abstract LocalDate windowEnd();

  /**
   * The indicators both target, in id order.
   *
   * @return the shared indicators, possibly empty
   */
  @AllowNulls
  public abstract List<IndicatorId> sharedIndicators();

  /**
   * How strong the overlap is, in {@code (0, 1]}; see the class description.
   *
   * @return the strength
   */
  public abstract double strength();

  /**
   * The fiscal years and currencies for which both commitments have money allocated, with each
   * side's amount: possible double funding of the same work in the same places; empty if there is
   * none.
   *
   * @return the funding overlaps, by year then currency code
   * @since 0.2
   */
  @AllowNulls
  public abstract List<FundingOverlap> fundingOverlaps();

  /**
   * Whether the two may be funded twice for the same work: see {@link #fundingOverlaps()}.
   *
   * @return true if {@link #fundingOverlaps()} is not empty
   * @since 0.2
   */
  public boolean possibleDoubleFunding() {
    return !fundingOverlaps().isEmpty();
  }

  /**
   * The number of days both are running.
   *
   * @return at least 1
   */
  public long days() {
    return ChronoUnit.DAYS.between(windowStart(), windowEnd()) + 1;
  }

  /**
   * Whether both commitments target at least one indicator in common.
   *
   * @return true if {@link #sharedIndicators()} is not empty
   */
  public boolean sharesIndicator() {
    return !sharedIndicators().isEmpty();
  }

  /**
   * The finding in one sentence, for a person.
   *
   * @return for example {@code "c-1 (lead dinkes, area stunting) and c-2 (lead dp3a, area stunting)
   *     overlap on stunting in 18.03.01 from 2026-02-01 to 2026-06-30 (150 days); both target
   *     stunting-rate; strength 0.93"}
   */
  public String explanation() {
    StringBuilder s = new StringBuilder();
    s.append(first())
        .append(" (lead ")
        .append(firstLead())
        .append(", area ")
        .append(firstArea())
        .append(") and ")
        .append(second())
        .append(" (lead ")
        .append(secondLead())
        .append(", area ")
        .append(secondArea())
        .append(") overlap on ")
        .append(commonArea())
        .append(" in ")
        .append(places().stream().map(JurisdictionCode::value).collect(Collectors.joining(", ")))
        .append(" from ")
        .append(windowStart())
        .append(" to ")
        .append(windowEnd())
        .append(" (")
        .append(days())
        .append(days() == 1 ? " day)" : " days)");
    if (sharesIndicator()) {
      s.append("; both target ")
          .append(
              sharedIndicators().stream()
                  .map(IndicatorId::value)
                  .collect(Collectors.joining(", ")));
    }
    if (possibleDoubleFunding()) {
      s.append("; possible double funding, ")
          .append(first())
          .append(" and ")
          .append(second())
          .append(" allocated ")
          .append(
              fundingOverlaps().stream()
                  .map(FundingOverlap::describe)
                  .collect(Collectors.joining("; ")));
    }
    s.append("; strength ").append(String.format(Locale.ROOT, "%.2f", strength()));
    return s.toString();
  }

  @Value.Check
  void check() {
    Checker.of("Overlap")
        .nonNull("places", places())
        .nonNull("sharedIndicators", sharedIndicators())
        .nonNull("fundingOverlaps", fundingOverlaps())
        .checkpoint()
        .require(first().compareTo(second()) < 0, "second", second(), "must sort after first")
        .require(
            !firstLead().equals(secondLead()),
            "secondLead",
            secondLead(),
            "must differ from firstLead")
        .notBefore("windowEnd", windowEnd(), "windowStart", windowStart())
        .require(!places().isEmpty(), "places", "[]", "must name at least one place")
        .require(strength() > 0 && strength() <= 1, "strength", strength(), "must be in (0, 1]")
        .done();
  }
}
