package io.rakor.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.audit.HashChain;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Role;
import io.rakor.testkit.RakorGen;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * For values the testkit generates ({@link RakorGen}), both bindings write identical bytes, and
 * each reads what the other wrote back to an equal value.
 */
class BindingParityProperties {
  private static final int EXAMPLES = 40;

  @Test
  void everyDocumentTypeIsWrittenIdenticallyAndReadAcrossBindings() {
    check(RakorGen.jurisdictions());
    check(RakorGen.units());
    check(RakorGen.forums());
    check(RakorGen.officials());
    check(RakorGen.meetings());
    check(RakorGen.priorities());
    check(RakorGen.indicators());
    check(RakorGen.commitments());
    check(RakorGen.monitoringPlans());
    check(RakorGen.monitoringCycles());
    check(RakorGen.progressReports());
    check(RakorGen.personNames());
    check(RakorGen.participants());
    check(RakorGen.agendaItems());
    check(RakorGen.unitReports());
    check(RakorGen.obstacles());
    check(RakorGen.decisions());
    check(RakorGen.datedValues());
    check(RakorGen.targets());
    check(RakorGen.milestones());
    check(RakorGen.fundingLines());
    check(RakorGen.fundingLineRefs());
    check(RakorGen.measuredValues());
    check(RakorGen.milestoneCompletions());
    check(RakorGen.evidenceRefs());
    check(RakorGen.evaluationRecords());
    check(RakorGen.recordedAssessments());
    check(RakorGen.healthThresholds());
  }

  @Test
  void valuesAtTheLimitsAreWrittenIdenticallyAndReadAcrossBindings() {
    qt().withExamples(5).forAll(RakorGen.commitmentsAtTheLimits()).checkAssert(this::sameBytes);
    qt().withExamples(5).forAll(RakorGen.meetingsAtTheLimits()).checkAssert(this::sameBytes);
    qt().withExamples(5).forAll(RakorGen.progressReportsAtTheLimits()).checkAssert(this::sameBytes);
  }

  @Test
  void listDocumentsAreWrittenIdenticallyAndReadAcrossBindings() {
    qt().withExamples(20)
        .forAll(SourceDSL.lists().of(RakorGen.commitments()).ofSizeBetween(0, 8))
        .checkAssert(
            values -> {
              String on2 = RakorJson.writeListDocument(values, Commitment.class);
              String on3 = RakorJson3.writeListDocument(values, Commitment.class);
              assertThat(on3).isEqualTo(on2);
              assertThat(RakorJson3.readListDocument(on2, Commitment.class)).isEqualTo(values);
              assertThat(RakorJson.readListDocument(on3, Commitment.class)).isEqualTo(values);
            });
  }

  @Test
  void eventsHaveTheSameCanonicalBytesUnderBothBindings() {
    Gen<DomainEvent> events =
        RakorGen.unitIds()
            .zip(
                SourceDSL.arbitrary().enumValues(EventType.class),
                SourceDSL.arbitrary().enumValues(Role.class),
                SourceDSL.longs().between(-2_208_988_800L, 32_503_679_999L),
                SourceDSL.integers().between(0, 999_999_999),
                (UnitId unit, EventType type, Role role, Long second, Integer nano) ->
                    DomainEvent.builder()
                        .type(type)
                        .subjectKind("Commitment")
                        .subjectId("lu-c-" + Math.floorMod(second, 1000))
                        .actor(Actor.of(unit, role))
                        .occurredAt(Instant.ofEpochSecond(second, nano))
                        .fromState("AGREED")
                        .toState("IN_PROGRESS")
                        .putDetail("reason", "Akses jalan — " + nano % 97 + " km²")
                        .build());
    qt().withExamples(200)
        .forAll(events)
        .checkAssert(
            event -> {
              assertThat(RakorJson3.canonicalBytes(event))
                  .isEqualTo(HashChain.canonicalBytes(event));
            });
  }

  private <T> void check(Gen<T> values) {
    qt().withExamples(EXAMPLES).forAll(values).checkAssert(this::sameBytes);
  }

  private void sameBytes(Object value) {
    byte[] on2 = RakorJson.writeDocumentAsBytes(value);
    byte[] on3 = RakorJson3.writeDocumentAsBytes(value);
    assertThat(on3).as(value.toString()).isEqualTo(on2);
    Class<?> type =
        RakorJson.documentTypes().inverse().keySet().stream()
            .filter(c -> c.isInstance(value))
            .findFirst()
            .orElseThrow();
    assertThat(RakorJson3.readDocument(on2, type)).isEqualTo(value);
    assertThat(RakorJson.readDocument(on3, type)).isEqualTo(value);
    assertThat(RakorJson3.write(value)).isEqualTo(RakorJson.write(value));
  }
}
