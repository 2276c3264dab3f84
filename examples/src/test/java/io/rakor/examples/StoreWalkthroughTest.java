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
                .load(AggregateKind.MONITORING_CYCLE, CycleId.of("lu.monev.2026/1"))
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
            + rakor.legalInstruments().size()
            + 2 // the plan and the cycle
            + rakor.commitments().size(); // February's progress reports, one per commitment
    int imported = rakor.priorities().size() + 1 + rakor.commitments().size();
    // minutes approved, work started, February's reports, the cycle closed
    int commands = 1 + 1 + rakor.commitments().size() + 1;
    assertThat(log).hasSize(created + imported + commands);
    assertThat(log)
        .filteredOn(e -> e.event().type() == EventType.AGGREGATE_IMPORTED)
        .hasSize(imported)
        .allSatisfy(
            e ->
                assertThat(e.event().detail("reason"))
                    .isEqualTo(
                        "Record of the meeting lu.rakor.2026-01-12 of 2026-01-12, entered after it"
                            + " was held"));
    // The log explains every stored version: as many entries as versions, each about a stored
    // value.
    long versions = 0;
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      versions += versionsOf(store, kind);
    }
    assertThat(versions).isEqualTo(log.size());
    assertThat(ChainVerifier.verify(log).intact()).isTrue();
    // Who tried what on which aggregate, and why it was refused.
    assertThat(printed)
        .contains(
            "Bappeda (lu.bappeda as SECRETARIAT) tries to create the concluded rakor"
                + " lu.rakor.2026-01-12: REFUSED (not-an-initial-state): Meeting.status = CONCLUDED")
        .contains(
            "Diskominfo (lu.kominfo as LEAD_UNIT) tries to verify its own completion of lu.rtl.02:"
                + " REFUSED (role-may-not-act)")
        .contains(
            "The Bupati (lu.pemkab/lu.bupati as CHAIR) tries to cancel lu.rtl.01 from a screen"
                + " still showing version 1: CONFLICT: Stale write to commitment lu.rtl.01")
        .contains("Dinkes (lu.dinkes as LEAD_UNIT) tries to report 10% done on lu.rtl.01: applied")
        .contains("Health rules (docs/monitoring.md): the gap is")
        .contains("7 evaluated: 0 completed, 5 on track, 2 at risk")
        .containsPattern("behind: [^:]+: 1 of 1 behind \\(worst AT_RISK")
        .contains("Hash chain: " + log.size() + " entries verified");
    // The cursors and the hashes are details, printed only with --verbose.
    assertThat(printed).doesNotContain("next after").doesNotContain("first import");
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
