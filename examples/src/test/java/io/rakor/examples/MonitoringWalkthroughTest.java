package io.rakor.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MonitoringWalkthroughTest {
  @Test
  void theFollowUpPlanGoesThroughThreeCyclesAndTheLogVerifies() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MonitoringWalkthrough.run(
        LampungUtara.build(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("-- Cycle lu.monev.2026/1: 2026-02-01 to 2026-02-28")
        .contains("7 evaluated: 0 completed, 7 on track, 0 at risk")
        .contains("7 evaluated: 1 completed, 3 on track, 1 at risk, 1 not reported, 1 off track")
        .contains("refused: the role LEAD_UNIT may not VERIFY_COMPLETION")
        .contains("lu.rtl.04 [Perkim] AT_RISK")
        .contains("1. Follow-up lu.rtl.05 [OFF_TRACK]")
        .contains("Audit trail: 36 entries")
        .contains("36 entries verified");
  }
}
