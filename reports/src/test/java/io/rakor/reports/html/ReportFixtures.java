package io.rakor.reports.html;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.reports.Names;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.Scenario;
import java.util.ArrayList;
import java.util.List;

/** A realistic regency from the testkit, evaluated over three monthly cycles; and hostile text. */
final class ReportFixtures {
  /**
   * Text a report must escape: markup, both quotes, an ampersand, a right-to-left mark and
   * right-to-left letters.
   */
  static final String HOSTILE = "<script>alert(\"x\")</script> 'Rakor' & \u200Fمراجعة שלום";

  static final Scenario SCENARIO = Fixtures.scenario(20260112L);
  static final List<CycleEvaluation> CYCLES =
      MonitoringEvaluator.defaults()
          .evaluateAll(
              Portfolio.of(SCENARIO.commitments(), SCENARIO.indicators()),
              SCENARIO.cycles().subList(0, 3),
              SCENARIO.reports());
  static final Names NAMES = names(SCENARIO.units());

  private ReportFixtures() {}

  static Names names(List<ResponsibleUnit> units) {
    return Names.of(units, SCENARIO.priorities(), SCENARIO.officials(), SCENARIO.forums())
        .withPlaces(SCENARIO.jurisdictions(), SCENARIO.indicators());
  }

  static CycleEvaluation current() {
    return CYCLES.get(2);
  }

  static List<CycleEvaluation> previous() {
    return CYCLES.subList(0, 2);
  }

  /** The scenario's meeting, with a hostile title, decision and unit report. */
  static Meeting hostileMeeting() {
    Meeting m = SCENARIO.meeting();
    return m.withTitle("Rakor " + HOSTILE);
  }

  /** The scenario's commitments, the first with a hostile action. */
  static List<Commitment> hostileCommitments() {
    List<Commitment> all = new ArrayList<>(SCENARIO.commitments());
    all.set(0, all.get(0).withAction(HOSTILE));
    return all;
  }

  /** Names in which every unit's name is hostile. */
  static Names hostileNames() {
    return names(SCENARIO.units().stream().map(u -> u.withName(u.name() + " " + HOSTILE)).toList());
  }

  /** Evaluations of the three cycles in which the first commitment has a hostile action. */
  static List<CycleEvaluation> hostileCycles() {
    return MonitoringEvaluator.defaults()
        .evaluateAll(
            Portfolio.of(hostileCommitments(), SCENARIO.indicators()),
            SCENARIO.cycles().subList(0, 3),
            SCENARIO.reports());
  }
}
