package io.rakor.core.meetings;

import static io.rakor.core.Samples.CHAIR;
import static io.rakor.core.Samples.CLOCK;
import static io.rakor.core.Samples.LEAD;
import static io.rakor.core.Samples.SECRETARIAT;
import static io.rakor.core.Samples.WIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Samples;
import io.rakor.core.workflow.Action;
import io.rakor.core.workflow.DefaultPolicy;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Outcome;
import io.rakor.core.workflow.Rejection;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingLifecycleTest {
  private final MeetingLifecycle lifecycle = MeetingLifecycle.of(CLOCK);
  private final ZonedDateTime newStart = ZonedDateTime.of(2026, 1, 20, 9, 0, 0, 0, WIB);

  private static Meeting in(MeetingStatus status) {
    return Samples.meetingWithEveryRole().withStatus(status);
  }

  private List<MeetingCommand> everyCommand() {
    return List.of(
        MeetingCommand.openSession(),
        MeetingCommand.conclude(),
        MeetingCommand.approveMinutes(Optional.of("Notulen rapat")),
        MeetingCommand.postpone("Banjir di Kotabumi"),
        MeetingCommand.reschedule(newStart, newStart.plusHours(3)),
        MeetingCommand.cancel("Digabung dengan rakor provinsi"));
  }

  @Test
  void everyCommandFromEveryStateIsAcceptedExactlyWhenTheTableAllowsIt() {
    for (MeetingStatus status : MeetingStatus.values()) {
      for (MeetingCommand command : everyCommand()) {
        Outcome<Meeting> o = lifecycle.apply(in(status), command, CHAIR);
        boolean legal = MeetingLifecycle.TRANSITIONS.allows(status, command.action());
        assertThat(o.isAccepted()).as(status + " " + command.action()).isEqualTo(legal);
        if (legal) {
          assertThat(o.orElseThrow().status())
              .isEqualTo(
                  MeetingLifecycle.TRANSITIONS.target(status, command.action()).orElseThrow());
          assertThat(o.events())
              .singleElement()
              .extracting(e -> e.type())
              .isEqualTo(EventType.of(command.action()));
        } else {
          assertThat(o.rejection()).get().isInstanceOf(Rejection.IllegalTransition.class);
        }
      }
    }
  }

  @Test
  void aMeetingRunsFromScheduledToMinutesApproved() {
    Meeting m = Samples.meetingWithEveryRole();
    m = lifecycle.apply(m, MeetingCommand.openSession(), SECRETARIAT).orElseThrow();
    assertThat(m.status()).isEqualTo(MeetingStatus.IN_SESSION);
    m = lifecycle.apply(m, MeetingCommand.conclude(), CHAIR).orElseThrow();
    assertThat(m.status()).isEqualTo(MeetingStatus.CONCLUDED);
    Outcome<Meeting> approved =
        lifecycle.apply(
            m, MeetingCommand.approveMinutes(Optional.of("Notulen: lima isu prioritas")), CHAIR);
    assertThat(approved.orElseThrow().status()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
    assertThat(approved.orElseThrow().minutes()).contains("Notulen: lima isu prioritas");
  }

  @Test
  void minutesMustBeWrittenBeforeTheyAreApproved() {
    Outcome<Meeting> o =
        lifecycle.apply(
            in(MeetingStatus.CONCLUDED), MeetingCommand.approveMinutes(Optional.empty()), CHAIR);
    assertThat(o.rejection().orElseThrow()).isInstanceOf(Rejection.Invalid.class);
    assertThat(o.rejection().orElseThrow().rule()).isEqualTo("minutes-required");

    Meeting withMinutes = in(MeetingStatus.CONCLUDED).withMinutes("Ditulis sebelumnya");
    assertThat(
            lifecycle
                .apply(withMinutes, MeetingCommand.approveMinutes(Optional.empty()), CHAIR)
                .orElseThrow()
                .minutes())
        .contains("Ditulis sebelumnya");
  }

  @Test
  void onlyTheChairConcludesAndApproves() {
    Outcome<Meeting> o =
        lifecycle.apply(in(MeetingStatus.IN_SESSION), MeetingCommand.conclude(), SECRETARIAT);
    assertThat(o.rejection().orElseThrow()).isInstanceOf(Rejection.Denied.class);
    Rejection.Denied denied = (Rejection.Denied) o.rejection().orElseThrow();
    assertThat(denied.action()).isEqualTo(Action.CONCLUDE_MEETING);
    assertThat(denied.actor()).isEqualTo(SECRETARIAT);
    assertThat(
            lifecycle
                .apply(
                    in(MeetingStatus.SCHEDULED),
                    MeetingCommand.openSession(),
                    LEAD.as(io.rakor.core.workflow.Role.PARTICIPANT))
                .rejection()
                .orElseThrow()
                .rule())
        .isEqualTo(DefaultPolicy.ROLE_MAY_NOT_ACT);
  }

  @Test
  void aPostponedMeetingIsRescheduledKeepingTheOldDatesInTheEvent() {
    Meeting postponed =
        lifecycle
            .apply(Samples.meetingWithEveryRole(), MeetingCommand.postpone("Banjir"), SECRETARIAT)
            .orElseThrow();
    assertThat(postponed.status()).isEqualTo(MeetingStatus.POSTPONED);
    Outcome<Meeting> o =
        lifecycle.apply(
            postponed, MeetingCommand.reschedule(newStart, newStart.plusHours(3)), SECRETARIAT);
    assertThat(o.orElseThrow().status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(o.orElseThrow().start()).isEqualTo(newStart);
    assertThat(o.events().get(0).details())
        .containsEntry("previousStart", "2026-01-12T09:00+07:00[Asia/Jakarta]")
        .containsEntry("start", "2026-01-20T09:00+07:00[Asia/Jakarta]");
  }

  @Test
  void aNewTimeMustEndAfterItStartsInOneZone() {
    assertThatThrownBy(() -> MeetingCommand.reschedule(newStart, newStart))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("must be after start");
    assertThatThrownBy(
            () ->
                MeetingCommand.reschedule(
                    newStart,
                    newStart.plusHours(2).withZoneSameInstant(ZoneId.of("Asia/Makassar"))))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("same zone");
  }
}
