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
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds overlapping commitments (<i>tumpang tindih</i>) in a portfolio, by index rather than by
 * comparing all pairs.
 *
 * <p>The finder buckets commitments by area (by root area, or by exact area under {@link
 * AreaMatching#EXACT}); within a bucket it registers each commitment at every jurisdiction of its
 * scope in a trie of jurisdiction codes, and at each code sweeps the commitments registered there
 * against each other and against those registered below it, in order of start date, keeping only
 * the windows still open. Every candidate the sweep yields intersects in place and time; the
 * remaining rules of {@link #compare} (different leads, matching areas) and the strength are then
 * applied on primitive arrays made once per run, allocating nothing per pair, and only the pairs
 * the report lists are explained. The work is {@code O(n · d · log n)} for {@code n} scope entries
 * and code depth {@code d}, plus the number of candidate pairs, which is output-sensitive: it is
 * the number of same-area pairs that intersect in place and time, whatever their leads.
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
    Set<CommitmentId> ids = new HashSet<>(Math.max(16, commitments.size() * 4 / 3 + 1));
    for (Commitment c : commitments) {
      if (!ids.add(c.id())) {
        throw new RakorException(
            "Cannot look for overlaps: commitment id " + c.id() + " appears more than once");
      }
      if (!rules.excludedStatuses().contains(c.status())) {
        items.add(c);
      }
    }
    return new Search(items).run();
  }

  /**
   * One run of {@link #find}: the portfolio flattened into primitive arrays (windows, interned
   * leads, areas and indicators, one registration per scope entry), so that the candidate pairs the
   * index yields are judged without touching the commitments unless they have several places or
   * funding lines, and nothing is allocated per pair. Overlaps are only built for the pairs the
   * report lists.
   */
  private final class Search {
    private final List<Commitment> items;
    private final int n;
    private final int[] start;
    private final int[] end;
    private final int[] lead;
    private final int[] area;
    private final int[][] indicators;
    private final boolean[] multiPlace;
    private final boolean[] funded;

    /** Each registration's item and its scope entry (slot); an item's slots are consecutive. */
    private final int[] regItem;

    private final int[] regSlot;
    private final int[] regStart;
    private final int[] regEnd;
    private final int[] firstReg;
    private final List<PriorityArea> areas = new ArrayList<>();

    /** Whether two areas are the same work, by area index pair: 0 unknown, 1 no, 2 yes. */
    private final byte[] sameWork;

    private final Collector collector;

    Search(List<Commitment> items) {
      this.items = items;
      this.n = items.size();
      start = new int[n];
      end = new int[n];
      lead = new int[n];
      area = new int[n];
      indicators = new int[n][];
      multiPlace = new boolean[n];
      funded = new boolean[n];
      firstReg = new int[n + 1];
      Map<UnitId, Integer> leads = new HashMap<>();
      Map<PriorityArea, Integer> areaIds = new HashMap<>();
      Map<IndicatorId, Integer> indicatorIds = new HashMap<>();
      int regs = 0;
      for (int i = 0; i < n; i++) {
        Commitment c = items.get(i);
        start[i] = Math.toIntExact(c.start().toEpochDay());
        end[i] = Math.toIntExact(c.due().toEpochDay());
        lead[i] = intern(leads, c.lead());
        Integer a = areaIds.get(c.area());
        if (a == null) {
          a = areas.size();
          areaIds.put(c.area(), a);
          areas.add(c.area());
        }
        area[i] = a;
        indicators[i] = distinctIndicators(c.targets(), indicatorIds);
        int places = c.scope().size();
        multiPlace[i] = places > 1;
        funded[i] = !c.fundingLines().isEmpty();
        firstReg[i] = regs;
        regs += places;
      }
      firstReg[n] = regs;
      regItem = new int[regs];
      regSlot = new int[regs];
      regStart = new int[regs];
      regEnd = new int[regs];
      for (int i = 0; i < n; i++) {
        for (int r = firstReg[i]; r < firstReg[i + 1]; r++) {
          regItem[r] = i;
          regSlot[r] = r - firstReg[i];
          regStart[r] = start[i];
          regEnd[r] = end[i];
        }
      }
      int m = areas.size();
      sameWork = m <= MAX_AREA_TABLE ? new byte[m * m] : null;
      collector = new Collector(items, rules.maxReportedPairs());
    }

    OverlapReport run() {
      for (int[] bucket : buckets()) {
        if (bucket.length < 2) {
          continue;
        }
        IntervalHierarchyIndex index = new IntervalHierarchyIndex(regStart, regEnd);
        for (int i : bucket) {
          List<JurisdictionCode> scope = items.get(i).scope();
          for (int k = 0; k < scope.size(); k++) {
            index.add(firstReg[i] + k, scope.get(k).value());
          }
        }
        index.emit(this::candidate);
      }
      return collector.report(this::build);
    }

    /**
     * The items of each bucket: by {@link AreaMatching#bucket}, with the buckets the related areas
     * join merged, computed once per distinct area.
     */
    private List<int[]> buckets() {
      Map<PriorityArea, PriorityArea> merged = mergedBuckets(areas);
      Map<PriorityArea, Integer> bucketIds = new HashMap<>();
      int[] bucketOfArea = new int[areas.size()];
      for (int a = 0; a < areas.size(); a++) {
        PriorityArea bucket = rules.areaMatching().bucket(areas.get(a));
        bucketOfArea[a] = intern(bucketIds, merged.getOrDefault(bucket, bucket));
      }
      int[] sizes = new int[bucketIds.size()];
      for (int i = 0; i < n; i++) {
        sizes[bucketOfArea[area[i]]]++;
      }
      List<int[]> buckets = new ArrayList<>(sizes.length);
      for (int size : sizes) {
        buckets.add(new int[size]);
      }
      int[] filled = new int[sizes.length];
      for (int i = 0; i < n; i++) {
        int b = bucketOfArea[area[i]];
        buckets.get(b)[filled[b]++] = i;
      }
      return buckets;
    }

    /** Judges a candidate pair of registrations the index yields (they meet in place and time). */
    private void candidate(int ra, int rb) {
      int a = regItem[ra];
      int b = regItem[rb];
      if (a == b || lead[a] == lead[b] || !sameWork(area[a], area[b])) {
        return;
      }
      int lo;
      int hi;
      int loSlot;
      int hiSlot;
      if (a < b) {
        lo = a;
        hi = b;
        loSlot = regSlot[ra];
        hiSlot = regSlot[rb];
      } else {
        lo = b;
        hi = a;
        loSlot = regSlot[rb];
        hiSlot = regSlot[ra];
      }
      double placeShare = 1;
      if (multiPlace[lo] || multiPlace[hi]) {
        List<JurisdictionCode> loScope = items.get(lo).scope();
        List<JurisdictionCode> hiScope = items.get(hi).scope();
        // two items with several places can meet at several registrations: only the first
        // intersecting pair of scope entries counts, so each pair is judged once
        if (!firstIntersecting(loScope, hiScope, loSlot, hiSlot)) {
          return;
        }
        placeShare =
            (double) (hits(loScope, hiScope) + hits(hiScope, loScope))
                / (loScope.size() + hiScope.size());
      }
      double strength = strength(lo, hi, placeShare);
      collector.accept(lo, hi, strength);
    }

    /** Whether scope entries {@code (i, j)} are the first intersecting pair, in scope order. */
    private boolean firstIntersecting(
        List<JurisdictionCode> x, List<JurisdictionCode> y, int i, int j) {
      for (int p = 0; p < x.size(); p++) {
        for (int q = 0; q < y.size(); q++) {
          if (x.get(p).intersects(y.get(q))) {
            return p == i && q == j;
          }
        }
      }
      return false;
    }

    private boolean sameWork(int a, int b) {
      if (sameWork == null) {
        return rules.sameWork(areas.get(a), areas.get(b));
      }
      int k = a * areas.size() + b;
      if (sameWork[k] == 0) {
        sameWork[k] = (byte) (rules.sameWork(areas.get(a), areas.get(b)) ? 2 : 1);
      }
      return sameWork[k] == 2;
    }

    /**
     * {@link OverlapFinder#strength(Commitment, Commitment)} for two items known to be the same
     * work in place and time with different leads, on the arrays; the same arithmetic, so the same
     * value.
     */
    private double strength(int a, int b, double placeShare) {
      int from = Math.max(start[a], start[b]);
      int to = Math.min(end[a], end[b]);
      int[] ai = indicators[a];
      int[] bi = indicators[b];
      int shared = 0;
      for (int x : ai) {
        for (int y : bi) {
          if (x == y) {
            shared++;
            break;
          }
        }
      }
      int union = ai.length + bi.length - shared;
      double indicatorShare = union == 0 ? 0 : (double) shared / union;
      long days = (long) to - from + 1;
      long shorter = Math.min((long) end[a] - start[a] + 1, (long) end[b] - start[b] + 1);
      double timeShare = (double) days / shorter;
      double tenths =
          4 * indicatorShare + 3 * timeShare + 2 * placeShare + (area[a] == area[b] ? 1 : 0);
      double strength = Math.min(1.0, tenths / 10);
      if (!funded[a] || !funded[b]) {
        return strength;
      }
      double share = fundingShare(items.get(a), items.get(b), from, to);
      return share < 0 ? strength : Math.min(1.0, strength + (1 - strength) * share / 2);
    }

    private Overlap build(int a, int b, double strength) {
      return OverlapFinder.this.build(items.get(a), items.get(b), strength);
    }
  }

  /** The most distinct areas for which {@link Search} keeps a table of which are the same work. */
  private static final int MAX_AREA_TABLE = 1024;

  private static <T> int intern(Map<T, Integer> ids, T value) {
    Integer id = ids.get(value);
    if (id == null) {
      id = ids.size();
      ids.put(value, id);
    }
    return id;
  }

  /** The distinct indicators of some targets, as interned numbers in first-occurrence order. */
  private static int[] distinctIndicators(List<Target> targets, Map<IndicatorId, Integer> ids) {
    int[] out = new int[targets.size()];
    int size = 0;
    for (int i = 0; i < targets.size(); i++) {
      IndicatorId id = targets.get(i).indicator();
      if (firstOccurrence(targets, i, id)) {
        out[size++] = intern(ids, id);
      }
    }
    return size == out.length ? out : Arrays.copyOf(out, size);
  }

  /**
   * Which area buckets the {@linkplain OverlapRules#relatedAreas() related areas} join: each bucket
   * that holds an area within either side of a relation is merged with the relation's other side,
   * so related commitments meet in one bucket. Empty when there are no relations.
   *
   * @param areas the distinct areas of the portfolio
   * @return for each merged bucket, its representative
   */
  private Map<PriorityArea, PriorityArea> mergedBuckets(List<PriorityArea> areas) {
    List<AreaRelation> relations = rules.relatedAreas();
    if (relations.isEmpty()) {
      return Map.of();
    }
    Map<PriorityArea, PriorityArea> parent = new HashMap<>();
    for (AreaRelation r : relations) {
      union(parent, r.area(), r.relatedArea());
    }
    for (PriorityArea a : areas) {
      for (AreaRelation r : relations) {
        if (r.touches(a)) {
          union(parent, rules.areaMatching().bucket(a), r.area());
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

  /** How many of {@code from} intersect one of {@code against}; indexed, so no iterators. */
  private static int hits(List<JurisdictionCode> from, List<JurisdictionCode> against) {
    int hits = 0;
    for (int i = 0; i < from.size(); i++) {
      for (int j = 0; j < against.size(); j++) {
        if (from.get(i).intersects(against.get(j))) {
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
    List<JurisdictionCode> places = new ArrayList<>(1);
    for (JurisdictionCode ca : a.scope()) {
      for (JurisdictionCode cb : b.scope()) {
        if (ca.intersects(cb)) {
          JurisdictionCode deeper = ca.depth() >= cb.depth() ? ca : cb;
          if (!places.contains(deeper)) {
            places.add(deeper);
          }
        }
      }
    }
    if (places.size() > 1) {
      places.sort((x, y) -> CodeOrder.compare(x.value(), y.value()));
    }
    Commitment first = a.id().compareTo(b.id()) < 0 ? a : b;
    Commitment second = first == a ? b : a;
    List<IndicatorId> shared = new ArrayList<>(first.targets().size());
    for (Target t : first.targets()) {
      IndicatorId id = t.indicator();
      if (!shared.contains(id) && targets(second, id)) {
        shared.add(id);
      }
    }
    if (shared.size() > 1) {
      shared.sort(null);
    }
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

  /** Builds the overlap of two items, by index. */
  @FunctionalInterface
  private interface PairBuilder {
    Overlap build(int a, int b, double strength);
  }

  /**
   * Keeps the strongest pairs in a bounded heap of item indexes and links every pair in a
   * union-find; nothing is built or allocated per pair until the report.
   */
  private static final class Collector {
    private final List<Commitment> items;

    /** The items in id order, and each item's place in it: pairs are ordered on these numbers. */
    private final int[] byId;

    private final int[] rank;
    private final int[] parent;
    private final long[] pairs;
    private final double[] maxStrength;
    private final int cap;

    /** The kept pairs (first and second by id), a heap with the weakest on top once full. */
    private int[] keptFirst = new int[16];

    private int[] keptSecond = new int[16];
    private double[] keptStrength = new double[16];
    private int kept;
    private long total;

    Collector(List<Commitment> items, int cap) {
      this.items = items;
      int n = items.size();
      this.byId = byId(items);
      this.rank = new int[n];
      for (int r = 0; r < n; r++) {
        rank[byId[r]] = r;
      }
      this.parent = new int[n];
      this.pairs = new long[n];
      this.maxStrength = new double[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      this.cap = cap;
    }

    void accept(int a, int b, double strength) {
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
      if (kept == cap && strength < keptStrength[0]) {
        return; // weaker than the weakest kept: the common case once the heap is full
      }
      int first = a;
      int second = b;
      if (rank[a] > rank[b]) {
        first = b;
        second = a;
      }
      if (kept < cap) {
        if (kept == keptFirst.length) {
          int size = (int) Math.min(cap, 2L * kept);
          keptFirst = Arrays.copyOf(keptFirst, size);
          keptSecond = Arrays.copyOf(keptSecond, size);
          keptStrength = Arrays.copyOf(keptStrength, size);
        }
        keptFirst[kept] = first;
        keptSecond[kept] = second;
        keptStrength[kept] = strength;
        kept++;
        if (kept == cap) {
          // no ordering needed until the cap is reached; then build the heap once
          for (int i = cap / 2 - 1; i >= 0; i--) {
            siftDown(i);
          }
        }
      } else if (stronger(strength, first, second, 0)) {
        keptFirst[0] = first;
        keptSecond[0] = second;
        keptStrength[0] = strength;
        siftDown(0);
      }
    }

    /** The item indexes sorted by commitment id. */
    private static int[] byId(List<Commitment> items) {
      Integer[] order = new Integer[items.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> items.get(x).id().compareTo(items.get(y).id()));
      int[] out = new int[order.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = order[i];
      }
      return out;
    }

    /** Whether the pair comes before kept entry {@code k} in {@link Overlap#STRONGEST_FIRST}. */
    private boolean stronger(double strength, int first, int second, int k) {
      int c = Double.compare(keptStrength[k], strength);
      if (c == 0) {
        c = Integer.compare(rank[first], rank[keptFirst[k]]);
      }
      if (c == 0) {
        c = Integer.compare(rank[second], rank[keptSecond[k]]);
      }
      return c < 0;
    }

    /** Restores the heap below {@code k}: every entry weaker than its children. */
    private void siftDown(int k) {
      while (true) {
        int weakest = k;
        for (int child = 2 * k + 1; child <= 2 * k + 2 && child < kept; child++) {
          if (stronger(keptStrength[weakest], keptFirst[weakest], keptSecond[weakest], child)) {
            weakest = child;
          }
        }
        if (weakest == k) {
          return;
        }
        swap(k, weakest);
        k = weakest;
      }
    }

    private void swap(int i, int j) {
      int f = keptFirst[i];
      keptFirst[i] = keptFirst[j];
      keptFirst[j] = f;
      int s = keptSecond[i];
      keptSecond[i] = keptSecond[j];
      keptSecond[j] = s;
      double d = keptStrength[i];
      keptStrength[i] = keptStrength[j];
      keptStrength[j] = d;
    }

    private int root(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    OverlapReport report(PairBuilder builder) {
      int n = parent.length;
      // the members of each cluster, grouped by root with a counting sort over the items in id
      // order, so that each cluster's members come out sorted
      int[] offset = new int[n + 1];
      for (int i = 0; i < n; i++) {
        int r = root(i);
        if (pairs[r] > 0) {
          offset[r + 1]++;
        }
      }
      for (int i = 0; i < n; i++) {
        offset[i + 1] += offset[i];
      }
      int[] members = new int[offset[n]];
      int[] filled = Arrays.copyOf(offset, n);
      for (int i : byId) {
        int r = root(i);
        if (pairs[r] > 0) {
          members[filled[r]++] = i;
        }
      }
      List<OverlapCluster> clusters = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        if (offset[r + 1] == offset[r]) {
          continue;
        }
        List<CommitmentId> ids = new ArrayList<>(offset[r + 1] - offset[r]);
        Set<UnitId> leads = new HashSet<>();
        Set<PriorityArea> areas = new HashSet<>();
        for (int k = offset[r]; k < offset[r + 1]; k++) {
          Commitment c = items.get(members[k]);
          ids.add(c.id());
          leads.add(c.lead());
          areas.add(c.area());
        }
        clusters.add(
            OverlapCluster.builder()
                .commitments(ids)
                .leads(new TreeSet<>(leads))
                .areas(new TreeSet<>(areas))
                .pairs(pairs[r])
                .maxStrength(maxStrength[r])
                .build());
      }
      clusters.sort(OverlapCluster.STRONGEST_FIRST);
      // the kept pairs, strongest first: pop the weakest off the heap into the last free place
      if (kept < cap) {
        for (int i = kept / 2 - 1; i >= 0; i--) {
          siftDown(i);
        }
      }
      int listedCount = kept;
      Overlap[] listed = new Overlap[listedCount];
      while (kept > 0) {
        listed[kept - 1] = builder.build(keptFirst[0], keptSecond[0], keptStrength[0]);
        kept--;
        swap(0, kept);
        siftDown(0);
      }
      return OverlapReport.builder()
          .commitmentsExamined(items.size())
          .pairs(ImmutableList.copyOf(listed))
          .totalPairs(total)
          .clusters(clusters)
          .build();
    }
  }
}
