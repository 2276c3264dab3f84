package io.rakor.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.findings.AgendaBuilder;
import io.rakor.core.findings.AgendaMaterial;
import io.rakor.core.json.RakorJson;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.units.UnitId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyses' results survive a JSON round trip, so they can be stored and sent. */
class AnalysisJsonTest {
  @Test
  void reconciliationResultsAndAgendaMaterialRoundTrip() {
    Observation a = DataReconcilerTest.obs("dinkes-1", "18.03.01", 356, DataReconcilerTest.DINKES);
    Observation b = DataReconcilerTest.obs("bps-1", "18.03.01", 412, DataReconcilerTest.BPS);
    Observation c = DataReconcilerTest.obs("bps-2", "18.03.02", 10, UnitId.of("dp3a"));
    ReconciliationConfig config =
        ReconciliationConfig.builder()
            .addIndicator(DataReconcilerTest.STUNTED_RULES)
            .addAgreedValue(
                AgreedValue.builder()
                    .key(c.key())
                    .value(11)
                    .justification("Agreed")
                    .addAgreedBy(DataReconcilerTest.DINKES)
                    .agreedOn(LocalDate.of(2026, 2, 9))
                    .meeting(MeetingId.of("rakor-2026-02"))
                    .build())
            .addExpectation(
                CoverageExpectation.builder()
                    .indicator(DataReconcilerTest.STUNTED)
                    .addJurisdictions(JurisdictionCode.of("18.03.03"))
                    .addPeriods(DataReconcilerTest.Y2025)
                    .build())
            .build();
    ReconciliationReport report = DataReconciler.of(config).reconcile(List.of(a, b, c));

    assertThat(RakorJson.read(RakorJson.write(config), ReconciliationConfig.class))
        .isEqualTo(config);
    assertThat(RakorJson.read(RakorJson.write(report), ReconciliationReport.class))
        .isEqualTo(report);
    AgendaMaterial material = AgendaBuilder.of(5).addReconciliation(report).build();
    assertThat(RakorJson.read(RakorJson.write(material), AgendaMaterial.class)).isEqualTo(material);
  }
}
