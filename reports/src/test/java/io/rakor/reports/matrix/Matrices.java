package io.rakor.reports.matrix;

import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.Directory;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.reports.ReportLanguage;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.Scenario;
import io.rakor.testkit.ScenarioSize;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Matrices for the tests: a seeded scenario's commitments with names, indicators and cycles. */
final class Matrices {
  private Matrices() {}

  static Scenario scenario() {
    return Fixtures.scenario(7, ScenarioSize.small());
  }

  static RtlMatrix of(Scenario s) {
    List<CycleEvaluation> evaluations =
        MonitoringEvaluator.defaults()
            .evaluateAll(Portfolio.of(s.commitments(), s.indicators()), s.cycles(), s.reports());
    return RtlMatrix.of(s.commitments())
        .withDirectory(Directory.of(s.units(), s.priorities()))
        .withIndicators(s.indicators())
        .withEvaluations(evaluations);
  }

  static byte[] xlsx(RtlMatrix matrix, ReportLanguage language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      MatrixExport.xlsx(matrix, out, language);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] csv(RtlMatrix matrix, ReportLanguage language, char separator) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      MatrixExport.csv(matrix, out, language, separator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static MatrixImportResult read(byte[] file, MatrixFormat format, ReportLanguage language) {
    return read(file, format, MatrixImport.of(language));
  }

  static MatrixImportResult read(byte[] file, MatrixFormat format, MatrixImport importer) {
    try {
      return importer.read(new ByteArrayInputStream(file), format, "matrix." + format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
