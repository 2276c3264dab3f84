package io.rakor.reports.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.reports.ReportLanguage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown matrix: one table row per commitment, in the language's words and formats. */
class MatrixMarkdownTest {
  private final Commitment commitment =
      Commitment.builder()
          .id(CommitmentId.of("rtl-1"))
          .originMeeting(MeetingId.of("rakor-2026-01"))
          .action("Rembuk | stunting <b>desa</b>\nlanjutan")
          .lead(UnitId.of("dinkes"))
          .priority(PriorityId.of("stunting"))
          .area(PriorityArea.STUNTING)
          .addScope(JurisdictionCode.of("18.03"))
          .addMilestones(
              Milestone.of(
                  MilestoneId.of("m1"), "Rencana aksi disahkan", LocalDate.of(2026, 3, 31)))
          .start(LocalDate.of(2026, 1, 12))
          .due(LocalDate.of(2026, 6, 30))
          .addFundingLines(
              FundingLine.of(
                  FundingSource.VILLAGE_FUND,
                  2026,
                  new BigDecimal("1250000000"),
                  Currency.getInstance("IDR")))
          .build();

  @Test
  void datesMoneyAndWordsFollowTheLanguage() {
    RtlMatrix matrix = RtlMatrix.of(List.of(commitment));
    String id = MatrixExport.markdown(matrix, ReportLanguage.INDONESIAN);
    String en = MatrixExport.markdown(matrix, ReportLanguage.ENGLISH);

    assertThat(id).startsWith("# Matriks RTL\n\n| No. | ID RTL | Prioritas |");
    assertThat(id)
        .contains("| 12 Januari 2026 |")
        .contains("| 31 Maret 2026: Rencana aksi disahkan |")
        .contains("| Rp1.250.000.000 |")
        .contains("| Dana Desa 2026: Rp1.250.000.000 |");
    assertThat(en).startsWith("# RTL matrix\n\n| No. | Commitment ID | Priority |");
    assertThat(en)
        .contains("| 12 January 2026 |")
        .contains("| IDR1,250,000,000 |")
        .contains("| Village fund (Dana Desa) 2026: IDR1,250,000,000 |");
  }

  @Test
  void textCannotBreakTheTableOrBecomeHtml() {
    String md = MatrixExport.markdown(RtlMatrix.of(List.of(commitment)), ReportLanguage.ENGLISH);
    assertThat(md).contains("| Rembuk \\| stunting &lt;b&gt;desa&lt;/b&gt;<br>lanjutan |");
    assertThat(md.lines().filter(l -> l.startsWith("|")).count()).isEqualTo(3);
  }
}
