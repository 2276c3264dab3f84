package io.rakor.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.CycleStatus;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.RakorStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StoreWalkthroughTest {
  @Test
  void theExampleRunsEndToEndThroughTheCoordinationService() {
    LampungUtara rakor = LampungUtara.build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RakorStore store =
        StoreWalkthrough.run(rakor, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    Commitment first = rakor.commitments().get(0);
    assertThat(store.load(AggregateKind.COMMITMENT, first.id()).orElseThrow().value().status())
        .isEqualTo(CommitmentStatus.IN_PROGRESS);
    assertThat(
            store.load(AggregateKind.MEETING, rakor.meeting().id()).orElseThrow().value().status())
        .isEqualTo(MeetingStatus.MINUTES_APPROVED);
    assertThat(
            store
                .load(AggregateKind.MONITORING_CYCLE, CycleId.of("lu.monev-2026-02"))
                .orElseThrow()
                .value()
                .status())
        .isEqualTo(CycleStatus.CLOSED);
    assertThat(store.events(1, PageRequest.MAX_SIZE)).hasSize(5);
    assertThat(ChainVerifier.verify(store.events(1, PageRequest.MAX_SIZE)).intact()).isTrue();
    assertThat(printed)
        .contains("REJECTED (role-may-not-act)")
        .contains("CONFLICT: Stale write to commitment")
        .contains("Hash chain: 5 entries verified");
  }
}
