package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The fact that a milestone was completed: on which date, on what evidence, recorded by which unit
 * in which report. Recorded once, it stays true in every later cycle; no later report has to state
 * it again, and a later report that leaves the milestone out (or says it is not done) does not undo
 * it. {@link #fromReports(Collection)} derives the facts from the reports of past cycles, and
 * {@link CycleReports.Builder#achieved(MilestoneAchievement)} gives them to an evaluation.
 *
 * <p>Invariants, checked when built: the completion date is in the years of {@link
 * io.rakor.core.values.Limits}; no evidence reference is null. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestoneAchievement.class)
@JsonDeserialize(as = ImmutableMilestoneAchievement.class)
public abstract class MilestoneAchievement implements WithMilestoneAchievement {
  /** The order in which a cycle's reports supersede each other: submission instant, then id. */
  static final Comparator<ProgressReport> REPORT_ORDER =
      Comparator.comparing(ProgressReport::submittedAt).thenComparing(r -> r.id().value());

  MilestoneAchievement() {}

  /**
   * Starts building a {@link MilestoneAchievement}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link MilestoneAchievement} values, checking every invariant in {@link #build()}.
   * Obtained from {@link MilestoneAchievement#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableMilestoneAchievement.Builder {
    Builder() {}
  }

  /**
   * The milestones completed according to reports, one fact per milestone. Of each commitment's
   * reports in a cycle only the one that counts is read (the last submitted, then the last id in
   * text order, as in {@link CycleReports}); of the completions these report for a milestone, the
   * earliest completion date is the fact (then the earliest report).
   *
   * @param reports progress reports of any cycles
   * @return the facts, ordered by commitment, then milestone
   */
  public static ImmutableList<MilestoneAchievement> fromReports(
      Collection<ProgressReport> reports) {
    Map<List<Object>, ProgressReport> kept = new LinkedHashMap<>();
    for (ProgressReport r : reports) {
      kept.merge(
          List.<Object>of(r.commitment(), r.cycle()),
          r,
          (a, b) -> REPORT_ORDER.compare(a, b) >= 0 ? a : b);
    }
    List<ProgressReport> ordered = new ArrayList<>(kept.values());
    ordered.sort(REPORT_ORDER);
    Map<List<Object>, MilestoneAchievement> facts = new LinkedHashMap<>();
    for (ProgressReport r : ordered) {
      for (MilestoneCompletion m : r.milestones()) {
        if (m.done()) {
          MilestoneAchievement fact =
              MilestoneAchievement.builder()
                  .commitment(r.commitment())
                  .milestone(m.milestone())
                  .completedOn(m.completedOn().orElseThrow())
                  .recordedBy(r.reportingUnit())
                  .report(r.id())
                  .cycle(r.cycle())
                  .evidence(m.evidence())
                  .build();
          facts.merge(
              List.<Object>of(r.commitment(), m.milestone()),
              fact,
              (a, b) -> b.completedOn().isBefore(a.completedOn()) ? b : a);
        }
      }
    }
    List<MilestoneAchievement> out = new ArrayList<>(facts.values());
    out.sort(
        Comparator.comparing(MilestoneAchievement::commitment)
            .thenComparing(MilestoneAchievement::milestone));
    return ImmutableList.copyOf(out);
  }

  /**
   * The commitment whose milestone was completed.
   *
   * @return the commitment's id
   */
  public abstract CommitmentId commitment();

  /**
   * The milestone completed.
   *
   * @return the milestone's id
   */
  public abstract MilestoneId milestone();

  /**
   * The day it was completed.
   *
   * @return the completion date
   */
  public abstract LocalDate completedOn();

  /**
   * The unit that recorded it.
   *
   * @return the unit's id
   */
  public abstract UnitId recordedBy();

  /**
   * The report that recorded it.
   *
   * @return the report's id
   */
  public abstract ProgressReportId report();

  /**
   * The cycle of that report.
   *
   * @return the cycle's id
   */
  public abstract CycleId cycle();

  /**
   * The evidence of the completion.
   *
   * @return the evidence references
   */
  @AllowNulls
  public abstract List<EvidenceRef> evidence();

  @Value.Check
  void check() {
    Checker c = Checker.of("MilestoneAchievement").entries("evidence", evidence()).checkpoint();
    c.date("completedOn", completedOn()).done();
  }
}
