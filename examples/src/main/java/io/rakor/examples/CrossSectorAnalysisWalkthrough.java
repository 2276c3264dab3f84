package io.rakor.examples;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.Aggregation;
import io.rakor.core.data.AgreedValue;
import io.rakor.core.data.CollectionMethod;
import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.IndicatorRules;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationId;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.data.Reconciliation;
import io.rakor.core.data.ReconciliationConfig;
import io.rakor.core.data.ReconciliationReport;
import io.rakor.core.data.Tolerance;
import io.rakor.core.findings.AgendaBuilder;
import io.rakor.core.findings.AgendaMaterial;
import io.rakor.core.findings.Finding;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.overlaps.Overlap;
import io.rakor.core.overlaps.OverlapFinder;
import io.rakor.core.overlaps.OverlapReport;
import io.rakor.core.priorities.PriorityArea;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cross-sector analyses on the Lampung Utara example: one overlapping programme and one data
 * discrepancy, each found, put on the next meeting's agenda and resolved.
 *
 * <ol>
 *   <li>The family-planning office (DP3AP2KB) proposes its own stunting programme in Kecamatan
 *       Kotabumi. The overlap finder shows that it overlaps the health office's regency-wide
 *       stunting commitment (lu.rtl.01): same area, same place, same months, same indicator.
 *   <li>For the same kecamatan and 2025, the health office (the data steward of stunting
 *       prevalence) and DP3AP2KB report different prevalences. The reconciler reports the
 *       discrepancy; by default the steward's figure stands.
 *   <li>Both go on the agenda of the next rakor, ranked.
 *   <li>The meeting folds the proposed programme into lu.rtl.01 (it is superseded), and agrees a
 *       figure with its justification. Re-run, the finder finds no overlap, and the reconciliation
 *       shows the agreed figure with both source figures kept.
 * </ol>
 *
 * <p>Figures, dates and the proposed programme are illustrative; the seed report gives none.
 */
public final class CrossSectorAnalysisWalkthrough {
  private static final int KOTABUMI = LampungUtara.KECAMATAN.indexOf("Kotabumi");

  private CrossSectorAnalysisWalkthrough() {}

  /**
   * What the walkthrough found and how it was resolved.
   *
   * @param overlapsFound the overlaps with the proposed programme
   * @param overlapsAfter the overlaps once it is superseded
   * @param figureFound the reconciliation of the two figures, by default
   * @param agenda the agenda material for the next meeting
   * @param figureAgreed the reconciliation once the meeting agreed a figure
   */
  public record Outcome(
      OverlapReport overlapsFound,
      OverlapReport overlapsAfter,
      Reconciliation figureFound,
      AgendaMaterial agenda,
      Reconciliation figureAgreed) {}

  /**
   * Runs the walkthrough and prints what happens.
   *
   * @param rakor the example's data
   * @param out where to print
   * @return what was found and resolved
   */
  public static Outcome run(LampungUtara rakor, PrintStream out) {
    out.println();
    out.println("== Cross-sector analysis: overlaps and one data ==");

    // 1. An overlapping programme.
    Commitment proposed =
        Commitment.builder()
            .id(CommitmentId.of("lu.rtl.proposed.01"))
            .originMeeting(rakor.meeting().id())
            .action("Kelas ibu balita dan pendampingan keluarga berisiko stunting di Kotabumi")
            .lead(LampungUtara.DP3AP2KB)
            .priority(LampungUtara.STUNTING)
            .area(PriorityArea.STUNTING)
            .addScope(LampungUtara.kecamatan(KOTABUMI))
            .addTarget(Target.of(LampungUtara.STUNTING_PREVALENCE, 15.0, LocalDate.of(2026, 9, 30)))
            .start(LocalDate.of(2026, 3, 1))
            .due(LocalDate.of(2026, 9, 30))
            .build();
    List<Commitment> portfolio = new ArrayList<>(rakor.commitments());
    portfolio.add(proposed);
    OverlapFinder finder = OverlapFinder.defaults();
    OverlapReport found = finder.find(portfolio);
    out.printf(
        "Overlaps in the follow-up plan with the proposed programme: %d%n", found.totalPairs());
    for (Overlap o : found.pairs()) {
      out.println("  " + o.explanation());
    }

    // 2. Two figures for the same thing.
    Indicator prevalence =
        rakor.indicators().stream()
            .filter(i -> i.id().equals(LampungUtara.STUNTING_PREVALENCE))
            .findFirst()
            .orElseThrow();
    ObservationPeriod year2025 = ObservationPeriod.year(2025);
    Observation health =
        Observation.builder()
            .id(ObservationId.of("lu.obs.dinkes.kotabumi.2025"))
            .indicator(prevalence.id())
            .jurisdiction(LampungUtara.kecamatan(KOTABUMI))
            .period(year2025)
            .value(16.9)
            .producer(LampungUtara.DINKES)
            .collectedAt(Instant.parse("2026-01-08T03:00:00Z"))
            .method(CollectionMethod.ADMINISTRATIVE)
            .source("e-PPGBM, penimbangan balita Agustus 2025 (illustrative)")
            .build();
    Observation family =
        Observation.builder()
            .id(ObservationId.of("lu.obs.dp3ap2kb.kotabumi.2025"))
            .indicator(prevalence.id())
            .jurisdiction(LampungUtara.kecamatan(KOTABUMI))
            .period(year2025)
            .value(21.4)
            .producer(LampungUtara.DP3AP2KB)
            .collectedAt(Instant.parse("2026-01-09T03:00:00Z"))
            .method(CollectionMethod.SURVEY)
            .source("Pendataan keluarga 2025, sampel Kotabumi (illustrative)")
            .build();
    IndicatorRules rules = IndicatorRules.of(prevalence, Tolerance.absolute(1.0), Aggregation.NONE);
    ReconciliationConfig config = ReconciliationConfig.builder().addIndicator(rules).build();
    ReconciliationReport data = DataReconciler.of(config).reconcile(List.of(health, family));
    Reconciliation byDefault = data.reconciliations().get(0);
    data.discrepancies().forEach(d -> out.println("Discrepancy: " + d.explanation()));
    out.printf(
        Locale.ROOT,
        "By default the data steward's figure stands: %s = %.1f (%s)%n",
        byDefault.key(),
        byDefault.value().orElseThrow(),
        byDefault.resolution());

    // 3. The agenda of the next meeting.
    AgendaMaterial agenda = AgendaBuilder.of(10).addOverlaps(found).addReconciliation(data).build();
    out.println("Agenda material for the next rakor, ranked:");
    for (Finding f : agenda.findings()) {
      out.printf(
          Locale.ROOT, "  [%.2f] %s%n         -> %s%n", f.score(), f.title(), f.suggestedAction());
    }

    // 4. The meeting resolves both.
    List<Commitment> resolvedPortfolio = new ArrayList<>(rakor.commitments());
    resolvedPortfolio.add(
        Commitment.builder().from(proposed).status(CommitmentStatus.SUPERSEDED).build());
    OverlapReport after = finder.find(resolvedPortfolio);
    out.printf(
        "Resolved: %s is folded into lu.rtl.01 (superseded); overlaps now: %d%n",
        proposed.id(), after.totalPairs());

    AgreedValue agreed =
        AgreedValue.builder()
            .key(health.key())
            .value(18.2)
            .justification(
                "Dinkes and DP3AP2KB matched the posyandu weighing against the family-survey"
                    + " sample; the weighing missed two villages. Figure to be reviewed against"
                    + " SSGI 2025.")
            .addAgreedBy(LampungUtara.DINKES)
            .addAgreedBy(LampungUtara.DP3AP2KB)
            .addAgreedBy(LampungUtara.BAPPEDA)
            .agreedOn(LocalDate.of(2026, 2, 9))
            .meeting(rakor.meeting().id())
            .build();
    Reconciliation agreedFigure =
        DataReconciler.of(
                ReconciliationConfig.builder().from(config).addAgreedValue(agreed).build())
            .reconcile(List.of(health, family))
            .reconciliations()
            .get(0);
    out.printf(
        Locale.ROOT,
        "Resolved: agreed figure %.1f (%s), agreed by %s; sources kept: %s%n",
        agreedFigure.value().orElseThrow(),
        agreedFigure.resolution(),
        agreed.agreedBy(),
        agreedFigure.sources().stream().map(o -> o.id() + "=" + o.value()).toList());
    return new Outcome(found, after, byDefault, agenda, agreedFigure);
  }
}
