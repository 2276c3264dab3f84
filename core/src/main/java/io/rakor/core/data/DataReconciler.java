package io.rakor.core.data;

import io.rakor.core.RakorException;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reconciles observations from several sources into one figure per key ("one data"), and reports
 * discrepancies, gaps and roll-up mismatches on the way.
 *
 * <p><b>Rules, per key.</b> Each producer's current figure is its latest collected observation
 * (ties broken by the larger id), so a producer's revisions never conflict with each other. The
 * current figures of different producers form a {@link Discrepancy} when any two of them differ
 * beyond the indicator's {@link Tolerance}. The figure is then, in this order: the {@link
 * AgreedValue} recorded for the key; the data steward's current figure; the only producer's figure;
 * the median of figures that agree within tolerance; or none ({@link Resolution#UNRESOLVED}). Every
 * observation read ends up in exactly one {@link Reconciliation}'s {@link Reconciliation#sources()
 * sources}, and the result does not depend on the order of observations within a key.
 *
 * <p><b>Streaming and memory.</b> {@link #reconcileSorted(Iterator, ReconciliationSink)} reads
 * observations sorted by {@link ObservationKey} (indicator, then period, then jurisdiction with
 * parents first: what a database gives for {@code ORDER BY indicator, period_start, period_end,
 * code}), so each key's observations are contiguous. It holds one key's observations at a time, one
 * frame per level of the jurisdiction hierarchy for the roll-up check (at most {@value
 * JurisdictionCode#MAX_DEPTH}), and the configuration (rules, agreed values, the expected keys);
 * its memory does not grow with the length of the stream. Input out of order is rejected with a
 * {@link RakorException} naming the observation, never reconciled wrongly. For inputs small enough
 * to hold, {@link #reconcile(Collection)} sorts a copy and collects a {@link ReconciliationReport}.
 * Large unsorted inputs should be sorted where they live (the database, an external sort) or split
 * into per-indicator partitions, each of which can be sorted on its own.
 *
 * <p>Instances are immutable and thread-safe; each call keeps its own state.
 *
 * @since 0.1
 */
public final class DataReconciler {
  private static final Comparator<Observation> KEY_THEN_ID =
      Comparator.comparing(Observation::key).thenComparing(Observation::id);

  private final ReconciliationConfig config;
  private final ObservationKey[] expected;

  private DataReconciler(ReconciliationConfig config) {
    this.config = config;
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
      if (!o.key().equals(key)) {
        throw new RakorException(
            "Cannot reconcile " + key + ": observation " + o.id() + " is for " + o.key());
      }
    }
    return resolve(key, observations);
  }

  private Reconciliation resolve(ObservationKey key, Collection<Observation> group) {
    List<Observation> sources = new ArrayList<>(group);
    sources.sort(Comparator.comparing(Observation::id));
    Map<UnitId, Observation> current = new TreeMap<>();
    for (Observation o : sources) {
      Observation c = current.get(o.producer());
      if (c == null || !o.collectedAt().isBefore(c.collectedAt())) {
        current.put(o.producer(), o); // ids ascend, so a tie goes to the larger id
      }
    }
    List<Observation> figures = new ArrayList<>(current.values());
    Tolerance tolerance = config.toleranceFor(key.indicator());
    Optional<Discrepancy> discrepancy = discrepancy(key, figures, tolerance);

    Reconciliation.Builder r =
        Reconciliation.builder().key(key).sources(sources).discrepancy(discrepancy);
    Optional<AgreedValue> agreed = config.agreedValueFor(key);
    Observation steward =
        config.rulesFor(key.indicator()).map(rules -> current.get(rules.steward())).orElse(null);
    if (agreed.isPresent()) {
      r.resolution(Resolution.AGREED).value(agreed.get().value()).agreement(agreed);
    } else if (steward != null) {
      r.resolution(Resolution.STEWARD).value(steward.value()).chosen(steward.id());
    } else if (figures.size() == 1) {
      r.resolution(Resolution.SINGLE_SOURCE)
          .value(figures.get(0).value())
          .chosen(figures.get(0).id());
    } else if (discrepancy.isEmpty()) {
      r.resolution(Resolution.CONSISTENT).value(median(figures));
    } else {
      r.resolution(Resolution.UNRESOLVED);
    }
    return r.build();
  }

  private static Optional<Discrepancy> discrepancy(
      ObservationKey key, List<Observation> figures, Tolerance tolerance) {
    boolean exceeded = false;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < figures.size(); i++) {
      double a = figures.get(i).value();
      low = Math.min(low, a);
      high = Math.max(high, a);
      for (int j = i + 1; j < figures.size() && !exceeded; j++) {
        exceeded = tolerance.isExceededBy(a, figures.get(j).value());
      }
    }
    if (!exceeded) {
      return Optional.empty();
    }
    return Optional.of(
        Discrepancy.builder()
            .key(key)
            .figures(figures)
            .tolerance(tolerance)
            .low(low)
            .high(high)
            .build());
  }

  private static double median(List<Observation> figures) {
    double[] values = figures.stream().mapToDouble(Observation::value).sorted().toArray();
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }

  /** One frame of the roll-up check: a jurisdiction whose direct children are being summed. */
  private static final class Frame {
    final ObservationKey key;
    final boolean hasValue;
    final double value;
    double childrenSum;
    int children;
    boolean incomplete;

    Frame(ObservationKey key, Reconciliation r) {
      this.key = key;
      this.hasValue = r.value().isPresent();
      this.value = r.value().orElse(0);
    }
  }

  /** The state of one call of {@link #reconcileSorted}. */
  private final class Run {
    final ReconciliationSink sink;
    final List<Observation> group = new ArrayList<>();
    final Deque<Frame> stack = new ArrayDeque<>();
    ObservationKey groupKey;
    int nextExpected;
    long read;

    Run(ReconciliationSink sink) {
      this.sink = sink;
    }

    void accept(Observation o) {
      ObservationKey key = o.key();
      if (groupKey != null) {
        int c = key.compareTo(groupKey);
        if (c < 0) {
          throw new RakorException(
              "Observations must be sorted by key (indicator, period, jurisdiction): "
                  + o.id()
                  + " for "
                  + key
                  + " came after "
                  + groupKey);
        }
        if (c > 0) {
          closeGroup();
        }
      }
      if (group.isEmpty()) {
        groupKey = key;
      }
      group.add(o);
      read++;
    }

    void finish() {
      if (!group.isEmpty()) {
        closeGroup();
      }
      flush();
      gapsBefore(null);
    }

    private void closeGroup() {
      ObservationKey key = groupKey;
      gapsBefore(key);
      Reconciliation r = resolve(key, group);
      group.clear();
      sink.reconciled(r);
      r.discrepancy().ifPresent(sink::discrepancy);
      rollUp(r);
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
      if (top != null
          && (!top.key.indicator().equals(indicator) || !top.key.period().equals(key.period()))) {
        flush();
      }
      boolean additive =
          config
              .rulesFor(indicator)
              .map(rules -> rules.aggregation() == Aggregation.SUM)
              .orElse(false);
      if (!additive) {
        return;
      }
      JurisdictionCode code = key.jurisdiction();
      while (!stack.isEmpty() && !stack.peek().key.jurisdiction().isAncestorOf(code)) {
        close(stack.pop());
      }
      top = stack.peek();
      if (top != null && code.parent().map(top.key.jurisdiction()::equals).orElse(false)) {
        if (r.value().isPresent()) {
          top.childrenSum += r.value().getAsDouble();
          top.children++;
        } else {
          top.incomplete = true;
        }
      }
      stack.push(new Frame(key, r));
    }

    private void flush() {
      while (!stack.isEmpty()) {
        close(stack.pop());
      }
    }

    private void close(Frame f) {
      if (!f.hasValue || f.children == 0 || f.incomplete) {
        return;
      }
      Tolerance tolerance = config.toleranceFor(f.key.indicator());
      if (tolerance.isExceededBy(f.value, f.childrenSum)) {
        sink.rollUpMismatch(
            RollUpMismatch.builder()
                .parent(f.key)
                .parentValue(f.value)
                .childrenSum(f.childrenSum)
                .childrenCounted(f.children)
                .tolerance(tolerance)
                .build());
      }
    }
  }
}
