package io.rakor.reports.internal;

import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.IndicatorCheck;
import io.rakor.core.monitoring.MilestoneCheck;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reason for a commitment's health in a report's language, one phrase per fact, from the
 * assessment's structured fields (never from core's English {@code reason()} or {@code
 * IndicatorCheck.describe()}): the same facts, in the same order. Its texts are the {@code
 * reason.*} keys of the {@code common} bundle; the matrix, the monitoring report and the minutes
 * share it. Immutable and thread-safe.
 */
public final class Reasons {
  private final Formats f;
  private final Messages t;
  private final Function<IndicatorId, String> indicators;

  /**
   * Reasons in a language.
   *
   * @param formats the language's formats
   * @param indicators the name of an indicator, shown for its id
   */
  public Reasons(Formats formats, Function<IndicatorId, String> indicators) {
    this.f = formats;
    this.t = formats.common();
    this.indicators = indicators;
  }

  /**
   * The reason as one line, starting with the health's word: {@code Berisiko: dilaporkan 20% ...}.
   *
   * @param a the assessment
   * @return the line
   */
  public String line(CommitmentAssessment a) {
    return t.text(a.health()) + ": " + String.join("; ", of(a));
  }

  /**
   * The phrases of an assessment's reason.
   *
   * @param a the assessment
   * @return its phrases, in the order core gives them
   */
  public List<String> of(CommitmentAssessment a) {
    List<String> parts = new ArrayList<>();
    if (a.health() == Health.COMPLETED) {
      return List.of(t.text("reason.completed"));
    }
    if (a.health() == Health.OVERDUE) {
      parts.add(t.text("reason.overdue", f.date(a.due())));
    }
    if (a.reportedPercent().isEmpty() && a.childrenHealth().isPresent()) {
      parts.add(t.text("reason.byChildren", children(a)));
    } else if (a.reportedPercent().isEmpty()) {
      parts.add(
          t.text(
              "reason.noReport",
              a.cycle().value(),
              f.deadline(a.reportDue()),
              f.percent(a.expectedPercent())));
    } else {
      double reported = a.reportedPercent().getAsDouble();
      double gap = a.expectedPercent() - reported;
      parts.add(
          t.text(
              "reason.reported",
              f.percent(reported),
              f.percent(a.expectedPercent()),
              gap > 0 ? t.text("reason.behind", f.number(gap)) : t.text("reason.notBehind")));
      a.childrenHealth()
          .ifPresent(h -> parts.add(t.text("reason.childrenGive", t.text(h), children(a))));
    }
    for (IndicatorCheck check : a.indicators()) {
      parts.add(indicator(check));
    }
    for (MilestoneCheck m : a.milestones()) {
      parts.add(t.text("reason.milestone", m.milestone().value(), milestone(m)));
    }
    if (a.progressDropped()) {
      parts.add(t.text("reason.dropped", f.percent(a.previousReportedPercent().getAsDouble())));
    }
    if (a.healthWorsened()) {
      parts.add(t.text("reason.worsened", t.text(a.previousHealth().orElseThrow())));
    }
    if (a.atRiskCycles() > 1) {
      parts.add(t.text("reason.streak", Integer.toString(a.atRiskCycles())));
    }
    if (a.late()) {
      ZonedDateTime submitted = a.submittedAt().orElseThrow().atZone(a.reportDue().getZone());
      parts.add(
          t.text(
              "reason.late",
              f.date(submitted.toLocalDate()) + " " + f.time(submitted),
              f.deadline(a.reportDue())));
    }
    return parts;
  }

  private String children(CommitmentAssessment a) {
    String text =
        a.childrenProgressPercent().isEmpty()
            ? t.text("reason.childrenNone")
            : t.text(
                "reason.childrenProgress",
                f.percent(a.childrenProgressPercent().getAsDouble()),
                f.percent(a.childrenExpectedPercent().orElseThrow()));
    if (a.overdueChildren().isEmpty()) {
      return text;
    }
    return t.text(
        "reason.childrenOverdue",
        text,
        a.overdueChildren().stream().map(c -> c.value()).collect(Collectors.joining(", ")));
  }

  /**
   * An indicator's check in words, from its fields: the indicator's name, its actual value against
   * the target and date, the direction and baseline, and how far along it is.
   *
   * @param c the check
   * @return the phrase
   */
  public String indicator(IndicatorCheck c) {
    String head =
        t.text(
            "reason.indicator",
            indicators.apply(c.indicator()),
            c.actual().isPresent()
                ? f.number(c.actual().getAsDouble())
                : t.text("reason.indicatorNotReported"),
            f.number(c.target()),
            f.date(c.targetBy()),
            t.text(c.direction()),
            f.number(c.baseline()));
    if (!c.judged()) {
      return t.text("reason.indicatorMore", head, t.text("reason.indicatorNotDue"));
    }
    if (c.attainmentPercent().isEmpty()) {
      return head;
    }
    return t.text(
        "reason.indicatorMore",
        head,
        t.text(
            "reason.indicatorAttainment",
            f.percent(c.attainmentPercent().getAsDouble()),
            f.percent(c.expectedPercent())));
  }

  private String milestone(MilestoneCheck m) {
    String state =
        t.text(
            "reason.milestoneState." + m.state().name(),
            f.date(m.due()),
            m.daysLate(),
            m.completedOn().map(f::date).orElse(""));
    return m.grade().isPresent() && !m.state().isDone()
        ? t.text("reason.graded", state, t.text(m.grade().get()))
        : state;
  }
}
