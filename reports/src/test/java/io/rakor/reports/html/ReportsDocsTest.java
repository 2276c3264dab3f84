package io.rakor.reports.html;

import static io.rakor.reports.html.ReportFixtures.CYCLES;
import static io.rakor.reports.html.ReportFixtures.SCENARIO;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.units.Forum;
import io.rakor.core.units.Official;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.reports.Names;
import io.rakor.reports.ReportLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippets of docs/reports.md, compiled and run. */
class ReportsDocsTest {
  private final CycleEvaluation january = CYCLES.get(0);
  private final CycleEvaluation february = CYCLES.get(1);
  private final CycleEvaluation march = CYCLES.get(2);
  private final Meeting meeting = SCENARIO.meeting();
  private final Meeting nextMeeting = SCENARIO.meeting();
  private final List<Commitment> commitments = SCENARIO.commitments();

  @Test
  void theReportsInAFewLines(@TempDir Path out) throws IOException {
    // tag::html-reports[]
    Names names =
        Names.of(units(), priorities(), officials(), forums())
            .withPlaces(jurisdictions(), indicators()); // optional: places and indicators by name
    HtmlReports reports = HtmlReports.of(ReportLanguage.INDONESIAN, names);

    String monitoring =
        reports.monitoringReport(march, List.of(january, february), Optional.of(nextMeeting));
    String minutes = reports.minutes(meeting, commitments);
    String dashboard = reports.dashboard(march, List.of(january, february));

    Files.writeString(out.resolve("monitoring.html"), monitoring);
    Files.writeString(out.resolve("minutes.html"), minutes);
    Files.writeString(out.resolve("dashboard.html"), dashboard);
    // end::html-reports[]

    // tag::markdown[]
    String monitoringMd =
        reports.monitoringReportMarkdown(march, List.of(january, february), Optional.empty());
    String minutesMd = reports.minutesMarkdown(meeting, commitments);
    // end::markdown[]

    // tag::english[]
    HtmlReports english = HtmlReports.of(ReportLanguage.ENGLISH, names);
    String dashboardEn = english.dashboard(march, List.of(january, february));
    // end::english[]

    for (String name : List.of("monitoring.html", "minutes.html", "dashboard.html")) {
      assertThat(Files.readString(out.resolve(name))).startsWith("<!DOCTYPE html>");
    }
    assertThat(dashboard).contains("<html lang=\"id\">", "Dasbor monitoring");
    assertThat(dashboardEn).contains("<html lang=\"en\">", "Monitoring dashboard");
    assertThat(monitoringMd).startsWith("# Laporan monitoring, siklus ");
    assertThat(minutesMd).startsWith("# Notulen rapat: ");
    assertThat(minutes).contains("Notulen rapat");
  }

  private static List<ResponsibleUnit> units() {
    return SCENARIO.units();
  }

  private static List<Priority> priorities() {
    return SCENARIO.priorities();
  }

  private static List<Official> officials() {
    return SCENARIO.officials();
  }

  private static List<Forum> forums() {
    return SCENARIO.forums();
  }

  private static List<Jurisdiction> jurisdictions() {
    return SCENARIO.jurisdictions();
  }

  private static List<Indicator> indicators() {
    return SCENARIO.indicators();
  }
}
