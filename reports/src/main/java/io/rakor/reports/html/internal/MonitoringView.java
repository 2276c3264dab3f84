package io.rakor.reports.html.internal;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.HealthSummary;
import io.rakor.core.monitoring.HealthThresholds;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.Ranking;
import io.rakor.core.monitoring.Standing;
import io.rakor.reports.Names;
import io.rakor.reports.html.internal.Views.CarryRow;
import io.rakor.reports.html.internal.Views.ChangeRow;
import io.rakor.reports.html.internal.Views.CommitmentRow;
import io.rakor.reports.html.internal.Views.CountRow;
import io.rakor.reports.html.internal.Views.HealthHead;
import io.rakor.reports.html.internal.Views.Rows;
import io.rakor.reports.html.internal.Views.RuleRow;
import io.rakor.reports.html.internal.Views.StandingRow;
import io.rakor.reports.html.internal.Views.TrendRow;
import io.rakor.reports.internal.Reasons;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** Builds the view of the monitoring report of a cycle. */
public final class MonitoringView {
  private final Texts t;
  private final Names names;
  private final Reasons reasons;

  /**
   * A builder of monitoring views.
   *
   * @param texts the language's texts
   * @param names the names to show
   */
  public MonitoringView(Texts texts, Names names) {
    this.t = texts;
    this.names = names;
    this.reasons = new Reasons(texts.formats(), names::indicator);
  }

  /**
   * The cycles in order, oldest first: the previous ones and the current one last.
   *
   * @param current the current cycle's evaluation
   * @param previous evaluations of earlier cycles, in any order
   * @return all of them, oldest first
   * @throws RakorValidationException if a previous evaluation is of the current cycle or later
   */
  public static List<CycleEvaluation> history(
      CycleEvaluation current, List<CycleEvaluation> previous) {
    for (CycleEvaluation p : previous) {
      if (!p.cycle().periodStart().isBefore(current.cycle().periodStart())) {
        throw new RakorValidationException(
            Violation.of(
                "MonitoringReport",
                "previous",
                p.cycle().id(),
                "must be a cycle that starts before the reported cycle "
                    + current.cycle().id()
                    + " ("
                    + current.cycle().periodStart()
                    + ")"));
      }
    }
    return Stream.concat(
            previous.stream().sorted(Comparator.comparing(e -> e.cycle().periodStart())),
            Stream.of(current))
        .toList();
  }

  /**
   * The view of the report.
   *
   * @param current the cycle's evaluation
   * @param previous the evaluations of earlier cycles, for the trend
   * @param next the next meeting, if scheduled
   * @return the view
   */
  public Views.Monitoring of(
      CycleEvaluation current, List<CycleEvaluation> previous, Optional<Meeting> next) {
    List<CycleEvaluation> history = history(current, previous);
    MonitoringCycle cycle = current.cycle();
    HealthSummary summary = current.summary();
    Ranking ranking = current.whoIsBehind(names.directory());
    List<CountRow> counts = new ArrayList<>();
    for (Health h : Health.values()) {
      counts.add(
          new CountRow(
              h.name(),
              t.name(h),
              Integer.toString(summary.count(h)),
              summary.total() == 0 ? "–" : t.percent(100.0 * summary.count(h) / summary.total())));
    }
    return new Views.Monitoring(
        t.locale().getLanguage(),
        t.labels(),
        t.text("monitoring.title", cycle.id().value()),
        period(cycle),
        heads(t),
        counts,
        Integer.toString(summary.total()),
        new Rows<>(standings(ranking.byUnit())),
        new Rows<>(standings(ranking.byPriority())),
        history.size() > 1 ? trend(history) : List.of(),
        history.size() > 1,
        new Rows<>(changes(current)),
        new Rows<>(current.escalations().stream().map(this::row).toList()),
        next.map(
                m -> t.text("monitoring.carry.meeting", m.title(), t.date(m.start().toLocalDate())))
            .orElse(t.text("monitoring.carry.noMeeting")),
        new Rows<>(carried(current, next)),
        rules(current.thresholds()));
  }

  static List<HealthHead> heads(Texts t) {
    return Stream.of(Health.values()).map(h -> new HealthHead(h.name(), t.name(h))).toList();
  }

  String period(MonitoringCycle cycle) {
    return t.text(
        "monitoring.period",
        t.date(cycle.periodStart()),
        t.date(cycle.periodEnd().minusDays(1)),
        t.deadline(cycle.reportDue()));
  }

  private List<StandingRow> standings(List<Standing> standings) {
    List<StandingRow> rows = new ArrayList<>();
    int rank = 0;
    for (Standing s : standings) {
      rows.add(
          new StandingRow(
              Integer.toString(++rank),
              s.name(),
              t.text(
                  "monitoring.behind.ofEvaluated",
                  Integer.toString(s.behind()),
                  Integer.toString(s.evaluated())),
              t.number(s.pointsBehind()),
              s.worst().name(),
              t.name(s.worst()),
              s.commitments().stream().map(this::row).toList()));
    }
    return rows;
  }

  /**
   * A commitment's row: its names, health, points behind, days late and reasons.
   *
   * @param a the assessment
   * @return the row
   */
  public CommitmentRow row(CommitmentAssessment a) {
    OptionalDouble points = a.pointsBehind();
    return new CommitmentRow(
        a.commitment().value(),
        a.action(),
        names.unit(a.lead()),
        names.priority(a.priority()),
        a.health().name(),
        t.name(a.health()),
        points.isPresent() && points.getAsDouble() > 0 ? t.number(points.getAsDouble()) : "–",
        a.daysLate() > 0 ? Long.toString(a.daysLate()) : "–",
        reasons.of(a));
  }

  private List<TrendRow> trend(List<CycleEvaluation> history) {
    List<TrendRow> rows = new ArrayList<>();
    Double before = null;
    for (CycleEvaluation e : history) {
      HealthSummary s = e.summary();
      double share = 100 * s.shareOnTrack();
      rows.add(
          new TrendRow(
              e.cycle().id().value(),
              t.text(
                  "format.range",
                  t.date(e.cycle().periodStart()),
                  t.date(e.cycle().periodEnd().minusDays(1))),
              Stream.of(Health.values()).map(h -> Integer.toString(s.count(h))).toList(),
              s.total() == 0 ? "–" : t.percent(share),
              before == null || s.total() == 0 ? "–" : signed(share - before)));
      if (s.total() > 0) {
        before = share;
      }
    }
    return rows;
  }

  private String signed(double points) {
    String number = t.number(Math.abs(points));
    return t.text(
        points > 0.05 ? "format.up" : points < -0.05 ? "format.down" : "format.same", number);
  }

  private List<ChangeRow> changes(CycleEvaluation current) {
    List<ChangeRow> rows = new ArrayList<>();
    for (CommitmentAssessment a : current.assessments()) {
      if (a.healthWorsened() || a.progressDropped()) {
        Optional<Health> before = a.previousHealth();
        rows.add(
            new ChangeRow(
                a.commitment().value(),
                a.action(),
                before.map(Health::name).orElse("NONE"),
                t.health(before),
                a.health().name(),
                t.name(a.health()),
                a.progressDropped()
                    ? t.text(
                        "format.fromTo",
                        t.percent(a.previousReportedPercent().getAsDouble()),
                        t.percent(a.reportedPercent().getAsDouble()))
                    : "–"));
      }
    }
    return rows;
  }

  /**
   * The unfinished (agreed or in progress) commitments, worst first, then by due date and id: the
   * items that core's {@code AgendaCarryOver.carryInto} adds to the next meeting, in its order.
   */
  private List<CarryRow> carried(CycleEvaluation e, Optional<Meeting> next) {
    Portfolio p = e.portfolio();
    List<Integer> unfinished = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      CommitmentStatus status = p.commitment(i).status();
      if (status == CommitmentStatus.AGREED || status == CommitmentStatus.IN_PROGRESS) {
        unfinished.add(i);
      }
    }
    unfinished.sort(
        Comparator.comparing((Integer i) -> -e.health(i).map(Health::severity).orElse(-1))
            .thenComparing(i -> p.commitment(i).due())
            .thenComparing(i -> p.commitment(i).id()));
    int position =
        next.map(m -> m.agenda().stream().mapToInt(AgendaItem::position).max().orElse(0)).orElse(0);
    List<CarryRow> rows = new ArrayList<>();
    for (int i : unfinished) {
      Commitment c = p.commitment(i);
      Optional<Health> health = e.health(i);
      rows.add(
          new CarryRow(
              Integer.toString(++position),
              c.id().value(),
              c.action(),
              health.map(Health::name).orElse("NONE"),
              t.health(health),
              names.unit(c.lead()),
              names.priority(c.priority())));
    }
    return rows;
  }

  private List<RuleRow> rules(HealthThresholds h) {
    String atRisk = t.number(h.atRiskGap());
    String offTrack = t.number(h.offTrackGap());
    String missed = Integer.toString(h.missedMilestonesOffTrack());
    List<RuleRow> rows = new ArrayList<>();
    for (Health health :
        new Health[] {
          Health.COMPLETED,
          Health.OVERDUE,
          Health.NOT_REPORTED,
          Health.OFF_TRACK,
          Health.AT_RISK,
          Health.ON_TRACK
        }) {
      String key =
          health == Health.AT_RISK && h.lateReportAtRisk()
              ? "rule.AT_RISK_LATE"
              : "rule." + health.name();
      rows.add(new RuleRow(health.name(), t.name(health), t.text(key, atRisk, offTrack, missed)));
    }
    return rows;
  }
}
