package io.rakor.examples;

import io.rakor.core.monitoring.HealthThresholds;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.Rejection;
import java.util.Locale;

/** How the example tells what happened: attempts and refusals, and the health rules, in words. */
final class Story {
  private Story() {}

  /**
   * An attempt and its outcome, saying who tried what on which aggregate: {@code "Perkim (lu.perkim
   * as LEAD_UNIT) tries to verify its own completion of lu.rtl.02: REFUSED (role-may-not-act):
   * ..."}.
   *
   * @param who who tries, in words
   * @param actor as whom
   * @param what what, on which aggregate, in words
   * @param outcome what came of it
   * @return the line
   */
  static String attempt(String who, Actor actor, String what, String outcome) {
    return who + " (" + actor + ") tries to " + what + ": " + outcome;
  }

  /**
   * A refusal's outcome: the rule and why.
   *
   * @param rejection the rejection
   * @return {@code "REFUSED (rule): explanation"}
   */
  static String refused(Rejection rejection) {
    return "REFUSED (" + rejection.rule() + "): " + rejection.explanation();
  }

  /**
   * The health rules an evaluation applied, in one line, for where a health is printed.
   *
   * @param t the evaluation's thresholds
   * @return the line
   */
  static String healthRules(HealthThresholds t) {
    return String.format(
        Locale.ROOT,
        "Health rules (docs/monitoring.md): the gap is how many points progress, or a target's"
            + " attainment, trails what is expected by the end of the period; OFF_TRACK above %.0f"
            + " points or %d milestones missed, AT_RISK above %.0f points, one milestone missed%s,"
            + " ON_TRACK otherwise.",
        t.offTrackGap(),
        t.missedMilestonesOffTrack(),
        t.atRiskGap(),
        t.lateReportAtRisk() ? " or the report late" : "");
  }
}
