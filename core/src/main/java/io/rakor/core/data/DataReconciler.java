package io.rakor.core.data;

import io.rakor.core.RakorException;
import io.rakor.core.data.internal.CodeOrder;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Reconciles observations from several sources into one figure per key ("one data"), builds each
 * whole's figure from its parts, and reports discrepancies, gaps and mismatches on the way.
 *
 * <p><b>Rules, per key.</b> Each producer's current figure is its latest collected observation
 * (ties broken by the larger id), so a producer's revisions never conflict with each other. The
 * current figures of different producers form a {@link Discrepancy} when any two of them differ
 * beyond the indicator's {@link Tolerance}. The figure is then, in this order: the {@link
 * AgreedValue} recorded for the key; the current figure of the data steward at the key's level
 * ({@link ReconciliationConfig#stewardFor}); the only producer's figure; the median of figures that
 * agree within tolerance; or none ({@link Resolution#UNRESOLVED}). Every observation read ends up
 * in exactly one {@link Reconciliation}'s {@link Reconciliation#sources() sources}, and the result
 * does not depend on the order of observations within a key.
 *
 * <p><b>Roll-ups and parts.</b> For a {@link Aggregation#SUM} or {@link Aggregation#RATE}
 * indicator, every jurisdiction read, or above one read, gets a {@link RollUp} built from its
 * direct sub-jurisdictions' totals (summed, or weighted by denominators), a sub-jurisdiction
 * without a figure contributing what its own sub-jurisdictions roll up to; a whole whose figure
 * differs from its roll-up is a {@link RollUpMismatch}. The parts of a population along one
 * dimension that do not add up to the group they divide are a {@link DisaggregationMismatch}.
 *
 * <p><b>Streaming and memory.</b> {@link #reconcileSorted(Iterator, ReconciliationSink)} reads
 * observations sorted by {@link ObservationKey} (indicator, then period, then jurisdiction with
 * parents first: what a database gives for {@code ORDER BY indicator, period_start, period_end,
 * code}), so each key's observations are contiguous. It holds one key's observations at a time, one
 * frame per level of the jurisdiction hierarchy for the roll-ups (at most {@value
 * JurisdictionCode#MAX_DEPTH}, each with the codes of its direct children), the parts of one
 * jurisdiction's population, and the configuration (rules, agreed values, the expected keys); its
 * memory does not grow with the length of the stream. Input out of order is rejected with a {@link
 * RakorException} naming the observation, never reconciled wrongly. For inputs small enough to
 * hold, {@link #reconcile(Collection)} sorts a copy and collects a {@link ReconciliationReport}.
 * Large unsorted inputs should be sorted where they live (the database, an external sort) or split
 * into per-indicator partitions, each of which can be sorted on its own.
 *
 * <p>Instances are immutable and thread-safe; each call keeps its own state.
 *
 * @since 0.1
 */
public final class DataReconciler {
  private static final Comparator<JurisdictionCode> CODE_ORDER =
      (a, b) -> CodeOrder.compare(a.value(), b.value());
  private static final Comparator<Observation> KEY_THEN_ID =
      Comparator.comparing(Observation::key).thenComparing(Observation::id);
  private static final Comparator<Observation> BY_ID = Comparator.comparing(Observation::id);
  private static final Comparator<Observation> BY_PRODUCER =
      Comparator.comparing(Observation::producer);

  /** Up to this many observations, a key's are sorted by insertion and its producers scanned. */
  private static final int SMALL = 16;

  private final ReconciliationConfig config;
  private final ObservationKey[] expected;
  private final boolean stewardsByScope;
  private final boolean agreedValues;

  private DataReconciler(ReconciliationConfig config) {
    this.config = config;
    this.stewardsByScope = !config.stewards().isEmpty();
    this.agreedValues = !config.agreedValues().isEmpty();
    List<ObservationKey> keys = new ArrayList<>();
    for (CoverageExpectation e : config.expectations()) {
      for (JurisdictionCode j : e.jurisdictions()) {
        for (ObservationPeriod p : e.periods()) {
          keys.add(ObservationKey.of(e.indicator(), j, p));
        }
      }
    }
    this.expected = keys.toArray(new ObservationKey[0]);
    Arrays.sort(expected);
  }

  /**
   * A reconciler with the given rules.
   *
   * @param config the rules
   * @return the reconciler
   */
  public static DataReconciler of(ReconciliationConfig config) {
    return new DataReconciler(config);
  }

  /**
   * The rules this reconciler applies.
   *
   * @return the configuration
   */
  public ReconciliationConfig config() {
    return config;
  }

  /**
   * Reconciles a stream of observations sorted by key, reporting results to a sink as they are
   * found.
   *
   * @param sortedByKey observations in {@link ObservationKey} order; within a key, any order
   * @param sink receives every result
   * @return the number of observations read
   * @throws RakorException if an observation's key sorts before the previous one's
   */
  public long reconcileSorted(Iterator<Observation> sortedByKey, ReconciliationSink sink) {
    Run run = new Run(sink);
    while (sortedByKey.hasNext()) {
      run.accept(sortedByKey.next());
    }
    run.finish();
    return run.read;
  }

  /**
   * Reconciles a stream of observations sorted by key; see {@link #reconcileSorted(Iterator,
   * ReconciliationSink)}. The stream is consumed and not closed.
   *
   * @param sortedByKey observations in {@link ObservationKey} order; within a key, any order
   * @param sink receives every result
   * @return the number of observations read
   * @throws RakorException if an observation's key sorts before the previous one's
   */
  public long reconcileSorted(Stream<Observation> sortedByKey, ReconciliationSink sink) {
    return reconcileSorted(sortedByKey.iterator(), sink);
  }

  /**
   * Reconciles observations in any order, holding them and every result in memory.
   *
   * @param observations the observations, in any order
   * @return everything found
   */
  public ReconciliationReport reconcile(Collection<Observation> observations) {
    List<Observation> sorted = new ArrayList<>(observations);
    sorted.sort(KEY_THEN_ID);
    ReconciliationReport.Builder report = ReconciliationReport.builder();
    long read =
        reconcileSorted(
            sorted.iterator(),
            new ReconciliationSink() {
              @Override
              public void reconciled(Reconciliation r) {
                report.addReconciliation(r);
              }

              @Override
              public void discrepancy(Discrepancy d) {
                report.addDiscrepancy(d);
              }

              @Override
              public void gap(Gap g) {
                report.addGap(g);
              }

              @Override
              public void rollUpMismatch(RollUpMismatch m) {
                report.addAllRollUpMismatches(List.of(m));
              }

              @Override
              public void rolledUp(RollUp rollUp) {
                report.addRollUps(rollUp);
              }

              @Override
              public void disaggregationMismatch(DisaggregationMismatch m) {
                report.addDisaggregationMismatches(m);
              }
            });
    return report.observationsRead(read).build();
  }

  /**
   * Reconciles the observations of one key, with no roll-up or gap check.
   *
   * @param key the key
   * @param observations every observation for the key, in any order; at least one
   * @return the reconciliation
   * @throws RakorException if the list is empty or an observation is for another key
   */
  public Reconciliation reconcileKey(ObservationKey key, Collection<Observation> observations) {
    if (observations.isEmpty()) {
      throw new RakorException("Cannot reconcile " + key + ": no observations");
    }
    for (Observation o : observations) {
      if (!o.isFor(key)) {
        throw new RakorException(
            "Cannot reconcile " + key + ": observation " + o.id() + " is for " + o.key());
      }
    }
    Observation[] group = observations.toArray(new Observation[0]);
    return resolve(key, group, group.length, new Rules(key.indicator()));
  }

  /**
   * What the configuration says of one indicator, looked up once for a run of its keys rather than
   * once per key.
   */
  private final class Rules {
    final IndicatorId indicator;
    final Tolerance tolerance;
    final Aggregation aggregation;

    /** The indicator's steward, wherever it is, when no steward is assigned by jurisdiction. */
    final Optional<UnitId> steward;

    Rules(IndicatorId indicator) {
      this.indicator = indicator;
      this.tolerance = config.toleranceFor(indicator);
      this.aggregation =
          config.rulesFor(indicator).map(IndicatorRules::aggregation).orElse(Aggregation.NONE);
      this.steward = config.rulesFor(indicator).map(IndicatorRules::steward);
    }

    Optional<UnitId> stewardAt(JurisdictionCode jurisdiction) {
      return stewardsByScope ? config.stewardFor(indicator, jurisdiction) : steward;
    }
  }

  /**
   * Reconciles the first {@code n} observations of {@code group}, all for {@code key}; reorders
   * them.
   */
  private Reconciliation resolve(ObservationKey key, Observation[] group, int n, Rules rules) {
    sort(group, n, BY_ID);
    List<Observation> sources = Arrays.asList(group).subList(0, n); // the builder copies them
    Observation[] figures = currentFigures(group, n);
    Tolerance tolerance = rules.tolerance;
    Optional<UnitId> stewardId = rules.stewardAt(key.jurisdiction());
    Optional<Discrepancy> discrepancy = discrepancy(key, figures, tolerance, stewardId);

    Reconciliation.Builder r =
        Reconciliation.builder().key(key).sources(sources).discrepancy(discrepancy);
    Optional<AgreedValue> agreed = agreedValues ? config.agreedValueFor(key) : Optional.empty();
    Observation steward = stewardId.isPresent() ? producedBy(figures, stewardId.get()) : null;
    if (agreed.isPresent()) {
      r.resolution(Resolution.AGREED)
          .value(agreed.get().value())
          .agreement(agreed)
          .denominator(medianDenominator(figures));
    } else if (steward != null) {
      r.resolution(Resolution.STEWARD)
          .value(steward.value())
          .chosen(steward.id())
          .denominator(steward.denominator());
    } else if (figures.length == 1) {
      Observation only = figures[0];
      r.resolution(Resolution.SINGLE_SOURCE)
          .value(only.value())
          .chosen(only.id())
          .denominator(only.denominator());
    } else if (discrepancy.isEmpty()) {
      r.resolution(Resolution.CONSISTENT)
          .value(median(figures, Observation::value))
          .denominator(medianDenominator(figures));
    } else {
      r.resolution(Resolution.UNRESOLVED);
    }
    return r.build();
  }

  /**
   * Each producer's current figure, in producer order: its latest collected observation, a tie
   * going to the larger id.
   *
   * @param byId the key's observations in id order
   * @param n how many
   */
  private static Observation[] currentFigures(Observation[] byId, int n) {
    if (n == 1) {
      return new Observation[] {byId[0]};
    }
    Observation[] current = new Observation[n];
    int m = 0;
    Map<UnitId, Integer> index = n > SMALL ? new HashMap<>() : null;
    for (int i = 0; i < n; i++) {
      Observation o = byId[i];
      int at = -1;
      if (index == null) {
        for (int j = 0; j < m && at < 0; j++) {
          UnitId producer = current[j].producer();
          if (producer == o.producer() || producer.equals(o.producer())) {
            at = j;
          }
        }
      } else {
        at = index.getOrDefault(o.producer(), -1);
      }
      if (at < 0) {
        if (index != null) {
          index.put(o.producer(), m);
        }
        current[m++] = o;
      } else if (!o.collectedAt().isBefore(current[at].collectedAt())) {
        current[at] = o; // ids ascend, so a tie goes to the larger id
      }
    }
    sort(current, m, BY_PRODUCER);
    return m == n ? current : Arrays.copyOf(current, m);
  }

  /** The figure of a producer, or null. */
  private static Observation producedBy(Observation[] figures, UnitId producer) {
    for (Observation o : figures) {
      if (o.producer() == producer || o.producer().equals(producer)) {
        return o;
      }
    }
    return null;
  }

  /**
   * Compares two observations' keys as {@link ObservationKey#compareTo} does, without building
   * them.
   */
  private static int compareKeys(Observation a, Observation b) {
    int c = a.indicator() == b.indicator() ? 0 : a.indicator().compareTo(b.indicator());
    if (c == 0 && a.period() != b.period()) {
      c = a.period().compareTo(b.period());
    }
    if (c == 0) {
      c = a.jurisdiction().compareTo(b.jurisdiction()); // text order: the code order
    }
    if (c == 0 && a.disaggregation() != b.disaggregation()) {
      c = a.disaggregation().compareTo(b.disaggregation());
    }
    return c;
  }

  /** Whether two keys are of the same indicator and period, so of the same roll-up tree. */
  private static boolean sameTree(ObservationKey a, ObservationKey b) {
    return (a.period() == b.period() || a.period().equals(b.period()))
        && (a.indicator() == b.indicator() || a.indicator().equals(b.indicator()));
  }

  /** Sorts the first {@code n} elements, stably: by insertion when there are few. */
  private static void sort(Observation[] a, int n, Comparator<Observation> order) {
    if (n > SMALL) {
      Arrays.sort(a, 0, n, order);
      return;
    }
    for (int i = 1; i < n; i++) {
      Observation x = a[i];
      int j = i - 1;
      while (j >= 0 && order.compare(a[j], x) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  private static OptionalDouble medianDenominator(Observation[] figures) {
    for (Observation o : figures) {
      if (o.denominator().isEmpty()) {
        return OptionalDouble.empty();
      }
    }
    return OptionalDouble.of(median(figures, o -> o.denominator().getAsDouble()));
  }

  private static Optional<Discrepancy> discrepancy(
      ObservationKey key, Observation[] figures, Tolerance tolerance, Optional<UnitId> steward) {
    if (figures.length < 2) {
      return Optional.empty();
    }
    boolean exceeded = false;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < figures.length; i++) {
      double a = figures[i].value();
      low = Math.min(low, a);
      high = Math.max(high, a);
      for (int j = i + 1; j < figures.length && !exceeded; j++) {
        exceeded = tolerance.isExceededBy(a, figures[j].value());
      }
    }
    if (!exceeded) {
      return Optional.empty();
    }
    return Optional.of(
        Discrepancy.builder()
            .key(key)
            .figures(Arrays.asList(figures))
            .tolerance(tolerance)
            .low(low)
            .high(high)
            .steward(steward)
            .build());
  }

  private static double median(Observation[] figures, ToDoubleFunction<Observation> number) {
    double[] values = new double[figures.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = number.applyAsDouble(figures[i]);
    }
    Arrays.sort(values);
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }

  /**
   * One frame of the roll-up: a jurisdiction (read, or an ancestor of one read) whose direct
   * children are being combined.
   */
  private static final class Frame {
    final ObservationKey key;
    final Aggregation aggregation;
    final int depth;
    final boolean hasValue;
    final double value;
    final OptionalDouble weight;

    /** SUM: the children's sum; RATE: the sum of value × weight. */
    double sum;

    /** RATE: the sum of the children's weights. */
    double weights;

    /** Bit d set: a figure at code depth d contributed. */
    int depths;

    boolean incomplete;
    List<JurisdictionCode> contributors;
    List<JurisdictionCode> missing;
    List<JurisdictionCode> withoutDenominator;

    Frame(ObservationKey key, Aggregation aggregation, Reconciliation r) {
      this.key = key;
      this.aggregation = aggregation;
      this.depth = key.jurisdiction().depth();
      this.hasValue = r != null && r.value().isPresent();
      this.value = hasValue ? r.value().getAsDouble() : 0;
      this.weight = r == null ? OptionalDouble.empty() : r.denominator();
    }

    void contribute(JurisdictionCode child, double value, double weight, int depths) {
      if (aggregation == Aggregation.RATE) {
        sum += value * weight;
        weights += weight;
      } else {
        sum += value;
      }
      this.depths |= depths;
      if (contributors == null) {
        contributors = new ArrayList<>();
      }
      contributors.add(child);
    }

    /** A direct child's own figure, which a rate without a denominator cannot weight. */
    void reported(JurisdictionCode child, double value, OptionalDouble weight, int depth) {
      if (aggregation == Aggregation.RATE && weight.isEmpty()) {
        unweighted(child);
      } else {
        contribute(child, value, weight.orElse(0), 1 << depth);
      }
    }

    void miss(JurisdictionCode child, boolean read) {
      if (missing == null) {
        missing = new ArrayList<>();
      }
      missing.add(child);
      incomplete |= read;
    }

    void unweighted(JurisdictionCode child) {
      if (withoutDenominator == null) {
        withoutDenominator = new ArrayList<>();
      }
      withoutDenominator.add(child);
      incomplete = true;
    }

    boolean rolledUp() {
      return contributors != null;
    }

    double rolledUpValue() {
      return aggregation == Aggregation.RATE ? sum / weights : sum;
    }
  }

  /** The state of one call of {@link #reconcileSorted}. */
  private final class Run {
    final ReconciliationSink sink;
    final Deque<Frame> stack = new ArrayDeque<>();

    /** The observations of the current key, in {@code group[0..size)}. */
    Observation[] group = new Observation[8];

    int size;

    /** The rules of the indicator read last. */
    Rules rules;

    /** The jurisdiction whose parts of the population are being collected, and its total. */
    ObservationKey blockKey;

    Reconciliation blockTotal;

    /** The parts read for {@link #blockKey}; null until one is. */
    Map<Disaggregation, Reconciliation> parts;

    int nextExpected;
    long read;

    Run(ReconciliationSink sink) {
      this.sink = sink;
    }

    void accept(Observation o) {
      if (size > 0 && !o.hasKeyOf(group[0])) {
        if (compareKeys(o, group[0]) < 0) {
          throw new RakorException(
              "Observations must be sorted by key (indicator, period, jurisdiction): "
                  + o.id()
                  + " for "
                  + o.key()
                  + " came after "
                  + group[0].key());
        }
        closeGroup();
      }
      if (size == group.length) {
        group = Arrays.copyOf(group, size * 2);
      }
      group[size++] = o;
      read++;
    }

    /** The rules of an indicator: those of the last one read, or looked up. */
    Rules rules(IndicatorId indicator) {
      if (rules == null || (rules.indicator != indicator && !rules.indicator.equals(indicator))) {
        rules = new Rules(indicator);
      }
      return rules;
    }

    void finish() {
      if (size > 0) {
        closeGroup();
      }
      closeBlock();
      flush();
      gapsBefore(null);
    }

    private void closeGroup() {
      ObservationKey key = group[0].key();
      gapsBefore(key);
      Reconciliation r = resolve(key, group, size, rules(key.indicator()));
      Arrays.fill(group, 0, size, null);
      size = 0;
      sink.reconciled(r);
      r.discrepancy().ifPresent(sink::discrepancy);
      if (key.isTotal()) {
        rollUp(r);
      }
      disaggregation(r);
    }

    /**
     * Collects the figures of one jurisdiction's parts of the population; when the stream moves to
     * another jurisdiction, checks them against the groups they divide.
     */
    private void disaggregation(Reconciliation r) {
      ObservationKey key = r.key();
      if (blockKey == null
          || !blockKey.jurisdiction().equals(key.jurisdiction())
          || !sameTree(blockKey, key)) {
        closeBlock();
        blockKey = key;
        blockTotal = null;
      }
      if (key.isTotal()) {
        blockTotal = r;
      } else if (rules(key.indicator()).aggregation != Aggregation.NONE) {
        if (parts == null) {
          parts = new TreeMap<>();
        }
        parts.put(key.disaggregation(), r);
      }
    }

    private void closeBlock() {
      if (parts == null) {
        return;
      }
      Map<Disaggregation, Reconciliation> figures = parts;
      parts = null;
      if (blockTotal != null) {
        figures.put(Disaggregation.TOTAL, blockTotal);
      }
      Rules blockRules = rules(blockKey.indicator());
      Aggregation aggregation = blockRules.aggregation;
      Map<Disaggregation, Map<String, Parts>> byGroup = new TreeMap<>();
      figures.forEach(
          (d, r) -> {
            for (String dimension : d.dimensions()) {
              byGroup
                  .computeIfAbsent(d.without(dimension), g -> new TreeMap<>())
                  .computeIfAbsent(dimension, x -> new Parts(aggregation))
                  .add(d.category(dimension).orElseThrow(), r);
            }
          });
      Tolerance tolerance = blockRules.tolerance;
      byGroup.forEach(
          (group, dimensions) -> {
            Reconciliation whole = figures.get(group);
            if (whole == null || whole.value().isEmpty()) {
              return;
            }
            double groupValue = whole.value().getAsDouble();
            dimensions.forEach(
                (dimension, p) -> {
                  if (p.incomplete || p.categories.isEmpty()) {
                    return;
                  }
                  double partsValue = p.value();
                  if (tolerance.isExceededBy(groupValue, partsValue)) {
                    sink.disaggregationMismatch(
                        DisaggregationMismatch.builder()
                            .group(whole.key())
                            .dimension(dimension)
                            .categories(p.categories)
                            .aggregation(aggregation)
                            .groupValue(groupValue)
                            .partsValue(partsValue)
                            .tolerance(tolerance)
                            .steward(blockRules.stewardAt(blockKey.jurisdiction()))
                            .build());
                  }
                });
          });
    }

    /** Reports every expected key before {@code key} (all of them if null) as a gap. */
    private void gapsBefore(ObservationKey key) {
      while (nextExpected < expected.length
          && (key == null || expected[nextExpected].compareTo(key) < 0)) {
        sink.gap(Gap.of(expected[nextExpected++]));
      }
      if (key != null && nextExpected < expected.length && expected[nextExpected].equals(key)) {
        nextExpected++;
      }
    }

    private void rollUp(Reconciliation r) {
      ObservationKey key = r.key();
      IndicatorId indicator = key.indicator();
      Frame top = stack.peek();
      if (top != null && !sameTree(top.key, key)) {
        flush();
      }
      Aggregation aggregation = rules(indicator).aggregation;
      if (aggregation == Aggregation.NONE) {
        return;
      }
      JurisdictionCode code = key.jurisdiction();
      while (!stack.isEmpty() && !stack.peek().key.jurisdiction().isAncestorOf(code)) {
        close(stack.pop());
      }
      int depth = code.depth();
      int from = stack.isEmpty() ? 1 : stack.peek().depth + 1;
      if (from < depth) { // ancestors not read: frames of their own, to roll up through them
        List<JurisdictionCode> ancestors = code.ancestors();
        for (int d = from; d < depth; d++) {
          stack.push(
              new Frame(
                  ObservationKey.of(indicator, ancestors.get(d - 1), key.period()),
                  aggregation,
                  null));
        }
      }
      if (depth == JurisdictionCode.MAX_DEPTH) { // a village has no children: no frame of its own
        if (r.value().isPresent()) {
          stack.peek().reported(code, r.value().getAsDouble(), r.denominator(), depth);
        } else {
          stack.peek().miss(code, true);
        }
        return;
      }
      stack.push(new Frame(key, aggregation, r));
    }

    private void flush() {
      while (!stack.isEmpty()) {
        close(stack.pop());
      }
    }

    private void close(Frame f) {
      missingExpectedChildren(f);
      Optional<UnitId> steward = Optional.empty();
      if (f.rolledUp() || f.missing != null || f.withoutDenominator != null) {
        steward = rules(f.key.indicator()).stewardAt(f.key.jurisdiction());
        sink.rolledUp(rollUpOf(f, steward));
      }
      if (f.hasValue && f.rolledUp() && !f.incomplete) {
        Tolerance tolerance = rules(f.key.indicator()).tolerance;
        double rolled = f.rolledUpValue();
        if (tolerance.isExceededBy(f.value, rolled)) {
          sink.rollUpMismatch(
              RollUpMismatch.builder()
                  .parent(f.key)
                  .aggregation(f.aggregation)
                  .parentValue(f.value)
                  .childrenSum(rolled)
                  .childrenCounted(f.contributors.size())
                  .tolerance(tolerance)
                  .steward(steward)
                  .build());
        }
      }
      Frame parent = stack.peek(); // the frames on the stack are a chain of parents
      if (parent == null) {
        return;
      }
      JurisdictionCode code = f.key.jurisdiction();
      if (f.hasValue) {
        parent.reported(code, f.value, f.weight, f.depth);
      } else if (f.rolledUp()) {
        parent.contribute(code, f.rolledUpValue(), f.weights, f.depths);
      } else {
        parent.miss(code, true);
      }
    }

    private RollUp rollUpOf(Frame f, Optional<UnitId> steward) {
      RollUp.Builder b = RollUp.builder().parent(f.key).aggregation(f.aggregation).steward(steward);
      if (f.hasValue) {
        b.reported(f.value);
      }
      if (f.rolledUp()) {
        b.value(f.rolledUpValue()).contributors(f.contributors);
        if (f.aggregation == Aggregation.RATE) {
          b.denominator(f.weights);
        }
        for (int d = 1; d <= JurisdictionCode.MAX_DEPTH; d++) {
          if ((f.depths & (1 << d)) != 0) {
            b.addBuiltFromDepths(d);
          }
        }
      }
      if (f.missing != null) {
        b.missing(f.missing);
      }
      if (f.withoutDenominator != null) {
        b.withoutDenominator(f.withoutDenominator);
      }
      return b.build();
    }

    /** Adds the direct children an expectation lists but the stream never had to the missing. */
    private void missingExpectedChildren(Frame f) {
      if (expected.length == 0) {
        return;
      }
      int i = Arrays.binarySearch(expected, f.key);
      i = i < 0 ? -i - 1 : i + 1;
      Set<JurisdictionCode> seen = null;
      boolean added = false;
      for (;
          i < expected.length
              && expected[i].indicator().equals(f.key.indicator())
              && expected[i].period().equals(f.key.period())
              && f.key.jurisdiction().isAncestorOf(expected[i].jurisdiction());
          i++) {
        JurisdictionCode child = expected[i].jurisdiction();
        if (child.depth() != f.depth + 1) {
          continue;
        }
        if (seen == null) {
          seen = new HashSet<>();
          addAll(seen, f.contributors);
          addAll(seen, f.missing);
          addAll(seen, f.withoutDenominator);
        }
        if (seen.add(child)) {
          f.miss(child, false);
          added = true;
        }
      }
      if (added) {
        f.missing.sort(CODE_ORDER);
      }
    }
  }

  /** The parts of a group along one dimension, being combined. */
  private static final class Parts {
    final Aggregation aggregation;
    final List<String> categories = new ArrayList<>();
    double sum;
    double weights;
    boolean incomplete;

    Parts(Aggregation aggregation) {
      this.aggregation = aggregation;
    }

    void add(String category, Reconciliation r) {
      if (r.value().isEmpty() || (aggregation == Aggregation.RATE && r.denominator().isEmpty())) {
        incomplete = true;
        return;
      }
      categories.add(category);
      if (aggregation == Aggregation.RATE) {
        double weight = r.denominator().getAsDouble();
        sum += r.value().getAsDouble() * weight;
        weights += weight;
      } else {
        sum += r.value().getAsDouble();
      }
    }

    double value() {
      return aggregation == Aggregation.RATE ? sum / weights : sum;
    }
  }

  private static void addAll(Set<JurisdictionCode> set, List<JurisdictionCode> codes) {
    if (codes != null) {
      set.addAll(codes);
    }
  }
}
