package io.rakor.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.CycleStatus;
import io.rakor.core.workflow.EventType;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.jdbc.JdbcStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreWalkthroughTest {
  @Test
  void theExampleRunsEndToEndThroughTheCoordinationService(@TempDir Path dir) {
    LampungUtara rakor = LampungUtara.build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (JdbcStore store = StoreWalkthrough.freshH2File(dir.resolve("lampung-utara"), out)) {
      StoreWalkthrough.run(rakor, store, out);
      checkTheStore(rakor, store, bytes.toString(StandardCharsets.UTF_8));
    }
  }

  private static void checkTheStore(LampungUtara rakor, RakorStore store, String printed) {
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
    List<LogEntry> log = StoreWalkthrough.wholeLog(store);
    int created =
        rakor.jurisdictions().size()
            + rakor.units().size()
            + 1 // the Forkopimda
            + 1 // the Bupati
            + rakor.indicators().size()
            + 2 // the plan and the cycle
            + 2; // the two progress reports
    int imported = rakor.priorities().size() + 1 + rakor.commitments().size();
    int commands = 5; // minutes approved, work started, two reports, the cycle closed
    assertThat(log).hasSize(created + imported + commands);
    assertThat(log)
        .filteredOn(e -> e.event().type() == EventType.AGGREGATE_IMPORTED)
        .hasSize(imported)
        .allSatisfy(
            e -> assertThat(e.event().detail("reason")).isEqualTo(StoreWalkthrough.IMPORT_REASON));
    // The log explains every stored version: as many entries as versions, each about a stored
    // value.
    long versions = 0;
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      versions += versionsOf(store, kind);
    }
    assertThat(versions).isEqualTo(log.size());
    assertThat(ChainVerifier.verify(log).intact()).isTrue();
    assertThat(printed)
        .contains("Creating the concluded rakor: Rejected (not-an-initial-state): Meeting.status")
        .contains("REJECTED (role-may-not-act)")
        .contains("CONFLICT: Stale write to commitment")
        .contains("Hash chain: " + log.size() + " entries verified");
  }

  private static long versionsOf(RakorStore store, AggregateKind<?, ?> kind) {
    long versions = 0;
    Optional<PageRequest> request = Optional.of(PageRequest.first(PageRequest.MAX_SIZE));
    while (request.isPresent()) {
      Page<? extends Versioned<?>> page = store.list(kind, request.get());
      versions += page.items().stream().mapToLong(Versioned::version).sum();
      request = request.get().next(page);
    }
    return versions;
  }
}
