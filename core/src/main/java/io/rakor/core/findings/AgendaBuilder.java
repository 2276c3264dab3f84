package io.rakor.core.findings;

import com.google.common.collect.ImmutableList;
import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.data.Discrepancy;
import io.rakor.core.data.Gap;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationKey;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.data.Reconciliation;
import io.rakor.core.data.ReconciliationReport;
import io.rakor.core.data.ReconciliationSink;
import io.rakor.core.data.Resolution;
import io.rakor.core.data.RollUpMismatch;
import io.rakor.core.data.internal.Numbers;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.overlaps.Overlap;
import io.rakor.core.overlaps.OverlapCluster;
import io.rakor.core.overlaps.OverlapReport;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.units.UnitId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns analysis results into ranked {@link AgendaMaterial}, keeping at most a fixed number of
 * findings (the highest scored) so that it can sit at the end of a stream.
 *
 * <p>Scores, on one scale in {@code [0, 1]}:
 *
 * <ul>
 *   <li>an overlap cluster scores the strength of its strongest pair ({@link
 *       OverlapCluster#maxStrength()});
 *   <li>a discrepancy nobody has resolved ({@link Resolution#UNRESOLVED}) scores {@code 0.5 + 0.5 ×
 *       min(1, relative spread)}; one the data steward's figure settled by default scores {@code
 *       0.2 + 0.3 × min(1, relative spread)}, to be confirmed; one settled by an agreed value is
 *       not agenda material;
 *   <li>a roll-up mismatch scores {@code 0.2 + 0.5 × min(1, relative difference)};
 *   <li>gaps are tallied per indicator and period, one finding each, scoring {@code min(0.3, 0.1 +
 *       0.01 × missing figures)}.
 * </ul>
 *
 * <p>Ties are broken by kind and title, so the material is deterministic. Not thread-safe: one
 * builder per agenda.
 *
 * @since 0.1
 */
public final class AgendaBuilder {
  private static final int NAMED_IN_TITLE = 3;
  private static final int GAP_SAMPLES = 5;

  private final int limit;
  private final PriorityQueue<Finding> kept;
  private final Map<String, GapTally> gaps = new TreeMap<>();
  private long omitted;

  private AgendaBuilder(int limit) {
    this.limit = limit;
    this.kept = new PriorityQueue<>(Finding.HIGHEST_FIRST.reversed());
  }

  /**
   * A builder that keeps at most {@code maxFindings} findings.
   *
   * @param maxFindings the most findings the material lists, at least 1
   * @return the builder
   * @throws RakorValidationException if {@code maxFindings} is below 1
   */
  public static AgendaBuilder of(int maxFindings) {
    if (maxFindings < 1) {
      throw new RakorValidationException(
          Violation.of("AgendaBuilder", "maxFindings", maxFindings, "must be at least 1"));
    }
    return new AgendaBuilder(maxFindings);
  }

  /**
   * Adds one finding per overlap cluster, explained by its strongest listed pair.
   *
   * @param report what the overlap finder found
   * @return this builder
   */
  public AgendaBuilder addOverlaps(OverlapReport report) {
    Map<CommitmentId, Integer> clusterOf = new HashMap<>();
    for (int i = 0; i < report.clusters().size(); i++) {
      for (CommitmentId id : report.clusters().get(i).commitments()) {
        clusterOf.put(id, i);
      }
    }
    Overlap[] strongest = new Overlap[report.clusters().size()];
    for (Overlap o : report.pairs()) {
      Integer i = clusterOf.get(o.first());
      if (i != null && strongest[i] == null) {
        strongest[i] = o;
      }
    }
    for (int i = 0; i < strongest.length; i++) {
      add(overlapFinding(report.clusters().get(i), strongest[i]));
    }
    return this;
  }

  /**
   * Adds the discrepancies, roll-up mismatches and gaps of a reconciliation.
   *
   * @param report what the reconciler found
   * @return this builder
   */
  public AgendaBuilder addReconciliation(ReconciliationReport report) {
    ReconciliationSink sink = dataSink();
    report.reconciliations().forEach(sink::reconciled);
    report.gaps().forEach(sink::gap);
    report.rollUpMismatches().forEach(sink::rollUpMismatch);
    return this;
  }

  /**
   * A sink to pass to {@link io.rakor.core.data.DataReconciler#reconcileSorted}: it turns what the
   * reconciler streams into findings, holding only the kept findings and one gap tally per
   * indicator and period.
   *
   * @return the sink, backed by this builder
   */
  public ReconciliationSink dataSink() {
    return new ReconciliationSink() {
      @Override
      public void reconciled(Reconciliation r) {
        r.discrepancy().ifPresent(d -> addDiscrepancy(r, d));
      }

      @Override
      public void gap(Gap gap) {
        ObservationKey k = gap.key();
        gaps.computeIfAbsent(
                k.indicator() + " " + k.period(), s -> new GapTally(k.indicator(), k.period()))
            .add(k.jurisdiction());
      }

      @Override
      public void rollUpMismatch(RollUpMismatch m) {
        add(
            Finding.builder()
                .kind(FindingKind.ROLL_UP_MISMATCH)
                .title(
                    "Parts do not sum: "
                        + m.parent().indicator()
                        + " in "
                        + m.parent().jurisdiction()
                        + " for "
                        + m.parent().period())
                .explanation(m.explanation())
                .suggestedAction(
                    "Check the figures of "
                        + m.parent().jurisdiction()
                        + " and its sub-jurisdictions; correct the wrong ones or agree the total")
                .score(0.2 + 0.5 * Math.min(1, m.relativeDifference()))
                .key(m.parent())
                .build());
      }
    };
  }

  /**
   * Adds a finding of any kind.
   *
   * @param finding the finding
   * @return this builder
   */
  public AgendaBuilder add(Finding finding) {
    if (kept.size() < limit) {
      kept.add(finding);
    } else if (Finding.HIGHEST_FIRST.compare(finding, kept.peek()) < 0) {
      kept.poll();
      kept.add(finding);
      omitted++;
    } else {
      omitted++;
    }
    return this;
  }

  /**
   * The material: the kept findings, highest first, with the gap tallies added.
   *
   * @return the agenda material
   */
  public AgendaMaterial build() {
    for (GapTally t : gaps.values()) {
      add(t.finding());
    }
    gaps.clear();
    List<Finding> findings = new ArrayList<>(kept);
    findings.sort(Finding.HIGHEST_FIRST);
    return AgendaMaterial.builder().findings(findings).omitted(omitted).build();
  }

  private void addDiscrepancy(Reconciliation r, Discrepancy d) {
    if (r.resolution() == Resolution.AGREED) {
      return;
    }
    boolean unresolved = r.resolution() == Resolution.UNRESOLVED;
    double rel = Math.min(1, d.relativeSpread());
    String action =
        unresolved
            ? "Agree one figure for "
                + d.key()
                + " and record it with its justification and who agreed"
            : "Confirm the data steward's figure "
                + format(r.value().orElse(Double.NaN))
                + " for "
                + d.key()
                + ", or agree another and record why";
    add(
        Finding.builder()
            .kind(FindingKind.DATA_DISCREPANCY)
            .title(
                (unresolved ? "Reconcile " : "Confirm ")
                    + d.key().indicator()
                    + " in "
                    + d.key().jurisdiction()
                    + " for "
                    + d.key().period()
                    + ": "
                    + names(d.producers()))
            .explanation(d.explanation() + "; " + r.resolution())
            .suggestedAction(action)
            .score(unresolved ? 0.5 + 0.5 * rel : 0.2 + 0.3 * rel)
            .units(d.producers())
            .observations(d.figures().stream().map(Observation::id).collect(Collectors.toList()))
            .key(d.key())
            .build());
  }

  private static Finding overlapFinding(OverlapCluster c, Overlap strongest) {
    String areas = c.areas().stream().map(PriorityArea::code).collect(Collectors.joining(", "));
    String explanation =
        c.commitments().size()
            + " commitments of "
            + c.leads().size()
            + " lead units overlap in "
            + c.pairs()
            + (c.pairs() == 1 ? " pair" : " pairs")
            + (strongest == null ? "" : ". Strongest: " + strongest.explanation());
    return Finding.builder()
        .kind(FindingKind.OVERLAP)
        .title(
            "Overlap on "
                + areas
                + ": "
                + names(c.leads())
                + " ("
                + c.commitments().size()
                + " commitments)")
        .explanation(explanation)
        .suggestedAction(
            "Agree one lead, or divide the work by place or time, between "
                + c.leads().stream().map(UnitId::value).collect(Collectors.joining(", "))
                + "; merge or re-scope the overlapping commitments")
        .score(c.maxStrength())
        .units(c.leads())
        .commitments(c.commitments())
        .build();
  }

  private static String names(List<UnitId> units) {
    List<String> shown =
        units.stream().limit(NAMED_IN_TITLE).map(UnitId::value).collect(Collectors.toList());
    String text = String.join(", ", shown);
    return units.size() > NAMED_IN_TITLE
        ? text + " and " + (units.size() - NAMED_IN_TITLE) + " more"
        : text;
  }

  private static String format(double v) {
    return Numbers.format(v);
  }

  /** Missing figures of one indicator in one period. */
  private static final class GapTally {
    final IndicatorId indicator;
    final ObservationPeriod period;
    final List<JurisdictionCode> samples = new ArrayList<>(GAP_SAMPLES);
    long count;

    GapTally(IndicatorId indicator, ObservationPeriod period) {
      this.indicator = indicator;
      this.period = period;
    }

    void add(JurisdictionCode code) {
      count++;
      if (samples.size() < GAP_SAMPLES) {
        samples.add(code);
      }
    }

    Finding finding() {
      String where =
          samples.stream().map(JurisdictionCode::value).collect(Collectors.joining(", "))
              + (count > samples.size() ? " and " + (count - samples.size()) + " more" : "");
      return Finding.builder()
          .kind(FindingKind.DATA_GAP)
          .title("Missing figures: " + indicator + " for " + period + " (" + count + ")")
          .explanation("No source reported " + indicator + " for " + period + " in " + where)
          .suggestedAction(
              "Ask the producing units to report "
                  + indicator
                  + " for "
                  + period
                  + ", or confirm that no figure is expected")
          .score(Math.min(0.3, 0.1 + 0.01 * count))
          .units(ImmutableList.of())
          .build();
    }
  }
}
