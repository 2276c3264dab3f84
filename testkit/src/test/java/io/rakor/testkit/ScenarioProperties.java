package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.units.Forum;
import io.rakor.core.units.Official;
import io.rakor.core.units.ResponsibleUnit;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generated scenarios are internally consistent: every reference resolves, dates are in order. */
class ScenarioProperties {

  @Test
  void everyReferenceResolvesAndEveryDateIsInOrder() {
    qt().withExamples(150).forAll(RakorGen.scenarios()).checkAssert(ScenarioProperties::consistent);
  }

  @Test
  void seededScenariosAreConsistentToo() {
    for (long seed = 1; seed <= 3; seed++) {
      consistent(Fixtures.scenario(seed));
    }
  }

  static void consistent(Scenario s) {
    Jurisdiction regency = s.regency();
    for (Jurisdiction j : s.jurisdictions()) {
      j.parent().ifPresent(p -> assertThat(s.jurisdiction(p)).as("parent of %s", j).isPresent());
    }
    for (ResponsibleUnit u : s.units()) {
      assertThat(s.jurisdiction(u.jurisdiction().orElseThrow()))
          .as("jurisdiction of %s", u)
          .isPresent();
      assertThat(regency.code().contains(u.jurisdiction().orElseThrow()))
          .as("%s in the regency", u)
          .isTrue();
      u.parent().ifPresent(p -> assertThat(s.unit(p)).as("parent of %s", u).isPresent());
    }
    for (Forum f : s.forums()) {
      f.members().forEach(m -> assertThat(s.unit(m)).as("member %s", m).isPresent());
      assertThat(s.jurisdiction(f.jurisdiction())).isPresent();
    }
    for (Official o : s.officials()) {
      assertThat(s.unit(o.unit())).as("unit of %s", o).isPresent();
    }
    for (Indicator i : s.indicators()) {
      assertThat(s.unit(i.dataSteward())).as("steward of %s", i).isPresent();
    }
    Meeting m = s.meeting();
    for (Priority p : s.priorities()) {
      assertThat(s.unit(p.lead())).isPresent();
      p.contributors().forEach(c -> assertThat(s.unit(c)).isPresent());
      p.indicators().forEach(i -> assertThat(s.indicator(i)).isPresent());
      assertThat(p.originMeeting()).contains(m.id());
      assertThat(s.jurisdiction(p.jurisdiction())).isPresent();
    }

    assertThat(s.unit(m.convener())).isPresent();
    m.coConveners().forEach(f -> assertThat(s.forum(f)).isPresent());
    assertThat(s.official(m.chair())).isPresent();
    assertThat(m.participants())
        .filteredOn(p -> p.role() == ParticipantRole.CHAIR)
        .extracting(Participant::official)
        .containsExactly(java.util.Optional.of(m.chair()));
    for (Participant p : m.participants()) {
      assertThat(s.unit(p.unit())).isPresent();
      p.official()
          .ifPresent(
              o -> {
                assertThat(s.official(o)).isPresent();
                assertThat(s.official(o).orElseThrow().unit()).isEqualTo(p.unit());
              });
    }
    for (AgendaItem a : m.agenda()) {
      a.priority().ifPresent(p -> assertThat(s.priority(p)).isPresent());
      a.presenter().ifPresent(u -> assertThat(m.participantUnits()).contains(u));
    }

    LocalDate meetingDay = m.start().toLocalDate();
    for (int k = 0; k < s.commitments().size(); k++) {
      Commitment c = s.commitments().get(k);
      assertThat(c.originMeeting()).isEqualTo(m.id());
      assertThat(c.agendaPosition()).isPresent();
      assertThat(m.agendaItem(c.agendaPosition().orElseThrow())).isPresent();
      assertThat(s.unit(c.lead())).isPresent();
      c.supporters().forEach(u -> assertThat(s.unit(u)).isPresent());
      Priority priority = s.priority(c.priority()).orElseThrow();
      assertThat(c.area()).isEqualTo(priority.area());
      c.scope()
          .forEach(
              j -> {
                assertThat(s.jurisdiction(j)).isPresent();
                assertThat(regency.code().contains(j)).isTrue();
              });
      for (Target t : c.targets()) {
        assertThat(s.indicator(t.indicator())).isPresent();
      }
      int index = k;
      c.parent()
          .ifPresent(
              p ->
                  assertThat(s.commitments().subList(0, index))
                      .extracting(Commitment::id)
                      .contains(p));
      assertThat(c.start()).isAfterOrEqualTo(meetingDay);
      assertThat(c.due()).isAfterOrEqualTo(c.start());
    }

    MonitoringPlan plan = s.plan();
    assertThat(s.unit(plan.owner())).isPresent();
    assertThat(plan.originMeeting()).contains(m.id());
    assertThat(plan.zone()).isIn(RakorGen.ZONES);
    assertThat(plan.zone()).isEqualTo(m.start().getZone());
    LocalDate expectedStart = plan.firstPeriodStart();
    for (int i = 0; i < s.cycles().size(); i++) {
      MonitoringCycle cycle = s.cycles().get(i);
      assertThat(cycle.plan()).isEqualTo(plan.id());
      assertThat(cycle.sequence()).isEqualTo(i + 1);
      assertThat(cycle.periodStart()).isEqualTo(expectedStart);
      assertThat(cycle.periodEnd()).isEqualTo(expectedStart.plusMonths(1));
      assertThat(cycle.reportDue())
          .isEqualTo(
              cycle.periodEnd().atStartOfDay(plan.zone()).plusDays(plan.reportingWindowDays()));
      expectedStart = cycle.periodEnd();
    }
    assertThat(plan.firstPeriodStart()).isBeforeOrEqualTo(meetingDay);

    Set<String> reported = new HashSet<>();
    Map<Object, Double> progress = new HashMap<>();
    for (ProgressReport r : s.reports()) {
      Commitment c = s.commitment(r.commitment()).orElseThrow();
      MonitoringCycle cycle = s.cycle(r.cycle()).orElseThrow();
      assertThat(reported.add(r.commitment() + "|" + r.cycle()))
          .as("one report per cycle")
          .isTrue();
      assertThat(r.reportingUnit()).isEqualTo(c.lead());
      assertThat(c.start()).isBefore(cycle.periodEnd());
      assertThat(c.due()).isAfterOrEqualTo(cycle.periodStart());
      assertThat(r.submittedAt())
          .isAfterOrEqualTo(cycle.periodEnd().atStartOfDay(plan.zone()).toInstant());
      for (MeasuredValue v : r.values()) {
        assertThat(c.targets()).extracting(Target::indicator).contains(v.indicator());
        assertThat(cycle.contains(v.asOf())).isTrue();
      }
      for (MilestoneCompletion mc : r.milestones()) {
        assertThat(c.milestone(mc.milestone())).isPresent();
        mc.completedOn()
            .ifPresent(
                d -> {
                  assertThat(d).isAfterOrEqualTo(c.start());
                  assertThat(d).isBefore(cycle.periodEnd());
                });
      }
      Double previous = progress.put(r.commitment(), r.progressPercent());
      if (previous != null) {
        assertThat(r.progressPercent()).as("progress never falls").isGreaterThanOrEqualTo(previous);
      }
    }
    for (Commitment c : s.commitments()) {
      for (Milestone milestone : c.milestones()) {
        assertThat(milestone.due()).isBetween(c.start(), c.due());
      }
    }
  }
}
