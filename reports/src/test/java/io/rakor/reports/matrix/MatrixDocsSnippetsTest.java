package io.rakor.reports.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.Directory;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.reports.ReportLanguage;
import io.rakor.testkit.Scenario;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippets of docs/reports.md (the matrix), compiled and run. */
class MatrixDocsSnippetsTest {
  @TempDir Path dir;

  @Test
  void exportThenImport() throws IOException {
    Scenario s = Matrices.scenario();
    List<Commitment> commitments = s.commitments();
    Path xlsx = dir.resolve("matriks-rtl.xlsx");
    Path csv = dir.resolve("matriks-rtl.csv");
    List<CycleEvaluation> evaluations =
        MonitoringEvaluator.defaults()
            .evaluateAll(Portfolio.of(commitments, s.indicators()), s.cycles(), s.reports());

    // tag::matrix-export[]
    RtlMatrix matrix =
        RtlMatrix.of(commitments)
            .withDirectory(Directory.of(s.units(), s.priorities())) // names beside the ids
            .withIndicators(s.indicators()) // "Prevalensi stunting: 14 % by ..."
            .withEvaluations(evaluations); // oldest first; the last gives the health column
    MatrixExport.xlsx(matrix, xlsx, ReportLanguage.INDONESIAN); // or to an OutputStream
    try (OutputStream out = Files.newOutputStream(csv)) {
      MatrixExport.csv(matrix, out, ReportLanguage.INDONESIAN, ';'); // as Excel in Indonesia
    }
    String markdown = MatrixExport.markdown(matrix, ReportLanguage.ENGLISH);
    // end::matrix-export[]

    // tag::matrix-import[]
    MatrixImport importer =
        MatrixImport.of(ReportLanguage.INDONESIAN) // the language of the errors
            .withLimits(ImportLimits.defaults().withMaxRows(2_000));
    MatrixImportResult result = importer.read(xlsx); // or a .csv file, or a stream
    List<Commitment> imported = List.of();
    List<String> problems = new ArrayList<>();
    if (result.isValid()) {
      imported = result.commitments(); // validated; store them yourself
    } else {
      for (ImportError error : result.errors()) { // every error of every row: a dry run
        problems.add(error.message());
        // Matriks RTL, baris 7, kolom Tenggat (R): nilai "31/02/2026" harus berupa tanggal ...
      }
    }
    // end::matrix-import[]

    assertThat(problems).isEmpty();
    assertThat(imported).containsExactlyElementsOf(commitments);
    assertThat(importer.read(csv).commitments()).containsExactlyElementsOf(commitments);
    assertThat(markdown).startsWith("# RTL matrix");
  }
}
