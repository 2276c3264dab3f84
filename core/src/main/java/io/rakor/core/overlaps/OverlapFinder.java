package io.rakor.core.overlaps;

import com.google.common.collect.ImmutableList;
import io.rakor.core.RakorException;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.internal.CodeOrder;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.overlaps.internal.IntervalHierarchyIndex;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.units.UnitId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Finds overlapping commitments (<i>tumpang tindih</i>) in a portfolio, by index rather than by
 * comparing all pairs.
 *
 * <p>The finder buckets commitments by area (by root area, or by exact area under {@link
 * AreaMatching#EXACT}); within a bucket it registers each commitment at every jurisdiction of its
 * scope in a trie of jurisdiction codes, and at each code sweeps the commitments registered there
 * against each other and against those registered below it, in order of start date, keeping only
 * the windows still open. Every candidate the sweep yields intersects in place and time; {@link
 * #compare} then applies the remaining rules (different leads, matching areas) and explains the
 * pair. The work is {@code O(n · d · log n)} for {@code n} scope entries and code depth {@code d},
 * plus the number of candidate pairs, which is output-sensitive: it is the number of same-area
 * pairs that intersect in place and time, whatever their leads.
 *
 * <p>The worst case is inherent, not an artefact of the index: one province-wide commitment
 * intersects every commitment of its area below it, so it yields one pair per such commitment, and
 * a portfolio where everything overlaps everything has a quadratic number of pairs. To bound what
 * is held, the report lists at most {@link OverlapRules#maxReportedPairs()} pairs (the strongest,
 * kept in a bounded heap), while clusters are built with a union-find over every pair, and the
 * total is counted exactly.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OverlapFinder {
  private final OverlapRules rules;

  private OverlapFinder(OverlapRules rules) {
    this.rules = rules;
  }

  /**
   * A finder with the {@linkplain OverlapRules#defaults() default rules}.
   *
   * @return the finder
   */
  public static OverlapFinder defaults() {
    return new OverlapFinder(OverlapRules.defaults());
  }

  /**
   * A finder with the given rules.
   *
   * @param rules what counts as an overlap
   * @return the finder
   */
  public static OverlapFinder of(OverlapRules rules) {
    return new OverlapFinder(rules);
  }

  /**
   * The rules this finder applies.
   *
   * @return the rules
   */
  public OverlapRules rules() {
    return rules;
  }

  /**
   * Finds every overlapping pair in a portfolio, and the clusters they form.
   *
   * @param commitments the portfolio; commitments with an excluded status are left out
   * @return the report
   * @throws RakorException if two commitments share an id
   */
  public OverlapReport find(Collection<? extends Commitment> commitments) {
    List<Commitment> items = new ArrayList<>(commitments.size());
    Set<CommitmentId> ids = new HashSet<>();
    for (Commitment c : commitments) {
      if (!ids.add(c.id())) {
        throw new RakorException(
            "Cannot look for overlaps: commitment id " + c.id() + " appears more than once");
      }
      if (!rules.excludedStatuses().contains(c.status())) {
        items.add(c);
      }
    }
    int n = items.size();
    int[] start = new int[n];
    int[] end = new int[n];
    boolean[] multiPlace = new boolean[n];
    Map<PriorityArea, List<Integer>> buckets = new HashMap<>();
    Map<PriorityArea, PriorityArea> merged = mergedBuckets(items);
    for (int i = 0; i < n; i++) {
      Commitment c = items.get(i);
      start[i] = Math.toIntExact(c.start().toEpochDay());
      end[i] = Math.toIntExact(c.due().toEpochDay());
      multiPlace[i] = c.scope().size() > 1;
      PriorityArea bucket = rules.areaMatching().bucket(c.area());
      buckets.computeIfAbsent(merged.getOrDefault(bucket, bucket), k -> new ArrayList<>()).add(i);
    }

    Collector collector = new Collector(n, rules.maxReportedPairs());
    for (List<Integer> bucket : buckets.values()) {
      if (bucket.size() < 2) {
        continue;
      }
      IntervalHierarchyIndex index = new IntervalHierarchyIndex(start, end);
      for (int i : bucket) {
        for (JurisdictionCode code : items.get(i).scope()) {
          index.add(i, code.value());
        }
      }
      Set<Long> seen = new HashSet<>();
      index.emit(
          (a, b) -> {
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            if ((multiPlace[lo] || multiPlace[hi]) && !seen.add(((long) lo << 32) | hi)) {
              return;
            }
            Commitment x = items.get(lo);
            Commitment y = items.get(hi);
            double strength = strength(x, y);
            if (strength > 0) {
              collector.accept(lo, hi, strength, () -> build(x, y, strength));
            }
          });
    }
    return collector.report(items);
  }

  /**
   * Which area buckets the {@linkplain OverlapRules#relatedAreas() related areas} join: each bucket
   * that holds an area within either side of a relation is merged with the relation's other side,
   * so related commitments meet in one bucket. Empty when there are no relations.
   *
   * @return for each merged bucket, its representative
   */
  private Map<PriorityArea, PriorityArea> mergedBuckets(List<Commitment> items) {
    List<AreaRelation> relations = rules.relatedAreas();
    if (relations.isEmpty()) {
      return Map.of();
    }
    Map<PriorityArea, PriorityArea> parent = new HashMap<>();
    for (AreaRelation r : relations) {
      union(parent, r.area(), r.relatedArea());
    }
    for (Commitment c : items) {
      for (AreaRelation r : relations) {
        if (r.touches(c.area())) {
          union(parent, rules.areaMatching().bucket(c.area()), r.area());
        }
      }
    }
    Map<PriorityArea, PriorityArea> representative = new HashMap<>();
    for (PriorityArea a : parent.keySet()) {
      representative.put(a, find(parent, a));
    }
    return representative;
  }

  private static PriorityArea find(Map<PriorityArea, PriorityArea> parent, PriorityArea a) {
    PriorityArea p = parent.getOrDefault(a, a);
    while (!p.equals(a)) {
      a = p;
      p = parent.getOrDefault(a, a);
    }
    return a;
  }

  private static void union(
      Map<PriorityArea, PriorityArea> parent, PriorityArea a, PriorityArea b) {
    PriorityArea ra = find(parent, a);
    PriorityArea rb = find(parent, b);
    parent.putIfAbsent(ra, ra);
    parent.putIfAbsent(rb, rb);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }

  /**
   * Compares two commitments directly under this finder's rules. This is the rule that {@link
   * #find} applies to the candidates its index yields; calling it on all pairs gives the same
   * overlaps, quadratically.
   *
   * @param a one commitment
   * @param b another commitment
   * @return the overlap, or empty if the two do not overlap
   */
  public Optional<Overlap> compare(Commitment a, Commitment b) {
    double strength = strength(a, b);
    return strength > 0 ? Optional.of(build(a, b, strength)) : Optional.empty();
  }

  /**
   * Applies every rule and computes the strength without building anything.
   *
   * @return the strength in (0, 1], or 0 if the two do not overlap
   */
  private double strength(Commitment a, Commitment b) {
    if (a.id().equals(b.id())
        || a.lead().equals(b.lead())
        || rules.excludedStatuses().contains(a.status())
        || rules.excludedStatuses().contains(b.status())) {
      return 0;
    }
    long from = Math.max(a.start().toEpochDay(), b.start().toEpochDay());
    long to = Math.min(a.due().toEpochDay(), b.due().toEpochDay());
    if (to < from || !rules.sameWork(a.area(), b.area())) {
      return 0;
    }
    int aHits = hits(a.scope(), b.scope());
    if (aHits == 0) {
      return 0;
    }
    int bHits = hits(b.scope(), a.scope());
    int aDistinct = 0;
    int shared = 0;
    List<Target> at = a.targets();
    for (int i = 0; i < at.size(); i++) {
      IndicatorId id = at.get(i).indicator();
      if (firstOccurrence(at, i, id)) {
        aDistinct++;
        if (targets(b, id)) {
          shared++;
        }
      }
    }
    int bDistinct = 0;
    List<Target> bt = b.targets();
    for (int i = 0; i < bt.size(); i++) {
      if (firstOccurrence(bt, i, bt.get(i).indicator())) {
        bDistinct++;
      }
    }
    int union = aDistinct + bDistinct - shared;
    double indicatorShare = union == 0 ? 0 : (double) shared / union;
    long days = to - from + 1;
    long shorter =
        Math.min(
            a.due().toEpochDay() - a.start().toEpochDay() + 1,
            b.due().toEpochDay() - b.start().toEpochDay() + 1);
    double timeShare = (double) days / shorter;
    double placeShare = (double) (aHits + bHits) / (a.scope().size() + b.scope().size());
    // in tenths, divided once: 0.4 + 0.3 + 0.2 + 0.1 in doubles is 0.9999999999999999, and a
    // perfect overlap must have strength exactly 1
    double tenths =
        4 * indicatorShare + 3 * timeShare + 2 * placeShare + (a.area().equals(b.area()) ? 1 : 0);
    double strength = Math.min(1.0, tenths / 10);
    if (a.fundingLines().isEmpty() || b.fundingLines().isEmpty()) {
      return strength;
    }
    double share = fundingShare(a, b, (int) from, (int) to);
    return share < 0 ? strength : Math.min(1.0, strength + (1 - strength) * share / 2);
  }

  /**
   * The largest {@link FundingOverlap#share()} over the fiscal years and currencies both have money
   * for, of the years the window in common {@code [from, to]} (epoch days) touches; -1 if there are
   * none. Allocates nothing: each side's lines are few.
   */
  private static double fundingShare(Commitment a, Commitment b, int from, int to) {
    int firstYear = LocalDate.ofEpochDay(from).getYear();
    int lastYear = LocalDate.ofEpochDay(to).getYear();
    double best = -1;
    List<FundingLine> al = a.fundingLines();
    for (int i = 0; i < al.size(); i++) {
      FundingLine line = al.get(i);
      int year = line.fiscalYear();
      if (year < firstYear || year > lastYear || !firstOfKind(al, i)) {
        continue;
      }
      double other = sum(b.fundingLines(), year, line.currency());
      if (Double.isNaN(other)) {
        continue;
      }
      double mine = sum(al, year, line.currency());
      double larger = Math.max(mine, other);
      best = Math.max(best, larger == 0 ? 0 : Math.min(mine, other) / larger);
    }
    return best;
  }

  /** Whether line {@code i} is the first of its fiscal year and currency in {@code lines}. */
  private static boolean firstOfKind(List<FundingLine> lines, int i) {
    FundingLine line = lines.get(i);
    for (int k = 0; k < i; k++) {
      if (lines.get(k).fiscalYear() == line.fiscalYear()
          && lines.get(k).currency().equals(line.currency())) {
        return false;
      }
    }
    return true;
  }

  /** The allocations of the lines of a year and currency, summed, or NaN if there are none. */
  private static double sum(List<FundingLine> lines, int year, Currency currency) {
    double sum = Double.NaN;
    for (FundingLine line : lines) {
      if (line.fiscalYear() == year && line.currency().equals(currency)) {
        sum = (Double.isNaN(sum) ? 0 : sum) + line.allocation().doubleValue();
      }
    }
    return sum;
  }

  /**
   * The funding overlaps of two commitments over the fiscal years of {@code [from, to]}: for each
   * year and currency both have lines for, each side's exact sum and sources.
   */
  private static List<FundingOverlap> fundingOverlaps(
      Commitment first, Commitment second, LocalDate from, LocalDate to) {
    if (first.fundingLines().isEmpty() || second.fundingLines().isEmpty()) {
      return List.of();
    }
    TreeMap<String, FundingOverlap.Builder> found = new TreeMap<>();
    for (FundingLine a : first.fundingLines()) {
      int year = a.fiscalYear();
      if (year < from.getYear() || year > to.getYear()) {
        continue;
      }
      String key = year + " " + a.currency().getCurrencyCode();
      if (found.containsKey(key)) {
        continue;
      }
      BigDecimal mine = BigDecimal.ZERO;
      TreeSet<FundingSource> mySources = new TreeSet<>();
      for (FundingLine x : first.fundingLines()) {
        if (x.fiscalYear() == year && x.currency().equals(a.currency())) {
          mine = mine.add(x.allocation());
          mySources.add(x.source());
        }
      }
      BigDecimal theirs = BigDecimal.ZERO;
      TreeSet<FundingSource> theirSources = new TreeSet<>();
      for (FundingLine y : second.fundingLines()) {
        if (y.fiscalYear() == year && y.currency().equals(a.currency())) {
          theirs = theirs.add(y.allocation());
          theirSources.add(y.source());
        }
      }
      if (!theirSources.isEmpty()) {
        found.put(
            key,
            FundingOverlap.builder()
                .fiscalYear(year)
                .currency(a.currency())
                .firstAmount(mine)
                .firstSources(mySources)
                .secondAmount(theirs)
                .secondSources(theirSources));
      }
    }
    List<FundingOverlap> out = new ArrayList<>(found.size());
    found.values().forEach(b -> out.add(b.build()));
    return out;
  }

  private static int hits(List<JurisdictionCode> from, List<JurisdictionCode> against) {
    int hits = 0;
    for (JurisdictionCode p : from) {
      for (JurisdictionCode q : against) {
        if (p.intersects(q)) {
          hits++;
          break;
        }
      }
    }
    return hits;
  }

  private static boolean firstOccurrence(List<Target> targets, int index, IndicatorId id) {
    for (int i = 0; i < index; i++) {
      if (targets.get(i).indicator().equals(id)) {
        return false;
      }
    }
    return true;
  }

  private static boolean targets(Commitment c, IndicatorId id) {
    for (Target t : c.targets()) {
      if (t.indicator().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** Builds the explained finding for two commitments known to overlap. */
  private Overlap build(Commitment a, Commitment b, double strength) {
    LocalDate from = a.start().isAfter(b.start()) ? a.start() : b.start();
    LocalDate to = a.due().isBefore(b.due()) ? a.due() : b.due();
    TreeSet<JurisdictionCode> places =
        new TreeSet<>((x, y) -> CodeOrder.compare(x.value(), y.value()));
    for (JurisdictionCode ca : a.scope()) {
      for (JurisdictionCode cb : b.scope()) {
        if (ca.intersects(cb)) {
          places.add(ca.depth() >= cb.depth() ? ca : cb);
        }
      }
    }
    Commitment first = a.id().compareTo(b.id()) < 0 ? a : b;
    Commitment second = first == a ? b : a;
    TreeSet<IndicatorId> shared = new TreeSet<>(indicators(first));
    shared.retainAll(indicators(second));
    return Overlap.builder()
        .first(first.id())
        .second(second.id())
        .firstLead(first.lead())
        .secondLead(second.lead())
        .firstArea(first.area())
        .secondArea(second.area())
        .commonArea(rules.common(a.area(), b.area()).orElseThrow())
        .places(places)
        .windowStart(from)
        .windowEnd(to)
        .sharedIndicators(shared)
        .fundingOverlaps(fundingOverlaps(first, second, from, to))
        .strength(strength)
        .build();
  }

  private static Set<IndicatorId> indicators(Commitment c) {
    Set<IndicatorId> ids = new HashSet<>();
    for (Target t : c.targets()) {
      ids.add(t.indicator());
    }
    return ids;
  }

  /** Keeps the strongest pairs in a bounded heap and links every pair in a union-find. */
  private static final class Collector {
    private final int[] parent;
    private final long[] pairs;
    private final double[] maxStrength;
    private final List<Overlap> filling = new ArrayList<>();
    private PriorityQueue<Overlap> strongest;
    private final int cap;
    private long total;

    Collector(int n, int cap) {
      this.parent = new int[n];
      this.pairs = new long[n];
      this.maxStrength = new double[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      this.cap = cap;
    }

    void accept(int a, int b, double strength, Supplier<Overlap> overlap) {
      total++;
      int ra = root(a);
      int rb = root(b);
      if (ra != rb) {
        parent[rb] = ra;
        pairs[ra] += pairs[rb];
        maxStrength[ra] = Math.max(maxStrength[ra], maxStrength[rb]);
      }
      pairs[ra]++;
      maxStrength[ra] = Math.max(maxStrength[ra], strength);
      if (strongest == null) {
        // no ordering needed until the cap is reached; then build the heap once
        filling.add(overlap.get());
        if (filling.size() == cap) {
          strongest = new PriorityQueue<>(cap, Overlap.STRONGEST_FIRST.reversed());
          strongest.addAll(filling);
          filling.clear();
        }
      } else if (strength >= strongest.peek().strength()) {
        // only a pair at least as strong as the weakest kept can displace it: build just those
        Overlap candidate = overlap.get();
        if (Overlap.STRONGEST_FIRST.compare(candidate, strongest.peek()) < 0) {
          strongest.poll();
          strongest.add(candidate);
        }
      }
    }

    private int root(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    OverlapReport report(List<Commitment> items) {
      Map<Integer, List<Commitment>> members = new HashMap<>();
      for (int i = 0; i < parent.length; i++) {
        int r = root(i);
        if (pairs[r] > 0) {
          members.computeIfAbsent(r, k -> new ArrayList<>()).add(items.get(i));
        }
      }
      List<OverlapCluster> clusters = new ArrayList<>(members.size());
      for (Map.Entry<Integer, List<Commitment>> e : members.entrySet()) {
        TreeSet<CommitmentId> ids = new TreeSet<>();
        TreeSet<UnitId> leads = new TreeSet<>();
        TreeSet<PriorityArea> areas = new TreeSet<>();
        for (Commitment c : e.getValue()) {
          ids.add(c.id());
          leads.add(c.lead());
          areas.add(c.area());
        }
        clusters.add(
            OverlapCluster.builder()
                .commitments(ids)
                .leads(leads)
                .areas(areas)
                .pairs(pairs[e.getKey()])
                .maxStrength(maxStrength[e.getKey()])
                .build());
      }
      clusters.sort(OverlapCluster.STRONGEST_FIRST);
      List<Overlap> listed = new ArrayList<>(strongest == null ? filling : strongest);
      listed.sort(Overlap.STRONGEST_FIRST);
      return OverlapReport.builder()
          .commitmentsExamined(items.size())
          .pairs(ImmutableList.copyOf(listed))
          .totalPairs(total)
          .clusters(clusters)
          .build();
    }
  }
}
