package io.rakor.core.monitoring;

import static io.rakor.core.Samples.LEAD;
import static io.rakor.core.Samples.SECRETARIAT;
import static io.rakor.core.Samples.monthlyPlan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DefaultPolicy;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Outcome;
import io.rakor.core.workflow.Rejection;
import io.rakor.core.workflow.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CycleLifecycleTest {
  private final MonitoringCycle january =
      CycleSchedule.cycle(monthlyPlan(), 1); // due 2026-02-11T00:00+07

  private static CycleLifecycle at(String instant) {
    return CycleLifecycle.of(monthlyPlan(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  @Test
  void aCycleClosesAtItsDeadlineAndIsThenEvaluated() {
    CycleLifecycle atDeadline = at("2026-02-10T17:00:00Z"); // exactly 2026-02-11T00:00+07:00
    Outcome<MonitoringCycle> closed = atDeadline.apply(january, CycleCommand.close(), SECRETARIAT);
    assertThat(closed.orElseThrow().status()).isEqualTo(CycleStatus.CLOSED);
    assertThat(closed.events().get(0).type()).isEqualTo(EventType.CYCLE_CLOSED);
    assertThat(closed.events().get(0).details())
        .containsEntry("sequence", "1")
        .containsEntry("plan", "monev-2026");
    Outcome<MonitoringCycle> evaluated =
        atDeadline.apply(closed.orElseThrow(), CycleCommand.markEvaluated(), SECRETARIAT);
    assertThat(evaluated.orElseThrow().status()).isEqualTo(CycleStatus.EVALUATED);
    assertThat(
            atDeadline
                .apply(evaluated.orElseThrow(), CycleCommand.close(), SECRETARIAT)
                .rejection()
                .orElseThrow())
        .isInstanceOf(Rejection.IllegalTransition.class);
  }

  @Test
  void aCycleCannotCloseOneSecondBeforeItsDeadline() {
    Outcome<MonitoringCycle> early =
        at("2026-02-10T16:59:59Z").apply(january, CycleCommand.close(), SECRETARIAT);
    assertThat(early.rejection().orElseThrow().rule()).isEqualTo("reports-still-due");
  }

  @Test
  void onlyThePlansOwnerActsAsSecretariat() {
    Actor other = Actor.of(UnitId.of("dinkes"), Role.SECRETARIAT);
    Outcome<MonitoringCycle> o =
        at("2026-03-01T00:00:00Z").apply(january, CycleCommand.close(), other);
    assertThat(o.rejection().orElseThrow().rule()).isEqualTo(DefaultPolicy.ROLE_NOT_HELD);
    assertThat(at("2026-03-01T00:00:00Z").apply(january, CycleCommand.close(), LEAD).isAccepted())
        .isFalse();
  }

  @Test
  void aCycleOfAnotherPlanIsRefused() {
    MonitoringCycle foreign = january.withPlan(MonitoringPlanId.of("other"));
    assertThat(
            at("2026-03-01T00:00:00Z")
                .apply(foreign, CycleCommand.close(), SECRETARIAT)
                .rejection()
                .orElseThrow()
                .rule())
        .isEqualTo("cycle-of-another-plan");
  }
}
