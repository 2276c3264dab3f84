package io.rakor.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.reports.Names;
import io.rakor.reports.ReportLanguage;
import io.rakor.reports.html.HtmlReports;
import io.rakor.reports.matrix.MatrixExport;
import io.rakor.reports.matrix.MatrixImport;
import io.rakor.reports.matrix.RtlMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §7: the example writes every report of the rakor and its three cycles, both languages.
 */
class ReportsWalkthroughTest {
  private static final LampungUtara RAKOR = LampungUtara.build();
  private static final MonitoringWalkthrough.Result MONITORING =
      MonitoringWalkthrough.run(RAKOR, new PrintStream(OutputStream.nullOutputStream()));

  @TempDir Path folder;

  @Test
  void everyReportIsWrittenInBothLanguagesAndItsPathPrinted() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<Path> written =
        ReportsWalkthrough.run(RAKOR, MONITORING, folder, new PrintStream(printed, true, UTF_8));

    // per language: the matrix three ways, the minutes two ways, three cycles two ways, a dashboard
    assertThat(written).hasSize(2 * (3 + 2 + 3 * 2 + 1));
    assertThat(written).allSatisfy(p -> assertThat(p).isRegularFile().isNotEmptyFile());
    assertThat(folder.resolve("id/monitoring-2026-02.html")).isIn(written);
    assertThat(folder.resolve("en/monitoring-2026-04.md")).isIn(written);
    String lines = printed.toString(UTF_8);
    assertThat(written)
        .allSatisfy(p -> assertThat(lines).contains(p.toAbsolutePath().normalize().toString()));
  }

  @Test
  void eachLanguageIsWrittenInItsOwnWords() throws IOException {
    ReportsWalkthrough.run(
        RAKOR, MONITORING, folder, new PrintStream(OutputStream.nullOutputStream()));

    assertThat(Files.readString(folder.resolve("id/dashboard.html"), UTF_8))
        .contains("Sesuai rencana")
        .doesNotContain("On track");
    assertThat(Files.readString(folder.resolve("en/dashboard.html"), UTF_8))
        .contains("On track")
        .doesNotContain("Sesuai rencana");
    assertThat(Files.readString(folder.resolve("id/minutes.md"), UTF_8))
        .contains("12 Januari 2026");
    assertThat(Files.readString(folder.resolve("en/minutes.md"), UTF_8))
        .contains("12 January 2026");
    // April: the contingency plan's milestone was due on 30 April, so it is one day late
    assertThat(Files.readString(folder.resolve("en/monitoring-2026-04.html"), UTF_8))
        .contains("1 day late")
        .doesNotContain("1 days");
    assertThat(Files.readString(folder.resolve("id/monitoring-2026-04.html"), UTF_8))
        .contains("terlambat 1 hari");
  }

  @Test
  void theMinutesAndTheMatrixNameEveryCommitmentAndTheLastReportEveryEscalation()
      throws IOException {
    ReportsWalkthrough.run(
        RAKOR, MONITORING, folder, new PrintStream(OutputStream.nullOutputStream()));

    var last = MONITORING.evaluations().get(MONITORING.evaluations().size() - 1);
    assertThat(last.escalations()).isNotEmpty();
    String april = Files.readString(folder.resolve("en/monitoring-2026-04.html"), UTF_8);
    assertThat(last.escalations())
        .allSatisfy(a -> assertThat(april).contains(a.commitment().value()));
    for (String report : List.of("minutes.html", "rtl-matrix.md")) {
      String text = Files.readString(folder.resolve("en").resolve(report), UTF_8);
      assertThat(RAKOR.commitments())
          .as(report)
          .allSatisfy(c -> assertThat(text).contains(c.id().value()));
    }
  }

  @Test
  void theMatrixReadsBackAsThePlanFromBothSpreadsheetFormats() throws IOException {
    ReportsWalkthrough.run(
        RAKOR, MONITORING, folder, new PrintStream(OutputStream.nullOutputStream()));

    for (String language : List.of("id", "en")) {
      ReportLanguage lang =
          language.equals("id") ? ReportLanguage.INDONESIAN : ReportLanguage.ENGLISH;
      for (String file : List.of("rtl-matrix.xlsx", "rtl-matrix.csv")) {
        List<Commitment> read =
            MatrixImport.of(lang).read(folder.resolve(language).resolve(file)).orElseThrow();
        assertThat(read)
            .as(language + "/" + file)
            .isEqualTo(MONITORING.commitments().stream().map(RtlMatrix::carried).toList());
      }
    }
  }

  /** The README's lines for the reports, compiled and run here. */
  @Test
  void theReadmeWritesTheDashboardAndTheMatrix() throws IOException {
    Names names =
        Names.of(
            RAKOR.units().values(),
            RAKOR.priorities(),
            List.of(RAKOR.bupati()),
            List.of(RAKOR.forkopimda()));
    List<Commitment> plan = MONITORING.commitments();
    var evaluations = MONITORING.evaluations();
    var latest = evaluations.get(evaluations.size() - 1);
    // tag::readme-reports[]
    HtmlReports reports = HtmlReports.of(ReportLanguage.INDONESIAN, names);
    String dashboard = reports.dashboard(latest, evaluations.subList(0, evaluations.size() - 1));
    Files.writeString(folder.resolve("dasbor.html"), dashboard);
    RtlMatrix matrix =
        RtlMatrix.of(plan).withDirectory(names.directory()).withEvaluations(evaluations);
    try (OutputStream xlsx = Files.newOutputStream(folder.resolve("matriks-rtl.xlsx"))) {
      MatrixExport.xlsx(matrix, xlsx, ReportLanguage.INDONESIAN);
    }
    // end::readme-reports[]
    assertThat(folder.resolve("dasbor.html")).content(UTF_8).contains("<svg");
    assertThat(
            MatrixImport.of(ReportLanguage.INDONESIAN)
                .read(folder.resolve("matriks-rtl.xlsx"))
                .orElseThrow())
        .isEqualTo(plan.stream().map(RtlMatrix::carried).toList());
  }
}
