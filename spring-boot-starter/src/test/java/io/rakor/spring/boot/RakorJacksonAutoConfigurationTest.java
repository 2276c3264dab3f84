package io.rakor.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.json.RakorJson;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.json.jackson3.RakorModule3;
import io.rakor.spring.boot.jackson.RakorJacksonAutoConfiguration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot's own Jackson 3 mapper writes and reads Rakor's values in Rakor's JSON format once
 * the starter is on the class path: the same document Rakor's Jackson 2 binding writes.
 */
class RakorJacksonAutoConfigurationTest {
  private static final Commitment RTL =
      Commitment.builder()
          .id(CommitmentId.of("lu.rtl.01"))
          .originMeeting(MeetingId.of("lu.rakor.2026-01-12"))
          .action("Menurunkan prevalensi stunting melalui gizi ibu dan anak")
          .lead(UnitId.of("lu.dinkes"))
          .addSupporters(UnitId.of("lu.dp3ap2kb"))
          .priority(PriorityId.of("lu.2026.stunting"))
          .area(PriorityArea.STUNTING)
          .addScope(JurisdictionCode.of("18.03"))
          .addTargets(
              Target.of(IndicatorId.of("lu.stunting-prevalence"), 14.0, LocalDate.of(2026, 12, 31)))
          .start(LocalDate.of(2026, 2, 1))
          .due(LocalDate.of(2026, 12, 31))
          .build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  JacksonAutoConfiguration.class, RakorJacksonAutoConfiguration.class));

  @Test
  void bootsMapperSpeaksRakorsFormat() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(RakorModule3.class);
          JsonMapper mapper = context.getBean(JsonMapper.class);
          String json = mapper.writeValueAsString(RTL);
          assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(RakorJson.write(RTL)));
          assertThat(mapper.readValue(json, Commitment.class)).isEqualTo(RTL);
        });
  }

  @Test
  void offWithRakorEnabledFalse() {
    runner
        .withPropertyValues("rakor.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(RakorModule3.class));
  }
}
