package io.rakor.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import io.rakor.core.audit.HashChain;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hash chain's canonical form is the same under both bindings: a golden chain of events of the
 * Lampung Utara rakor has the same canonical bytes and so the same, fixed, hashes whether Jackson 2
 * ({@link HashChain}) or Jackson 3 ({@link RakorJson3#canonicalBytes(DomainEvent)}) writes them.
 */
class HashChainParityTest {
  private static final List<DomainEvent> EVENTS =
      List.of(
          DomainEvent.builder()
              .type(EventType.MEETING_OPENED)
              .subjectKind("Meeting")
              .subjectId("lu-rakor-2026-01")
              .actor(Actor.of(UnitId.of("lu-bappeda"), OfficialId.of("lu-o-sekda"), Role.CHAIR))
              .occurredAt(Instant.parse("2026-01-12T02:00:00Z"))
              .fromState("SCHEDULED")
              .toState("IN_SESSION")
              .build(),
          DomainEvent.builder()
              .type(EventType.COMMITMENT_AGREED)
              .subjectKind("Commitment")
              .subjectId("lu-c-2026-001")
              .actor(Actor.of(UnitId.of("lu-dinkes"), Role.LEAD_UNIT))
              .occurredAt(Instant.parse("2026-01-12T04:31:07.125Z"))
              .fromState("PROPOSED")
              .toState("AGREED")
              .putDetail("reason", "Disepakati — pemetaan ulang balita berisiko di 12 desa")
              .putDetail("agendaPosition", "2")
              .build(),
          DomainEvent.builder()
              .type(EventType.PROGRESS_REPORTED)
              .subjectKind("Commitment")
              .subjectId("lu-c-2026-001")
              .actor(Actor.of(UnitId.of("lu-dinkes"), Role.LEAD_UNIT))
              .occurredAt(Instant.parse("2026-04-08T02:15:30.250000001Z"))
              .fromState("AGREED")
              .toState("IN_PROGRESS")
              .putDetail("progressPercent", "35.25")
              .putDetail("narrative", "Sisa 1 desa di Abung Tinggi \uD83C\uDF27 \"menunggu\" akses")
              .build());

  /** The canonical form of the second event, as both bindings write it. */
  private static final String CANONICAL_AGREED =
      "{\"actor\":{\"role\":\"LEAD_UNIT\",\"unit\":\"lu-dinkes\"},"
          + "\"details\":{\"agendaPosition\":\"2\","
          + "\"reason\":\"Disepakati — pemetaan ulang balita berisiko di 12 desa\"},"
          + "\"fromState\":\"PROPOSED\",\"occurredAt\":\"2026-01-12T04:31:07.125Z\","
          + "\"subjectId\":\"lu-c-2026-001\",\"subjectKind\":\"Commitment\","
          + "\"toState\":\"AGREED\",\"type\":\"COMMITMENT_AGREED\"}";

  /** The hashes of the golden chain, fixed: a change to either binding's canonical form shows. */
  private static final List<String> HASHES =
      List.of(
          "25b97e9d48a246de2663e8a5f284d8290c8bae653e6513f318aa92e62aa5c227",
          "580dc5f2a9ed7b0bcdedbc3ba7a474ecac58a9c510172643a43ea7fff5bd1c4c",
          "9ee412bae258f03a1b766fe64d02b3d915d07aa60d43515e76b8bcefae049dec");

  @Test
  void bothBindingsWriteTheSameCanonicalBytes() {
    for (DomainEvent event : EVENTS) {
      assertThat(RakorJson3.canonicalBytes(event))
          .as(event.toString())
          .isEqualTo(HashChain.canonicalBytes(event));
    }
    assertThat(new String(RakorJson3.canonicalBytes(EVENTS.get(1)), StandardCharsets.UTF_8))
        .isEqualTo(CANONICAL_AGREED);
  }

  @Test
  void theGoldenChainHasTheSameFixedHashesUnderBothBindings() {
    List<LogEntry> chain = HashChain.append(List.of(), EVENTS);

    assertThat(chain).extracting(LogEntry::hash).containsExactlyElementsOf(HASHES);
    String previous = HashChain.GENESIS;
    for (int i = 0; i < EVENTS.size(); i++) {
      String hash3 =
          Hashing.sha256()
              .newHasher()
              .putString((i + 1) + "\n" + previous + "\n", StandardCharsets.UTF_8)
              .putBytes(RakorJson3.canonicalBytes(EVENTS.get(i)))
              .hash()
              .toString();
      assertThat(hash3).as("entry " + (i + 1)).isEqualTo(HASHES.get(i));
      previous = hash3;
    }
  }
}
