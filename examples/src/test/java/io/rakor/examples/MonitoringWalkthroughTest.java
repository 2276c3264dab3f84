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
        .contains(
            "-- Cycle lu.monev.2026/1: 1 February 2026 to 28 February 2026, reports due until 10 March")
        .contains("7 evaluated: 0 completed, 5 on track, 2 at risk")
        .contains("7 evaluated: 1 completed, 3 on track, 0 at risk, 1 not reported, 2 off track")
        .contains("Health rules (docs/monitoring.md): the gap is how many points")
        .containsPattern(
            "\\(lu\\.[a-z0-9-]+ as LEAD_UNIT\\) tries to verify its own completion of lu\\.rtl\\.06:"
                + " REFUSED \\(role-may-not-act\\): the role LEAD_UNIT may not VERIFY_COMPLETION")
        .contains("lu.rtl.04 [Perkim] AT_RISK")
        .contains("patroli-q1 done on time on 31 March 2026")
        .contains("1. Follow-up lu.rtl.02 [OFF_TRACK]")
        .contains("Audit trail: 36 entries")
        .contains("36 entries verified");
  }
}
