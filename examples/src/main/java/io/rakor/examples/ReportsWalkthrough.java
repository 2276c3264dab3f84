package io.rakor.examples;

import io.rakor.core.meetings.Meeting;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.reports.Names;
import io.rakor.reports.ReportLanguage;
import io.rakor.reports.html.HtmlReports;
import io.rakor.reports.matrix.MatrixExport;
import io.rakor.reports.matrix.RtlMatrix;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes every report of the rakor of 12 January 2026 and its three monitoring cycles, in
 * Indonesian and in English, into a folder: the follow-up matrix (XLSX, CSV, Markdown), the minutes
 * (HTML, Markdown), each cycle's monitoring report (HTML, Markdown) and the dashboard (HTML). Each
 * language gets its own sub-folder, named by its language code ({@code id}, {@code en}).
 */
public final class ReportsWalkthrough {
  private ReportsWalkthrough() {}

  /**
   * Writes the reports and prints where they are.
   *
   * @param rakor the example's data
   * @param monitoring what the monitoring walkthrough ended with
   * @param folder where to write (created if missing)
   * @param out where to print the paths
   * @return the files written, in the order printed
   */
  public static List<Path> run(
      LampungUtara rakor, MonitoringWalkthrough.Result monitoring, Path folder, PrintStream out) {
    Names names =
        Names.of(
                rakor.units().values(),
                rakor.priorities(),
                List.of(rakor.bupati()),
                List.of(rakor.forkopimda()))
            .withPlaces(rakor.jurisdictions(), rakor.indicators());
    RtlMatrix matrix =
        RtlMatrix.of(monitoring.commitments())
            .withDirectory(names.directory())
            .withIndicators(rakor.indicators())
            .withEvaluations(monitoring.evaluations());
    List<CycleEvaluation> cycles = monitoring.evaluations();
    List<Path> written = new ArrayList<>();
    for (ReportLanguage language : ReportLanguage.values()) {
      Path dir = folder.resolve(language.locale().getLanguage());
      HtmlReports html = HtmlReports.of(language, names);
      written.add(
          write(dir.resolve("rtl-matrix.xlsx"), o -> MatrixExport.xlsx(matrix, o, language)));
      written.add(write(dir.resolve("rtl-matrix.csv"), o -> MatrixExport.csv(matrix, o, language)));
      written.add(write(dir.resolve("rtl-matrix.md"), MatrixExport.markdown(matrix, language)));
      written.add(
          write(
              dir.resolve("minutes.html"),
              html.minutes(monitoring.meeting(), monitoring.commitments())));
      written.add(
          write(
              dir.resolve("minutes.md"),
              html.minutesMarkdown(monitoring.meeting(), monitoring.commitments())));
      for (int k = 0; k < cycles.size(); k++) {
        CycleEvaluation cycle = cycles.get(k);
        List<CycleEvaluation> before = cycles.subList(0, k);
        // the last cycle's report carries the unfinished work into the next meeting's agenda
        Optional<Meeting> next =
            k == cycles.size() - 1 ? Optional.of(monitoring.nextMeeting()) : Optional.empty();
        String name = "monitoring-" + YearMonth.from(cycle.cycle().periodStart());
        written.add(write(dir.resolve(name + ".html"), html.monitoringReport(cycle, before, next)));
        written.add(
            write(dir.resolve(name + ".md"), html.monitoringReportMarkdown(cycle, before, next)));
      }
      CycleEvaluation last = cycles.get(cycles.size() - 1);
      written.add(
          write(
              dir.resolve("dashboard.html"),
              html.dashboard(last, cycles.subList(0, cycles.size() - 1))));
    }
    out.println();
    out.println("Reports of the rakor and its three cycles (Indonesian in id/, English in en/):");
    for (Path p : written) {
      out.println("  " + p.toAbsolutePath().normalize());
    }
    return written;
  }

  /** Writes bytes to a file. */
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static Path write(Path file, String text) {
    return write(file, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Path write(Path file, Content content) {
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        content.writeTo(out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
