package io.rakor.core.overlaps;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.findings.AgendaBuilder;
import io.rakor.core.findings.AgendaMaterial;
import io.rakor.core.json.RakorJson;
import io.rakor.core.priorities.PriorityArea;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overlap reports and rules survive a JSON round trip, so they can be stored and sent. */
class OverlapJsonTest {
  @Test
  void reportsRulesAndAgendaMaterialRoundTrip() {
    OverlapRules rules =
        OverlapRules.builder().areaMatching(AreaMatching.SAME_ROOT).maxReportedPairs(1).build();
    OverlapReport report =
        OverlapFinder.of(rules)
            .find(
                List.of(
                    OverlapFinderTest.simple("a", "u1", PriorityArea.HEALTH, "18.03"),
                    OverlapFinderTest.simple("b", "u2", PriorityArea.EDUCATION, "18.03.01"),
                    OverlapFinderTest.simple("c", "u3", PriorityArea.HEALTH, "18")));
    assertThat(report.isTruncated()).isTrue();
    assertThat(RakorJson.read(RakorJson.write(rules), OverlapRules.class)).isEqualTo(rules);
    assertThat(RakorJson.read(RakorJson.write(report), OverlapReport.class)).isEqualTo(report);
    AgendaMaterial material = AgendaBuilder.of(5).addOverlaps(report).build();
    assertThat(RakorJson.read(RakorJson.write(material), AgendaMaterial.class)).isEqualTo(material);
  }
}
