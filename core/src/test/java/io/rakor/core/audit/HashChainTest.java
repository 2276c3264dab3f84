package io.rakor.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.Samples;
import io.rakor.core.audit.ChainVerification.Breach;
import io.rakor.core.json.RakorJson;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashChainTest {
  static DomainEvent event(int n) {
    return DomainEvent.builder()
        .type(EventType.PROGRESS_REPORTED)
        .subjectKind("Commitment")
        .subjectId("rtl-0" + n)
        .actor(Samples.LEAD)
        .occurredAt(Instant.parse("2026-02-01T00:00:00Z").plusSeconds(n))
        .fromState("IN_PROGRESS")
        .toState("IN_PROGRESS")
        .putDetail("progressPercent", Integer.toString(10 * n))
        .putDetail("cycle", "monev-2026/1")
        .build();
  }

  static List<LogEntry> chain(int size) {
    List<DomainEvent> events = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      events.add(event(i));
    }
    return HashChain.append(List.of(), events);
  }

  @Test
  void entriesAreNumberedFromOneAndLinked() {
    List<LogEntry> log = chain(3);
    assertThat(log).extracting(LogEntry::sequence).containsExactly(1L, 2L, 3L);
    assertThat(log.get(0).previousHash()).isEqualTo(HashChain.GENESIS);
    assertThat(log.get(1).previousHash()).isEqualTo(log.get(0).hash());
    assertThat(log.get(2).previousHash()).isEqualTo(log.get(1).hash());
    assertThat(ChainVerifier.verify(log).intact()).isTrue();
    assertThat(ChainVerifier.verify(log).explanation()).isEqualTo("3 entries verified");
  }

  @Test
  void appendingContinuesAnExistingChain() {
    List<LogEntry> first = chain(2);
    List<LogEntry> more = HashChain.append(first, List.of(event(7)));
    assertThat(more.get(0).sequence()).isEqualTo(3);
    List<LogEntry> all = new ArrayList<>(first);
    all.addAll(more);
    assertThat(ChainVerifier.verify(all).intact()).isTrue();
  }

  @Test
  void theCanonicalFormIsSortedAndStable() {
    String json = new String(HashChain.canonicalBytes(event(1)), StandardCharsets.UTF_8);
    assertThat(json)
        .startsWith("{\"actor\":{")
        .contains("\"details\":{\"cycle\":\"monev-2026/1\",\"progressPercent\":\"10\"}")
        .contains("\"occurredAt\":\"2026-02-01T00:00:01Z\"")
        .doesNotContain(" ");
    DomainEvent reread = RakorJson.read(RakorJson.write(event(1)), DomainEvent.class);
    assertThat(reread).isEqualTo(event(1));
    assertThat(HashChain.hash(1, HashChain.GENESIS, reread))
        .isEqualTo(HashChain.hash(1, HashChain.GENESIS, event(1)));
  }

  /**
   * Pins the canonical form and the hash function: stores keep hash-chained logs for years, so a
   * change to either (for example a changed date format in RakorJson) would make every stored log
   * fail verification. If this test fails, the change needs a new chain format version, not a new
   * expected value.
   */
  @Test
  void theCanonicalFormAndHashArePinned() {
    assertThat(new String(HashChain.canonicalBytes(event(1)), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"actor\":{\"role\":\"LEAD_UNIT\",\"unit\":\"dinkes\"},\"details\":{\"cycle\":\"monev-2026/1\",\"progressPercent\":\"10\"},\"fromState\":\"IN_PROGRESS\",\"occurredAt\":\"2026-02-01T00:00:01Z\",\"subjectId\":\"rtl-01\",\"subjectKind\":\"Commitment\",\"toState\":\"IN_PROGRESS\",\"type\":\"PROGRESS_REPORTED\"}");
    // The first hash was also computed outside Java, with Python's hashlib, over the documented
    // input: sha256("1\n" + 64 zeros + "\n" + the canonical JSON above).
    assertThat(chain(2))
        .extracting(LogEntry::hash)
        .containsExactly(
            "e9962e8e81f5f3aa5d1696b7ab384a0be1e53d0657c7e98ed0eac456d24381b5",
            "59a2b37d5f42c60353d83ce1b59807a483bb15294c8780a4df5a85c412051b22");
  }

  @Test
  void logEntriesSurviveJson() {
    List<LogEntry> log = chain(3);
    List<LogEntry> reread = new ArrayList<>();
    for (LogEntry e : log) {
      reread.add(RakorJson.read(RakorJson.write(e), LogEntry.class));
    }
    assertThat(reread).isEqualTo(log);
    assertThat(ChainVerifier.verify(reread).intact()).isTrue();
  }

  @Test
  void anAlteredEventIsCaughtAtItsEntry() {
    List<LogEntry> log = new ArrayList<>(chain(5));
    LogEntry victim = log.get(2);
    log.set(
        2, victim.withEvent(victim.event().withDetails(java.util.Map.of("progressPercent", "99"))));
    ChainVerification v = ChainVerifier.verify(log);
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBadIndex()).isEqualTo(2);
    assertThat(v.breach()).isEqualTo(Breach.ALTERED);
    assertThat(v.explanation())
        .isEqualTo("entry at index 2 (sequence 3) does not hash to its stored hash");
  }

  @Test
  void aReHashedAlterationBreaksTheNextLink() {
    List<LogEntry> log = new ArrayList<>(chain(5));
    LogEntry victim = log.get(1);
    DomainEvent forged = victim.event().withSubjectId("rtl-99");
    log.set(1, victim.withEvent(forged).withHash(HashChain.hash(2, victim.previousHash(), forged)));
    ChainVerification v = ChainVerifier.verify(log);
    assertThat(v.firstBadIndex()).isEqualTo(2);
    assertThat(v.breach()).isEqualTo(Breach.ALTERED);
    assertThat(v.explanation()).contains("does not link to the entry before it");
  }

  @Test
  void aRemovedEntryIsCaughtWhereTheGapIs() {
    List<LogEntry> log = new ArrayList<>(chain(5));
    log.remove(3);
    ChainVerification v = ChainVerifier.verify(log);
    assertThat(v.firstBadIndex()).isEqualTo(3);
    assertThat(v.breach()).isEqualTo(Breach.REMOVED);
    assertThat(v.explanation())
        .isEqualTo("entry at index 3 has sequence 5 where 4 was expected: entry 4 is missing");
  }

  @Test
  void swappedEntriesAreCaughtAsReordered() {
    List<LogEntry> log = new ArrayList<>(chain(5));
    Collections.swap(log, 1, 3);
    ChainVerification v = ChainVerifier.verify(log);
    assertThat(v.firstBadIndex()).isEqualTo(1);
    assertThat(v.breach()).isEqualTo(Breach.REORDERED);
  }

  @Test
  void aRepeatedEntryIsCaughtAsReordered() {
    List<LogEntry> log = new ArrayList<>(chain(3));
    log.add(2, log.get(1));
    ChainVerification v = ChainVerifier.verify(log);
    assertThat(v.firstBadIndex()).isEqualTo(2);
    assertThat(v.breach()).isEqualTo(Breach.REORDERED);
  }

  @Test
  void aTruncatedLogIsCaughtOnlyAgainstTheRecordedHead() {
    List<LogEntry> log = chain(5);
    String head = ChainVerifier.head(log);
    List<LogEntry> cut = log.subList(0, 4);
    assertThat(ChainVerifier.verify(cut).intact()).isTrue();
    ChainVerification v = ChainVerifier.verify(cut, head, 5);
    assertThat(v.intact()).isFalse();
    assertThat(v.breach()).isEqualTo(Breach.REMOVED);
    assertThat(v.firstBadIndex()).isEqualTo(4);
    assertThat(ChainVerifier.verify(log, head, 5).intact()).isTrue();
    assertThat(ChainVerifier.verify(List.of(), HashChain.GENESIS, 0).intact()).isTrue();
  }

  @Test
  void aSegmentVerifiesFromItsAnchor() {
    List<LogEntry> log = chain(6);
    assertThat(ChainVerifier.verifySegment(log.subList(3, 6), 4, log.get(2).hash()).intact())
        .isTrue();
    assertThat(ChainVerifier.verifySegment(log.subList(3, 6), 4, HashChain.GENESIS).firstBadIndex())
        .isEqualTo(0);
  }
}
