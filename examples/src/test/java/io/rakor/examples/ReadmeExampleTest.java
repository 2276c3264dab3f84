package io.rakor.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.RakorValidationException;
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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's example, compiled and run; the checks module compares the README with it. */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleWorks() {
    // tag::quick-start[]
    Commitment rtl =
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
                Target.of(
                    IndicatorId.of("lu.stunting-prevalence"), 14.0, LocalDate.of(2026, 12, 31)))
            .start(LocalDate.of(2026, 2, 1))
            .due(LocalDate.of(2026, 12, 31))
            .build();

    String json = RakorJson.write(rtl);
    Commitment back = RakorJson.read(json, Commitment.class); // equal to rtl

    // An invalid value cannot be built: the lead unit cannot support itself.
    assertThatThrownBy(() -> Commitment.builder().from(rtl).addSupporters(rtl.lead()).build())
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("Commitment.supporters = lu.dinkes");
    // end::quick-start[]
    assertThat(back).isEqualTo(rtl);
  }
}
