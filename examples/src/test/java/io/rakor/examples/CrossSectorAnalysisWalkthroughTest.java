package io.rakor.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.data.Resolution;
import io.rakor.core.findings.FindingKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CrossSectorAnalysisWalkthroughTest {
  @Test
  void anOverlapAndADiscrepancyAreFoundPutOnTheAgendaAndResolved() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CrossSectorAnalysisWalkthrough.Outcome outcome =
        CrossSectorAnalysisWalkthrough.run(
            LampungUtara.build(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(outcome.overlapsFound().totalPairs()).isEqualTo(1);
    assertThat(outcome.overlapsFound().pairs().get(0).first())
        .isEqualTo(CommitmentId.of("lu.rtl.01"));
    assertThat(outcome.overlapsFound().pairs().get(0).sharesIndicator()).isTrue();
    assertThat(outcome.overlapsAfter().totalPairs()).isZero();

    assertThat(outcome.figureFound().resolution()).isEqualTo(Resolution.STEWARD);
    assertThat(outcome.figureFound().value()).hasValue(16.9);
    assertThat(outcome.figureFound().discrepancy()).isPresent();

    assertThat(outcome.agenda().findings())
        .extracting(f -> f.kind())
        .containsExactly(FindingKind.OVERLAP, FindingKind.DATA_DISCREPANCY);

    assertThat(outcome.figureAgreed().resolution()).isEqualTo(Resolution.AGREED);
    assertThat(outcome.figureAgreed().value()).hasValue(18.2);
    assertThat(outcome.figureAgreed().sources()).hasSize(2);

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("Overlaps in the follow-up plan with the proposed programme: 1")
        .contains("lu.rtl.01 (lead lu.dinkes, area stunting) and lu.rtl.proposed.01")
        .contains("Discrepancy: lu.stunting-prevalence@18.03.14")
        .contains("overlaps now: 0")
        .contains("Resolved: agreed figure 18.2 (AGREED)");
  }
}
