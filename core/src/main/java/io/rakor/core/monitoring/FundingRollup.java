package io.rakor.core.monitoring;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingLineRef;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Allocation and realisation of a portfolio's funding lines, summed by priority, lead unit, funding
 * source, jurisdiction and fiscal year: the figures a regency's budget review asks for. Every sum
 * is exact ({@link BigDecimal}) and kept per currency, never converted.
 *
 * <p>A line's realisation is the {@link Realisation#spentToDate()} of the latest report on its
 * commitment that gives spending on it (the one submitted last; of reports submitted at the same
 * instant, the one whose id is last in text order), counted only if it is in the line's currency; a
 * line with none counts zero realised.
 *
 * <p><b>Several jurisdictions.</b> A commitment whose scope names several jurisdictions is counted
 * in full under each of them in {@link #byJurisdiction()}: no share of its money is invented for a
 * place, so the totals by jurisdiction may add up to more than {@link #total()}. {@link
 * #within(JurisdictionCode)} counts each commitment at most once, for an area and everything in it.
 * Every other breakdown partitions the lines: its totals add up to {@link #total()}.
 *
 * <p>The commitments are counted as given: leave out cancelled or superseded ones before if they
 * should not count. Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class FundingRollup {
  private static final Comparator<Currency> BY_CODE =
      Comparator.comparing(Currency::getCurrencyCode);

  private final List<Entry> entries;

  /** One funding line with what was realised on it. */
  private record Entry(Commitment commitment, FundingLine line, BigDecimal realised) {}

  private FundingRollup(List<Entry> entries) {
    this.entries = entries;
  }

  /**
   * Rolls up the funding lines of a portfolio with the spending its reports give.
   *
   * @param commitments the commitments whose lines count
   * @param reports progress reports of any cycles; those on other commitments are ignored
   * @return the roll-up
   */
  public static FundingRollup of(
      Collection<? extends Commitment> commitments, Collection<ProgressReport> reports) {
    Map<CommitmentId, Map<FundingLineRef, Realisation>> realised = new HashMap<>();
    reports.stream()
        .filter(r -> !r.realisations().isEmpty())
        .sorted(
            Comparator.comparing(ProgressReport::submittedAt).thenComparing(r -> r.id().value()))
        .forEach(
            r -> {
              Map<FundingLineRef, Realisation> lines =
                  realised.computeIfAbsent(r.commitment(), k -> new HashMap<>());
              for (Realisation x : r.realisations()) {
                lines.put(x.line(), x);
              }
            });
    List<Entry> entries = new ArrayList<>();
    for (Commitment c : commitments) {
      Map<FundingLineRef, Realisation> lines = realised.getOrDefault(c.id(), Map.of());
      for (FundingLine line : c.fundingLines()) {
        Realisation x = lines.get(line.ref());
        BigDecimal spent =
            x != null && x.currency().equals(line.currency()) ? x.spentToDate() : BigDecimal.ZERO;
        entries.add(new Entry(c, line, spent));
      }
    }
    return new FundingRollup(List.copyOf(entries));
  }

  /**
   * The totals over every line.
   *
   * @return per currency, in the order of the currency codes
   */
  public ImmutableMap<Currency, FundingTotal> total() {
    Map<Currency, Sum> sums = new TreeMap<>(BY_CODE);
    for (Entry e : entries) {
      add(sums, e);
    }
    return totals(sums);
  }

  /**
   * The totals by the priority of the lines' commitments.
   *
   * @return per priority, per currency
   */
  public ImmutableSortedMap<PriorityId, ImmutableMap<Currency, FundingTotal>> byPriority() {
    return byKey(e -> e.commitment().priority(), PriorityId::compareTo);
  }

  /**
   * The totals by the lead unit of the lines' commitments.
   *
   * @return per lead unit, per currency
   */
  public ImmutableSortedMap<UnitId, ImmutableMap<Currency, FundingTotal>> byLeadUnit() {
    return byKey(e -> e.commitment().lead(), UnitId::compareTo);
  }

  /**
   * The totals by funding source.
   *
   * @return per source, in the enum's order, per currency
   */
  public ImmutableSortedMap<FundingSource, ImmutableMap<Currency, FundingTotal>> bySource() {
    return byKey(e -> e.line().source(), FundingSource::compareTo);
  }

  /**
   * The totals by fiscal year.
   *
   * @return per year, per currency
   */
  public ImmutableSortedMap<Integer, ImmutableMap<Currency, FundingTotal>> byFiscalYear() {
    return byKey(e -> e.line().fiscalYear(), Integer::compareTo);
  }

  /**
   * The totals by each jurisdiction named in a commitment's scope; a commitment with several counts
   * in full under each (see the class description).
   *
   * @return per jurisdiction, per currency
   */
  public ImmutableSortedMap<JurisdictionCode, ImmutableMap<Currency, FundingTotal>>
      byJurisdiction() {
    Map<JurisdictionCode, Map<Currency, Sum>> sums = new TreeMap<>();
    for (Entry e : entries) {
      for (JurisdictionCode place : e.commitment().scope()) {
        add(sums.computeIfAbsent(place, k -> new TreeMap<>(BY_CODE)), e);
      }
    }
    return finish(sums, JurisdictionCode::compareTo);
  }

  /**
   * The totals of the commitments working in an area: those with a scope jurisdiction that is the
   * area, inside it or enclosing it. Each commitment counts once, however many of its places
   * qualify.
   *
   * @param area the area, for example a regency
   * @return per currency
   */
  public ImmutableMap<Currency, FundingTotal> within(JurisdictionCode area) {
    Map<Currency, Sum> sums = new TreeMap<>(BY_CODE);
    for (Entry e : entries) {
      if (e.commitment().scope().stream().anyMatch(area::intersects)) {
        add(sums, e);
      }
    }
    return totals(sums);
  }

  private <K> ImmutableSortedMap<K, ImmutableMap<Currency, FundingTotal>> byKey(
      Function<Entry, K> key, Comparator<K> order) {
    Map<K, Map<Currency, Sum>> sums = new TreeMap<>(order);
    for (Entry e : entries) {
      add(sums.computeIfAbsent(key.apply(e), k -> new TreeMap<>(BY_CODE)), e);
    }
    return finish(sums, order);
  }

  private static <K> ImmutableSortedMap<K, ImmutableMap<Currency, FundingTotal>> finish(
      Map<K, Map<Currency, Sum>> sums, Comparator<K> order) {
    ImmutableSortedMap.Builder<K, ImmutableMap<Currency, FundingTotal>> out =
        ImmutableSortedMap.orderedBy(order);
    sums.forEach((k, v) -> out.put(k, totals(v)));
    return out.build();
  }

  private static void add(Map<Currency, Sum> sums, Entry e) {
    Sum sum = sums.computeIfAbsent(e.line().currency(), k -> new Sum());
    sum.allocated = sum.allocated.add(e.line().allocation());
    sum.realised = sum.realised.add(e.realised());
    sum.lines++;
  }

  private static ImmutableMap<Currency, FundingTotal> totals(Map<Currency, Sum> sums) {
    ImmutableMap.Builder<Currency, FundingTotal> out = ImmutableMap.builder();
    sums.forEach(
        (currency, s) ->
            out.put(
                currency,
                FundingTotal.builder()
                    .currency(currency)
                    .allocated(s.allocated)
                    .realised(s.realised)
                    .lines(s.lines)
                    .build()));
    return out.build();
  }

  /** A running sum in one currency. */
  private static final class Sum {
    BigDecimal allocated = BigDecimal.ZERO;
    BigDecimal realised = BigDecimal.ZERO;
    int lines;
  }
}
