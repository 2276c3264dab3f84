package io.rakor.reports.html.internal;

import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.IndicatorCheck;
import io.rakor.core.monitoring.MilestoneCheck;
import io.rakor.reports.Names;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reason of an assessment in the report's language, one phrase per fact, from the assessment's
 * numbers: the same facts as core's English {@code CommitmentAssessment.reason()}.
 */
public final class Reasons {
  private final Texts t;
  private final Names names;

  /**
   * Reasons in a language.
   *
   * @param texts the language's texts
   * @param names the names of indicators
   */
  public Reasons(Texts texts, Names names) {
    this.t = texts;
    this.names = names;
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
      parts.add(t.text("reason.overdue", t.date(a.due())));
    }
    if (a.reportedPercent().isEmpty() && a.childrenHealth().isPresent()) {
      parts.add(t.text("reason.byChildren", children(a)));
    } else if (a.reportedPercent().isEmpty()) {
      parts.add(
          t.text(
              "reason.noReport",
              a.cycle().value(),
              t.deadline(a.reportDue()),
              t.percent(a.expectedPercent())));
    } else {
      double reported = a.reportedPercent().getAsDouble();
      double gap = a.expectedPercent() - reported;
      parts.add(
          t.text(
              "reason.reported",
              t.percent(reported),
              t.percent(a.expectedPercent()),
              gap > 0 ? t.text("reason.behind", t.number(gap)) : t.text("reason.notBehind")));
      a.childrenHealth()
          .ifPresent(h -> parts.add(t.text("reason.childrenGive", t.name(h), children(a))));
    }
    for (IndicatorCheck check : a.indicators()) {
      parts.add(indicator(check));
    }
    for (MilestoneCheck m : a.milestones()) {
      parts.add(t.text("reason.milestone", m.milestone().value(), milestone(m)));
    }
    if (a.progressDropped()) {
      parts.add(t.text("reason.dropped", t.percent(a.previousReportedPercent().getAsDouble())));
    }
    if (a.healthWorsened()) {
      parts.add(t.text("reason.worsened", t.name(a.previousHealth().orElseThrow())));
    }
    if (a.atRiskCycles() > 1) {
      parts.add(t.text("reason.streak", Integer.toString(a.atRiskCycles())));
    }
    if (a.late()) {
      ZonedDateTime submitted = a.submittedAt().orElseThrow().atZone(a.reportDue().getZone());
      parts.add(
          t.text(
              "reason.late",
              t.date(submitted.toLocalDate()) + " " + t.time(submitted),
              t.deadline(a.reportDue())));
    }
    return parts;
  }

  private String children(CommitmentAssessment a) {
    String text =
        a.childrenProgressPercent().isEmpty()
            ? t.text("reason.childrenNone")
            : t.text(
                "reason.childrenProgress",
                t.percent(a.childrenProgressPercent().getAsDouble()),
                t.percent(a.childrenExpectedPercent().orElseThrow()));
    if (a.overdueChildren().isEmpty()) {
      return text;
    }
    return t.text(
        "reason.childrenOverdue",
        text,
        a.overdueChildren().stream().map(c -> c.value()).collect(Collectors.joining(", ")));
  }

  private String indicator(IndicatorCheck c) {
    String head =
        t.text(
            "reason.indicator",
            names.indicator(c.indicator()),
            c.actual().isPresent()
                ? t.number(c.actual().getAsDouble())
                : t.text("reason.indicatorNotReported"),
            t.number(c.target()),
            t.date(c.targetBy()),
            t.name(c.direction()),
            t.number(c.baseline()));
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
            t.percent(c.attainmentPercent().getAsDouble()),
            t.percent(c.expectedPercent())));
  }

  private String milestone(MilestoneCheck m) {
    String state =
        t.text(
            "reason.milestoneState." + m.state().name(),
            t.date(m.due()),
            m.daysLate(),
            m.completedOn().map(t::date).orElse(""));
    return m.grade().isPresent() && !m.state().isDone()
        ? t.text("reason.graded", state, t.name(m.grade().get()))
        : state;
  }
}
