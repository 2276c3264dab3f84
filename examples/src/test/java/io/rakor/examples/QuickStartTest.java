package io.rakor.examples;

import static io.rakor.core.jurisdictions.JurisdictionLevel.PROVINCE;
import static io.rakor.core.jurisdictions.JurisdictionLevel.REGENCY;
import static io.rakor.core.priorities.PriorityArea.STUNTING;
import static io.rakor.core.units.UnitKind.AGENCY;
import static io.rakor.core.units.UnitKind.REGIONAL_GOVERNMENT;
import static io.rakor.core.workflow.Role.LEAD_UNIT;
import static io.rakor.persistence.AggregateKind.INDICATOR;
import static io.rakor.persistence.AggregateKind.JURISDICTION;
import static io.rakor.persistence.AggregateKind.MONITORING_CYCLE;
import static io.rakor.persistence.AggregateKind.MONITORING_PLAN;
import static io.rakor.persistence.AggregateKind.OFFICIAL;
import static io.rakor.persistence.AggregateKind.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.Cadence;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleSchedule;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.Official;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.jdbc.JdbcStore;
import io.rakor.persistence.service.Batch;
import io.rakor.persistence.service.CoordinationService;
import io.rakor.reports.ReportLanguage;
import io.rakor.reports.matrix.MatrixExport;
import io.rakor.reports.matrix.MatrixImport;
import io.rakor.reports.matrix.RtlMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start, compiled and run: what it prints must be exactly the output the README
 * shows beside it ({@code quick-start-output.txt}, which the checks module compares with the
 * README).
 */
class QuickStartTest {
  static final Path OUTPUT = Path.of("src/test/resources/io/rakor/examples/quick-start-output.txt");

  @Test
  void theQuickStartPrintsWhatTheReadmeShows(@TempDir Path folder) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      quickStart(folder);
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8).lines())
        .containsExactlyElementsOf(Files.readAllLines(OUTPUT, StandardCharsets.UTF_8));
    assertThat(
            MatrixImport.of(ReportLanguage.INDONESIAN)
                .read(folder.resolve("matriks-rtl.xlsx"))
                .orElseThrow())
        .extracting(c -> c.id().value())
        .containsExactly("lu.rtl.01");
  }

  private static void quickStart(Path folder) throws IOException {
    // "Now" is 9 March 2026 in Kotabumi, while February's reports are coming in.
    ZoneId wib = ZoneId.of("Asia/Jakarta");
    Clock clock = Clock.fixed(Instant.parse("2026-03-09T02:00:00Z"), wib);
    // tag::quick-start-once[]
    try (JdbcStore store = JdbcStore.h2File(folder.resolve("quick-start"))) { // an H2 file
      var service = CoordinationService.builder(store).clock(clock).build();
      var lu = JurisdictionCode.of("18.03");
      var pemkab = UnitId.of("lu.pemkab");
      var dinkes = UnitId.of("lu.dinkes");
      var bupati = OfficialId.of("lu.bupati");
      var stunting = IndicatorId.of("lu.stunting");
      var secretariat = Actor.of(pemkab, Role.SECRETARIAT); // who enters the records

      // Who is who: the regency, its government and an agency, the regent, an indicator.
      service.createAll(
          Batch.builder()
              .add(JURISDICTION, Jurisdiction.of(JurisdictionCode.of("18"), "Lampung", PROVINCE))
              .add(JURISDICTION, Jurisdiction.of(lu, "Lampung Utara", REGENCY))
              .add(
                  UNIT, ResponsibleUnit.of(pemkab, "Pemkab Lampung Utara", REGIONAL_GOVERNMENT, lu))
              .add(UNIT, ResponsibleUnit.of(dinkes, "Dinas Kesehatan", AGENCY, lu))
              .add(OFFICIAL, Official.of(bupati, "Hamartoni Ahadis", "Bupati", pemkab))
              .add(
                  INDICATOR,
                  Indicator.builder()
                      .id(stunting)
                      .name("Prevalensi stunting balita")
                      .unitOfMeasure("%")
                      .direction(Direction.LOWER_IS_BETTER)
                      .baseline(DatedValue.of(17.2, LocalDate.of(2025, 12, 31)))
                      .dataSteward(dinkes)
                      .build())
              .build(),
          secretariat);
      // Monthly monitoring of the regency's commitments from February, reports due in 10 days.
      MonitoringPlan plan =
          MonitoringPlan.builder()
              .id(MonitoringPlanId.of("lu.monev.2026"))
              .name("Monitoring RTL 2026")
              .owner(pemkab)
              .jurisdiction(lu)
              .cadence(Cadence.MONTHLY)
              .zone(wib)
              .firstPeriodStart(LocalDate.of(2026, 2, 1))
              .reportingWindowDays(10)
              .build();
      service.create(MONITORING_PLAN, plan, secretariat);
      // end::quick-start-once[]
      // tag::quick-start[]
      // The rakor of 12 January 2026, as held: a priority it set and its follow-up plan (RTL).
      ZonedDateTime start = ZonedDateTime.of(2026, 1, 12, 9, 0, 0, 0, wib);
      Meeting rakor =
          Meeting.builder()
              .id(MeetingId.of("lu.rakor.2026-01-12"))
              .title("Rakor Lintas Sektor")
              .jurisdiction(lu)
              .convener(pemkab)
              .chair(bupati)
              .venue("Gedung Pusiban, Kotabumi")
              .held(start, start.plusHours(3))
              .build();
      var stuntingId = PriorityId.of("lu.2026.stunting");
      Priority priority = Priority.of(stuntingId, "Penurunan stunting", STUNTING, lu, dinkes);
      Commitment rtl =
          Commitment.builder()
              .id(CommitmentId.of("lu.rtl.01"))
              .originMeeting(rakor.id())
              .action("Menurunkan prevalensi stunting melalui gizi ibu dan anak")
              .lead(dinkes)
              .priority(priority)
              .addScope(lu)
              .addTargets(Target.of(stunting, 14.0, LocalDate.of(2026, 12, 31)))
              .start(LocalDate.of(2026, 1, 12))
              .due(LocalDate.of(2026, 12, 31))
              .status(CommitmentStatus.AGREED)
              .build();
      service.recordMeeting(rakor, List.of(priority), List.of(rtl), secretariat);

      // February: the cycle opens, Dinkes reports 5% done and a prevalence of 17.1%.
      MonitoringCycle february = CycleSchedule.cycle(plan, 1);
      service.create(MONITORING_CYCLE, february, secretariat);
      var measured = List.of(MeasuredValue.of(stunting, 17.1, LocalDate.of(2026, 2, 28)));
      service.reportProgress(rtl.id(), february.id(), 5, measured, Actor.of(dinkes, LEAD_UNIT));

      // Who is behind in February, and why?
      CycleEvaluation evaluation = service.assessHealth(february.id());
      for (var a : evaluation.assessments()) {
        System.out.println(a.commitment() + " " + a.reason());
      }
      service.whoIsBehind(february.id()).byUnit().forEach(s -> System.out.println(s.describe()));
      // The follow-up matrix (matriks RTL) with February's health, as a spreadsheet.
      RtlMatrix matrix = RtlMatrix.of(List.of(rtl)).withEvaluations(List.of(evaluation));
      MatrixExport.xlsx(matrix, folder.resolve("matriks-rtl.xlsx"), ReportLanguage.INDONESIAN);
    }
    // end::quick-start[]
  }
}
