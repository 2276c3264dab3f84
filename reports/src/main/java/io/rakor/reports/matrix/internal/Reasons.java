package io.rakor.reports.matrix.internal;

import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.Health;
import io.rakor.reports.internal.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The reason for a commitment's health in the report's language, from the numbers of its assessment
 * (the same facts as {@link CommitmentAssessment#reason()}, which is in English).
 */
public final class Reasons {
  private Reasons() {}

  /**
   * The reason, starting with the health's word.
   *
   * @param a the assessment
   * @param common the bundle {@code common} in the report's language
   * @return the reason
   */
  public static String of(CommitmentAssessment a, Messages common) {
    List<String> parts = new ArrayList<>();
    if (a.health() == Health.COMPLETED) {
      return common.text(Health.COMPLETED) + ": " + common.text("Reason.completed");
    }
    if (a.health() == Health.OVERDUE) {
      parts.add(common.text("Reason.overdue", common.date(a.due())));
    }
    if (a.reportedPercent().isEmpty() && a.childrenHealth().isPresent()) {
      parts.add(
          a.childrenProgressPercent().isPresent()
              ? common.text(
                  "Reason.children",
                  common.number(a.childrenProgressPercent().getAsDouble()),
                  common.number(a.childrenExpectedPercent().orElse(0)))
              : common.text("Reason.childrenNone"));
    } else if (a.reportedPercent().isEmpty()) {
      parts.add(
          common.text(
              "Reason.noReport",
              a.cycle().value(),
              common.date(a.reportDue().toLocalDate()),
              common.number(a.expectedPercent())));
    } else {
      double gap = a.expectedPercent() - a.reportedPercent().getAsDouble();
      parts.add(
          common.text(
                  "Reason.reported",
                  common.number(a.reportedPercent().getAsDouble()),
                  common.number(a.expectedPercent()))
              + " ("
              + (gap > 0
                  ? common.text("Reason.behind", common.number(gap))
                  : common.text("Reason.notBehind"))
              + ")");
    }
    if (!a.milestonesMissed().isEmpty()) {
      parts.add(
          common.text(
              "Reason.milestonesMissed",
              String.join(", ", a.milestonesMissed().stream().map(Object::toString).toList())));
    }
    if (a.progressDropped()) {
      parts.add(
          common.text(
              "Reason.progressDropped", common.number(a.previousReportedPercent().getAsDouble())));
    }
    if (a.healthWorsened()) {
      parts.add(
          common.text("Reason.healthWorsened", common.text(a.previousHealth().orElseThrow())));
    }
    if (a.atRiskCycles() > 1) {
      parts.add(common.text("Reason.atRiskCycles", String.valueOf(a.atRiskCycles())));
    }
    if (a.late()) {
      parts.add(common.text("Reason.late"));
    }
    return common.text(a.health()) + ": " + String.join("; ", parts);
  }
}
