package io.rakor.reports.html;

import static io.rakor.reports.html.ReportFixtures.CYCLES;
import static io.rakor.reports.html.ReportFixtures.NAMES;
import static io.rakor.reports.html.ReportFixtures.SCENARIO;
import static io.rakor.reports.html.ReportFixtures.current;
import static io.rakor.reports.html.ReportFixtures.previous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.RakorValidationException;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.monitoring.AgendaCarryOver;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.HealthSummary;
import io.rakor.reports.ReportLanguage;
import io.rakor.reports.html.internal.MonitoringView;
import io.rakor.reports.html.internal.Texts;
import io.rakor.reports.html.internal.Views;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportsTest {
  private static final HtmlReports INDONESIAN =
      HtmlReports.of(ReportLanguage.defaultLanguage(), NAMES);
  private static final HtmlReports ENGLISH = HtmlReports.of(ReportLanguage.ENGLISH, NAMES);
  private static final Pattern EXTERNAL =
      Pattern.compile("(?i)https?:|src\\s*=|href\\s*=|@import|url\\(|<script|<link|<img|<iframe");

  @Test
  void theMonitoringReportCountsEveryHealthOfTheCycle() {
    HealthSummary summary = current().summary();
    assertThat(summary.total()).isPositive();
    String html = INDONESIAN.monitoringReport(current(), previous(), Optional.empty());
    for (Health h : Health.values()) {
      assertThat(html)
          .contains(
              "<tr data-health=\"" + h + "\"><th scope=\"row\"><span class=\"badge h-" + h + "\">")
          .containsPattern(
              Pattern.quote("data-health=\"" + h + "\"")
                  + "[^\\n]*<td class=\"num\">"
                  + summary.count(h)
                  + "</td>");
    }
    assertThat(html).contains("<td class=\"num\">" + summary.total() + "</td>");
  }

  @Test
  void indonesianIsTheDefaultAndEnglishIsTheOther() {
    String id = INDONESIAN.monitoringReport(current(), previous(), Optional.empty());
    String en = ENGLISH.monitoringReport(current(), previous(), Optional.empty());
    assertThat(id)
        .contains("<html lang=\"id\">", "Laporan monitoring, siklus", "Siapa yang tertinggal")
        .contains(Texts.of(ReportLanguage.INDONESIAN).date(current().cycle().periodStart()));
    assertThat(en)
        .contains("<html lang=\"en\">", "Monitoring report, cycle", "Who is behind")
        .contains(Texts.of(ReportLanguage.ENGLISH).date(current().cycle().periodStart()))
        .doesNotContain("Siapa yang tertinggal");
    assertThat(INDONESIAN.language()).isEqualTo(ReportLanguage.INDONESIAN);
  }

  @Test
  void reasonsArePhrasedInTheLanguageOfTheReport() {
    CommitmentAssessment reported =
        current().assessments().stream()
            .filter(a -> a.reportedPercent().isPresent() && a.health() != Health.COMPLETED)
            .findFirst()
            .orElseThrow();
    var row = new MonitoringView(Texts.of(ReportLanguage.INDONESIAN), NAMES).row(reported);
    var english = new MonitoringView(Texts.of(ReportLanguage.ENGLISH), NAMES).row(reported);
    assertThat(row.reasons().get(0)).startsWith("dilaporkan ").contains("% dari ");
    assertThat(english.reasons().get(0)).startsWith("reported ").contains("% against ");
    assertThat(row.health()).isEqualTo(Texts.of(ReportLanguage.INDONESIAN).name(reported.health()));
  }

  @Test
  void everyTextFromTheValuesIsEscapedInEveryHtmlReport() {
    List<CycleEvaluation> hostile = ReportFixtures.hostileCycles();
    HtmlReports reports = HtmlReports.of(ReportLanguage.ENGLISH, ReportFixtures.hostileNames());
    String escaped =
        "&lt;script&gt;alert(&quot;x&quot;)&lt;&#47;script&gt; &#39;Rakor&#39; &amp; \u200Fمراجعة שלום";
    for (String html :
        List.of(
            reports.monitoringReport(hostile.get(2), hostile.subList(0, 2), Optional.empty()),
            reports.minutes(ReportFixtures.hostileMeeting(), ReportFixtures.hostileCommitments()),
            reports.dashboard(hostile.get(2), hostile.subList(0, 2)))) {
      assertThat(html).doesNotContain("<script").doesNotContain("alert(\"x\")");
      assertThat(html.replace("&#61;", "=")).contains(escaped.replace("&#47;", "/"));
      assertThat(EXTERNAL.matcher(html).find()).as("refers to something outside").isFalse();
    }
  }

  @Test
  void markdownEscapesMarkupAndTableCells() {
    HtmlReports reports = HtmlReports.of(ReportLanguage.ENGLISH, ReportFixtures.hostileNames());
    String md =
        reports.minutesMarkdown(
            ReportFixtures.hostileMeeting(), ReportFixtures.hostileCommitments());
    assertThat(md)
        .doesNotContainPattern("(?<!\\\\)<script")
        .contains("\\<script\\>alert(\"x\")\\</script\\> 'Rakor' \\& \u200F")
        .startsWith("# Minutes of the meeting: Rakor \\<script\\>");
    List<CycleEvaluation> hostile = ReportFixtures.hostileCycles();
    String monitoring =
        reports.monitoringReportMarkdown(hostile.get(2), hostile.subList(0, 2), Optional.empty());
    assertThat(monitoring)
        .doesNotContainPattern("(?<!\\\\)<script")
        .contains("\\<script\\>", "## Who is behind");
    for (String line : monitoring.lines().filter(l -> l.startsWith("| ")).toList()) {
      assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count())
          .as("cells of %s", line)
          .isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void theCarriedAgendaIsWhatCoreCarriesInItsOrder() {
    Meeting next = SCENARIO.meeting().withStatus(MeetingStatus.SCHEDULED);
    Meeting carried = AgendaCarryOver.carryInto(next, current());
    List<AgendaItem> added =
        carried.agenda().subList(next.agenda().size(), carried.agenda().size());
    Views.Monitoring view =
        new MonitoringView(Texts.of(ReportLanguage.ENGLISH), NAMES)
            .of(current(), previous(), Optional.of(next));
    assertThat(view.carried().items()).hasSameSizeAs(added).isNotEmpty();
    for (int i = 0; i < added.size(); i++) {
      assertThat(added.get(i).title())
          .startsWith("Follow-up " + view.carried().items().get(i).id() + " [");
      assertThat(view.carried().items().get(i).position())
          .isEqualTo(Integer.toString(added.get(i).position()));
    }
  }

  @Test
  void aPreviousEvaluationMustBeOfAnEarlierCycle() {
    assertThatThrownBy(
            () ->
                INDONESIAN.monitoringReport(
                    CYCLES.get(1), List.of(CYCLES.get(2)), Optional.empty()))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("MonitoringReport")
        .hasMessageContaining("previous")
        .hasMessageContaining(CYCLES.get(2).cycle().id().value());
  }

  @Test
  void theMinutesHaveTheHeaderAttendanceAgendaReportsDecisionsAndTheRtl() {
    Meeting meeting = SCENARIO.meeting();
    String html = INDONESIAN.minutes(meeting, SCENARIO.commitments());
    assertThat(html)
        .contains("Notulen rapat", "Daftar hadir", "Agenda", "Laporan unit", "Keputusan")
        .contains("Rencana tindak lanjut (RTL)")
        .contains(NAMES.official(meeting.chair()).replace("'", "&#39;"))
        .contains("@page{size:A4");
    long rtl =
        SCENARIO.commitments().stream().filter(c -> c.originMeeting().equals(meeting.id())).count();
    assertThat(rtl).isPositive();
    assertThat(count(html.substring(html.indexOf("id=\"rtl-table\"")), "<tr><td class=\"num\">"))
        .isEqualTo(rtl);
    String md = ENGLISH.minutesMarkdown(meeting, SCENARIO.commitments());
    assertThat(md).contains("## Follow-up plan (RTL)", "## Attendance", "## Decisions");
  }

  @Test
  void theDashboardDrawsOneShapePerDatum() {
    String html = ENGLISH.dashboard(current(), previous());
    long segments =
        current().byPriority().values().stream()
            .mapToLong(
                s ->
                    java.util.stream.Stream.of(Health.values()).filter(h -> s.count(h) > 0).count())
            .sum();
    assertThat(count(html, "<rect class=\"segment")).isEqualTo(segments);
    assertThat(count(html, "<rect class=\"bar\""))
        .isEqualTo(current().whoIsBehind(NAMES.directory()).byUnit().size());
    assertThat(count(html, "<polyline class=\"line\"")).isPositive();
  }

  @Test
  void everyConstantTheReportsNameHasATextInEveryLanguage() {
    for (ReportLanguage language : ReportLanguage.values()) {
      Texts texts = Texts.of(language);
      for (Class<? extends Enum<?>> type :
          List.<Class<? extends Enum<?>>>of(
              io.rakor.core.meetings.MeetingKind.class,
              MeetingStatus.class,
              io.rakor.core.meetings.ParticipantRole.class,
              io.rakor.core.meetings.Attendance.class,
              io.rakor.core.meetings.ObstacleCategory.class,
              io.rakor.core.indicators.Direction.class,
              Health.class,
              io.rakor.core.commitments.CommitmentStatus.class,
              io.rakor.core.commitments.FundingSource.class)) {
        for (Enum<?> constant : type.getEnumConstants()) {
          assertThat(texts.name(constant)).as("%s in %s", constant, language).isNotBlank();
        }
      }
      for (io.rakor.core.monitoring.MilestoneState state :
          io.rakor.core.monitoring.MilestoneState.values()) {
        assertThat(
                texts
                    .formats()
                    .common()
                    .text("reason.milestoneState." + state.name(), "d", 1L, "d"))
            .isNotBlank();
      }
    }
  }

  private static long count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
