package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;

import io.rakor.core.meetings.Participant;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.testkit.internal.gen.MeetingGens;
import io.rakor.testkit.internal.gen.MonitoringGens;
import java.util.ArrayList;
import java.util.List;

/** The invalid-input rules of required attributes left out of a builder. */
final class RequiredAttributeRules {
  private RequiredAttributeRules() {}

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    r.add(
        rule(
            Participant.class,
            "unit",
            "a participant built without its unit",
            MeetingGens.participants()
                .map(
                    p ->
                        attempt(
                            () ->
                                Participant.builder()
                                    .role(p.role())
                                    .official(p.official())
                                    .build()))));
    r.add(
        rule(
            MonitoringCycle.class,
            "reportDue",
            "a cycle built without its report deadline",
            MonitoringGens.monitoringCycles()
                .map(
                    c ->
                        attempt(
                            () ->
                                MonitoringCycle.builder()
                                    .id(c.id())
                                    .plan(c.plan())
                                    .sequence(c.sequence())
                                    .periodStart(c.periodStart())
                                    .periodEnd(c.periodEnd())
                                    .build()))));
    return r;
  }
}
