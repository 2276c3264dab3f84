package io.rakor.persistence.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Examples;
import io.rakor.persistence.ForwardingStore;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.persistence.service.CoordinationService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreVerifierTest {
  private static final StoreVerifier VERIFIER = StoreVerifier.defaults();

  @Test
  void aStoreWhoseLogNamesEveryVersionIsIntact() {
    RakorStore store = LoggedStores.commitments(12, 5);
    StoreVerification v = VERIFIER.verify(store);
    assertThat(v.intact()).as(v.summary()).isTrue();
    assertThat(v.aggregates()).isEqualTo(12);
    assertThat(v.events()).isEqualTo(17);
    assertThat(v.summary())
        .isEqualTo("intact: 12 aggregates and 17 log entries checked (coverage EVERY_VERSION)");
  }

  @Test
  void pagesDoNotChangeTheVerdict() {
    RakorStore store = LoggedStores.commitments(12, 5);
    for (int size : new int[] {1, 2, 5, 17, 1000}) {
      StoreVerification v = StoreVerifier.builder().pageSize(size).build().verify(store);
      assertThat(v.intact()).as("page size %s: %s", size, v.summary()).isTrue();
      assertThat(v.events()).isEqualTo(17);
    }
  }

  @Test
  void aVersionWithoutItsEventIsNamedByKindAndId() {
    InMemoryStore store = LoggedStores.commitments(3, 0);
    store.save(AggregateKind.COMMITMENT, Examples.commitment("c-02"), 1); // no event: not whole
    List<String> report = new ArrayList<>();
    // tag::verify[]
    StoreVerification v = StoreVerifier.defaults().verify(store);
    if (!v.intact()) {
      v.mismatches().forEach(m -> report.add(m.type() + " " + m.kind() + " " + m.id()));
    }
    // end::verify[]
    assertThat(report).containsExactly("VERSION_NOT_EXPLAINED commitment c-02");
    assertThat(v.mismatches())
        .containsExactly(
            new Mismatch(
                Mismatch.Type.VERSION_NOT_EXPLAINED,
                "commitment",
                "c-02",
                "it is at version 2 but the log names it in 1 event: 1 version has no event"
                    + " (coverage EVERY_VERSION)"));
    assertThat(v.summary())
        .isEqualTo(
            "1 mismatch in 3 aggregates and 3 log entries checked (coverage EVERY_VERSION):"
                + " VERSION_NOT_EXPLAINED commitment c-02: it is at version 2 but the log names it"
                + " in 1 event: 1 version has no event (coverage EVERY_VERSION)");
    assertThatThrownBy(() -> v.requireIntact("the test store"))
        .isInstanceOf(DamagedStoreException.class)
        .hasMessage("the test store failed verification: " + v.summary())
        .satisfies(e -> assertThat(((DamagedStoreException) e).verification()).contains(v));
  }

  @Test
  void eventsForVersionsTheStoreLacksAreNamed() {
    InMemoryStore store = LoggedStores.commitments(2, 0);
    store.useTransaction(tx -> tx.append(List.of(LoggedStores.eventFor("c-01", 99))));
    store.useTransaction(tx -> tx.append(List.of(LoggedStores.eventFor("c-77", 100))));
    StoreVerification v = VERIFIER.verify(store);
    assertThat(v.mismatches())
        .extracting(Mismatch::type, Mismatch::kind, Mismatch::id, Mismatch::explanation)
        .containsExactly(
            tuple(
                Mismatch.Type.VERSION_BEHIND_LOG,
                "commitment",
                "c-01",
                "it is at version 1 but the log names it in 2 events: the store lacks versions the"
                    + " log recorded"),
            tuple(
                Mismatch.Type.AGGREGATE_MISSING,
                "commitment",
                "c-77",
                "the log names it in 1 event (the first is entry 4) but the store holds no such"
                    + " aggregate"));
  }

  @Test
  void anEventOfNoAggregateKindIsReported() {
    InMemoryStore store = LoggedStores.commitments(1, 0);
    DomainEvent odd =
        DomainEvent.builder().from(LoggedStores.eventFor("x", 1)).subjectKind("Invoice").build();
    store.useTransaction(tx -> tx.append(List.of(odd)));
    assertThat(VERIFIER.verify(store).mismatches())
        .containsExactly(
            new Mismatch(
                Mismatch.Type.UNKNOWN_SUBJECT,
                Mismatch.LOG,
                "2",
                "its subject kind \"Invoice\" is not the value type of any aggregate kind, so it"
                    + " explains nothing"));
    assertThat(StoreVerifier.builder().coverage(LogCoverage.NONE).build().verify(store).intact())
        .isTrue();
  }

  @Test
  void coverageDecidesHowManyUnloggedVersionsAreTolerated() {
    InMemoryStore store = new InMemoryStore();
    Commitment once = Examples.commitment("c-once");
    Commitment twice = Examples.commitment("c-twice");
    store.save(AggregateKind.COMMITMENT, once, 0); // created without an event
    store.save(AggregateKind.COMMITMENT, twice, 0);
    store.save(AggregateKind.COMMITMENT, twice, 1); // and changed without one
    store.useTransaction(tx -> tx.append(List.of(LoggedStores.eventFor("c-once", 1))));
    // c-once: version 1, 1 event; c-twice: version 2, no event
    assertThat(ids(StoreVerifier.defaults().verify(store))).containsExactly("c-twice");
    assertThat(
            ids(StoreVerifier.builder().coverage(LogCoverage.EVERY_CHANGE).build().verify(store)))
        .containsExactly("c-twice");
    store.useTransaction(tx -> tx.append(List.of(LoggedStores.eventFor("c-twice", 2))));
    assertThat(ids(StoreVerifier.defaults().verify(store))).containsExactly("c-twice");
    assertThat(StoreVerifier.builder().coverage(LogCoverage.EVERY_CHANGE).build().verify(store))
        .satisfies(v -> assertThat(v.intact()).as(v.summary()).isTrue());
    assertThat(LogCoverage.EVERY_CHANGE.explains(3, 1)).isFalse();
    assertThat(LogCoverage.NONE.explains(3, 0)).isTrue();
  }

  @Test
  void aStoreWrittenThroughTheCoordinationServiceVerifiesEveryVersion() {
    InMemoryStore store = new InMemoryStore();
    CoordinationService service =
        CoordinationService.builder(store)
            .clock(Clock.fixed(Instant.parse("2026-04-15T02:00:00Z"), ZoneOffset.UTC))
            .build();
    service.createAll(Examples.masterData(), Examples.SECRETARIAT);
    service.create(AggregateKind.MEETING, Examples.meeting(), Examples.SECRETARIAT);
    service.create(AggregateKind.MONITORING_PLAN, Examples.plan(), Examples.SECRETARIAT);
    service.create(AggregateKind.MONITORING_CYCLE, Examples.cycle(), Examples.SECRETARIAT);
    Commitment c = Examples.commitment("rtl-1");
    service.create(AggregateKind.COMMITMENT, c, Examples.SECRETARIAT);
    service.execute(c.id(), CommitmentCommand.agree(), Examples.CHAIR).orElseThrow();
    service.execute(c.id(), CommitmentCommand.startWork(), Examples.LEAD).orElseThrow();
    service
        .execute(
            c.id(),
            CommitmentCommand.reportProgress(Examples.report("rtl-1-2026-03", c, 40)),
            Examples.LEAD)
        .orElseThrow();
    // The service logs every version, creations (and the submitted report's) included.
    StoreVerification v = StoreVerifier.defaults().verify(store);
    assertThat(v.intact()).as(v.summary()).isTrue();
    assertThat(v.events()).isEqualTo(v.aggregates() + 3);
  }

  @Test
  void onlyTheFirstBreakOfTheChainIsReportedAndTheRestIsStillCounted() {
    InMemoryStore real = LoggedStores.commitments(6, 0);
    RakorStore tampered =
        new ForwardingStore(real) {
          @Override
          public List<LogEntry> events(long fromSequence, int limit) {
            List<LogEntry> out = new ArrayList<>(inner.events(fromSequence, limit));
            for (int i = 0; i < out.size(); i++) {
              if (out.get(i).sequence() == 3) {
                LogEntry e = out.get(i);
                out.set(
                    i,
                    e.withEvent(e.event().withOccurredAt(e.event().occurredAt().plusSeconds(1))));
              }
            }
            return out;
          }

          @Override
          public Optional<LogEntry> lastEvent() {
            return inner.lastEvent();
          }
        };
    StoreVerification v = StoreVerifier.builder().pageSize(2).build().verify(tampered);
    assertThat(v.mismatches())
        .containsExactly(
            new Mismatch(
                Mismatch.Type.CHAIN_BROKEN,
                Mismatch.LOG,
                "3",
                "ALTERED: entry (sequence 3) does not hash to its stored hash"));
    assertThat(v.events()).isEqualTo(6);
  }

  @Test
  void aHeadThatDisagreesWithTheEntriesIsReported() {
    InMemoryStore real = LoggedStores.commitments(4, 0);
    LogEntry second = real.events(2, 1).get(0);
    RakorStore stale =
        new ForwardingStore(real) {
          @Override
          public Optional<LogEntry> lastEvent() {
            return Optional.of(second);
          }
        };
    assertThat(VERIFIER.verify(stale).mismatches())
        .containsExactly(
            new Mismatch(
                Mismatch.Type.HEAD_MISMATCH,
                Mismatch.LOG,
                "4",
                "lastEvent() is entry 2 but the log read ends with entry 4"));
  }

  @Test
  void aRecordedHeadCatchesALogCutShort() {
    InMemoryStore store = LoggedStores.commitments(4, 0);
    LogEntry last = store.lastEvent().orElseThrow();
    assertThat(VERIFIER.verify(store, 4, last.hash()).intact()).isTrue();
    StoreVerification cut =
        StoreVerifier.builder()
            .coverage(LogCoverage.NONE)
            .build()
            .verify(store, 6, "ab".repeat(32));
    assertThat(cut.mismatches())
        .extracting(Mismatch::type, Mismatch::id)
        .containsExactly(tuple(Mismatch.Type.HEAD_MISMATCH, "4"));
    assertThat(cut.mismatches().get(0).explanation())
        .isEqualTo(
            "the store records its head as entry 6 (hash "
                + "ab".repeat(32)
                + ") but the log ends with entry 4 (hash "
                + last.hash()
                + "): the last 2 entries are gone");
  }

  @Test
  void aKindThatCannotBeReadIsReportedAndTheOthersAreStillChecked() {
    InMemoryStore real = LoggedStores.commitments(5, 0);
    real.useTransaction(
        tx -> {
          tx.save(AggregateKind.MEETING, Examples.meeting(), 0);
          tx.append(
              List.of(
                  DomainEvent.builder()
                      .from(LoggedStores.eventFor("x", 50))
                      .subjectKind("Meeting")
                      .subjectId(Examples.RAKOR.value())
                      .build()));
        });
    RakorStore failing =
        new ForwardingStore(real) {
          @Override
          public <T, K> Page<Versioned<T>> list(AggregateKind<T, K> kind, PageRequest page) {
            if (kind == AggregateKind.COMMITMENT && page.after().isPresent()) {
              throw new StoreException("row c-03 cannot be read");
            }
            return inner.list(kind, page);
          }
        };
    StoreVerification v = StoreVerifier.builder().pageSize(2).build().verify(failing);
    assertThat(v.mismatches())
        .containsExactly(
            new Mismatch(
                Mismatch.Type.UNREADABLE,
                "commitment",
                "after c-02",
                "listing commitment after c-02 failed, so the rest of this kind was not checked:"
                    + " row c-03 cannot be read"));
    assertThat(v.aggregates()).isEqualTo(3); // the meeting and two commitments
  }

  @Test
  void anUnreadableLogIsReportedAndTheLogIsNotComparedWithTheAggregates() {
    InMemoryStore real = LoggedStores.commitments(3, 0);
    RakorStore failing =
        new ForwardingStore(real) {
          @Override
          public List<LogEntry> events(long fromSequence, int limit) {
            throw new StoreException("the log table is gone");
          }
        };
    assertThat(VERIFIER.verify(failing).mismatches())
        .containsExactly(
            new Mismatch(
                Mismatch.Type.UNREADABLE,
                Mismatch.LOG,
                "1",
                "the log cannot be read from sequence 1: the log table is gone"));
  }

  @Test
  void everyMismatchIsCountedButOnlySomeListed() {
    InMemoryStore store = new InMemoryStore();
    for (int i = 0; i < 25; i++) {
      store.save(AggregateKind.COMMITMENT, Examples.commitment("c-" + (100 + i)), 0);
    }
    StoreVerification v = StoreVerifier.builder().maxReported(3).build().verify(store);
    assertThat(v.mismatchCount()).isEqualTo(25);
    assertThat(v.mismatches()).hasSize(3);
    assertThat(v.summary()).startsWith("25 mismatches in 25 aggregates").endsWith("; and 22 more");
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> StoreVerifier.builder().pageSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the page size must be 1 to 1000, not 0");
    assertThatThrownBy(() -> StoreVerifier.builder().maxReported(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxReported is at least 1, not 0");
    assertThat(StoreVerifier.defaults().toBuilder().coverage(LogCoverage.NONE).build())
        .hasToString("StoreVerifier[coverage NONE, maxReported 100, pageSize 500]");
  }

  private static List<String> ids(StoreVerification v) {
    return v.mismatches().stream().map(Mismatch::id).toList();
  }
}
