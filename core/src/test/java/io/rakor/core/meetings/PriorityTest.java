package io.rakor.core.meetings;

import static io.rakor.core.Rejections.assertRejected;
import static io.rakor.core.Samples.BAPPEDA;
import static io.rakor.core.Samples.DINKES;
import static io.rakor.core.Samples.REGENCY;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import org.junit.jupiter.api.Test;

class PriorityTest {
  private static Priority.Builder stunting() {
    return Priority.builder()
        .id(PriorityId.of("stunting"))
        .title("Pencegahan stunting")
        .area(PriorityArea.STUNTING)
        .jurisdiction(REGENCY)
        .lead(DINKES)
        .addContributors(BAPPEDA);
  }

  @Test
  void ofGivesThePriorityTheBuilderGivesWithTheSameFields() {
    Priority p =
        Priority.of(
            PriorityId.of("stunting"),
            "Pencegahan stunting",
            PriorityArea.STUNTING,
            REGENCY,
            DINKES);
    assertThat(p).isEqualTo(stunting().contributors(java.util.List.of()).build());
    assertRejected(
        () -> Priority.of(PriorityId.of("stunting"), " ", PriorityArea.STUNTING, REGENCY, DINKES),
        "Priority",
        "title");
  }

  @Test
  void theLeadIsNotAlsoAContributor() {
    assertRejected(() -> stunting().addContributors(DINKES).build(), "Priority", "contributors");
  }

  @Test
  void contributorsAndIndicatorsAreListedOnce() {
    assertRejected(
        () -> stunting().addContributors(BAPPEDA).build(), "Priority", "contributors[1]");
    IndicatorId i = IndicatorId.of("i");
    assertRejected(() -> stunting().addIndicators(i, i).build(), "Priority", "indicators[1]");
    assertRejected(() -> stunting().title("").build(), "Priority", "title");
  }

  @Test
  void areasFormAnOpenHierarchy() {
    assertThat(PriorityArea.HEALTH.code()).isEqualTo("basic-services.health");
    assertThat(PriorityArea.HEALTH.isWithin(PriorityArea.BASIC_SERVICES)).isTrue();
    assertThat(PriorityArea.BASIC_SERVICES.isWithin(PriorityArea.HEALTH)).isFalse();
    assertThat(PriorityArea.of("basic-servicesx").isWithin(PriorityArea.BASIC_SERVICES)).isFalse();
    assertThat(PriorityArea.HEALTH.parent()).contains(PriorityArea.BASIC_SERVICES);
    assertThat(PriorityArea.HEALTH.root()).isEqualTo(PriorityArea.BASIC_SERVICES);
    assertThat(PriorityArea.STUNTING.parent()).isEmpty();
    assertThat(PriorityArea.of("food-security.rice").root())
        .isEqualTo(PriorityArea.of("food-security"));
    for (String bad : new String[] {"", "Stunting", "a..b", "1abc", "a.b.c.d.e", "a b"}) {
      assertRejected(() -> PriorityArea.of(bad), "PriorityArea", "code");
    }
  }
}
