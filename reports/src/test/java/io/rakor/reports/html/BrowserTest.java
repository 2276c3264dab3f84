package io.rakor.reports.html;

import static io.rakor.reports.html.ReportFixtures.NAMES;
import static io.rakor.reports.html.ReportFixtures.SCENARIO;
import static io.rakor.reports.html.ReportFixtures.current;
import static io.rakor.reports.html.ReportFixtures.previous;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.HealthSummary;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.Standing;
import io.rakor.core.priorities.PriorityId;
import io.rakor.reports.ReportLanguage;
import io.rakor.reports.html.internal.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The reports in a real browser: Debian's headless Chromium. Skipped, saying so, where it is not
 * installed.
 */
class BrowserTest {
  private static Browser browser;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    browser = Browser.start(1024, 900);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private static Map<String, String> documents(ReportLanguage language) {
    HtmlReports reports = HtmlReports.of(language, NAMES);
    return Map.of(
        "dashboard",
        reports.dashboard(current(), previous()),
        "monitoring",
        reports.monitoringReport(current(), previous(), Optional.of(SCENARIO.meeting())),
        "minutes",
        reports.minutes(SCENARIO.meeting(), SCENARIO.commitments()));
  }

  @Test
  void theDashboardAndTheMonitoringReportLoadWithoutConsoleErrorsOrNetworkRequests() {
    for (ReportLanguage language : ReportLanguage.values()) {
      Map<String, String> documents = documents(language);
      for (String name : List.of("dashboard", "monitoring")) {
        browser.console();
        browser.requests();
        String url = browser.open(name + "-" + language + ".html", documents.get(name));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.console())
            .as("console of %s in %s", name, language)
            .noneMatch(e -> e.getLevel().intValue() >= Level.WARNING.intValue());
        assertThat(browser.requests()).as("requests of %s in %s", name, language).containsOnly(url);
      }
    }
  }

  @Test
  void eachChartHasAsManyBarsAndPointsAsTheData() {
    browser.open(
        "dashboard-count.html",
        HtmlReports.of(ReportLanguage.ENGLISH, NAMES).dashboard(current(), previous()));
    Texts english = Texts.of(ReportLanguage.ENGLISH);
    for (Map.Entry<PriorityId, HealthSummary> e : current().byPriority().entrySet()) {
      WebElement stack =
          browser.driver.findElement(
              By.cssSelector(
                  "#health-chart g.stack[data-label='" + NAMES.priority(e.getKey()) + "']"));
      List<String> drawn = new ArrayList<>();
      for (WebElement segment : stack.findElements(By.cssSelector("rect.segment"))) {
        drawn.add(segment.getAttribute("data-health") + "=" + segment.getAttribute("data-count"));
      }
      List<String> data = new ArrayList<>();
      for (Health h : Health.values()) {
        if (e.getValue().count(h) > 0) {
          data.add(h + "=" + e.getValue().count(h));
        }
      }
      assertThat(drawn).as("segments of %s", e.getKey()).isEqualTo(data);
    }
    assertThat(browser.driver.findElements(By.cssSelector("#health-chart g.stack")))
        .hasSize(current().byPriority().size());
    assertThat(browser.driver.findElements(By.cssSelector("#progress-chart circle.point")))
        .hasSize(progressPoints());
    List<Standing> behind = current().whoIsBehind(NAMES.directory()).byUnit();
    assertThat(behind).isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#units-chart rect.bar")))
        .hasSize(behind.size());
    assertThat(english.name(Health.ON_TRACK)).isEqualTo("On track");
  }

  /** How many (priority, cycle) pairs have a top-level evaluated commitment with progress. */
  private static int progressPoints() {
    List<CycleEvaluation> history = new ArrayList<>(previous());
    history.add(current());
    int points = 0;
    for (var priority : SCENARIO.priorities()) {
      for (CycleEvaluation e : history) {
        Portfolio p = e.portfolio();
        boolean any =
            p.commitments().stream()
                .filter(c -> c.priority().equals(priority.id()))
                .filter(c -> c.parent().isEmpty() || p.indexOf(c.parent().get()).isEmpty())
                .anyMatch(
                    c -> e.health(c.id()).isPresent() && e.rolledUpProgress(c.id()).isPresent());
        points += any ? 1 : 0;
      }
    }
    return points;
  }

  @Test
  void theTextAlternativesAndTablesSayWhatTheChartsShow() {
    for (ReportLanguage language : ReportLanguage.values()) {
      Texts t = Texts.of(language);
      browser.open("dashboard-alt-" + language + ".html", documents(language).get("dashboard"));
      String healthDesc = text("health-desc");
      assertThat(text("health-alt")).isEqualTo(healthDesc);
      for (Map.Entry<PriorityId, HealthSummary> e : current().byPriority().entrySet()) {
        String name = NAMES.priority(e.getKey());
        List<String> counts = new ArrayList<>();
        for (Health h : Health.values()) {
          if (e.getValue().count(h) > 0) {
            counts.add(e.getValue().count(h) + " " + t.name(h));
          }
        }
        assertThat(healthDesc).contains(name + ": " + String.join(", ", counts));
        List<String> row =
            browser
                .driver
                .findElement(By.xpath("//table[@id='health-table']/tbody/tr[th='" + name + "']"))
                .findElements(By.tagName("td"))
                .stream()
                .map(WebElement::getText)
                .toList();
        List<String> expected = new ArrayList<>();
        for (Health h : Health.values()) {
          expected.add(Integer.toString(e.getValue().count(h)));
        }
        expected.add(Integer.toString(e.getValue().total()));
        assertThat(row).as("table row of %s", name).isEqualTo(expected);
      }
      String unitsDesc = text("units-desc");
      for (Standing s : current().whoIsBehind(NAMES.directory()).byUnit()) {
        assertThat(unitsDesc)
            .contains(
                s.name()
                    + ": "
                    + t.text(
                        "monitoring.behind.ofEvaluated",
                        Integer.toString(s.behind()),
                        Integer.toString(s.evaluated())));
      }
      String progressDesc = text("progress-desc");
      for (var priority : SCENARIO.priorities()) {
        assertThat(progressDesc).contains(priority.title() + ": ");
      }
      assertThat(browser.driver.findElements(By.cssSelector("svg[role=img]")))
          .hasSize(3)
          .allSatisfy(svg -> assertThat(svg.getAttribute("aria-labelledby")).isNotBlank());
    }
  }

  private static String text(String id) {
    return (String) browser.script("return document.getElementById(arguments[0]).textContent", id);
  }

  @Test
  void onANarrowPhoneNoReportScrollsSideways() {
    try {
      browser.viewport(360, 740, true);
      for (ReportLanguage language : ReportLanguage.values()) {
        for (Map.Entry<String, String> d : documents(language).entrySet()) {
          browser.open(d.getKey() + "-phone-" + language + ".html", d.getValue());
          long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
          long clientWidth = (Long) browser.script("return document.documentElement.clientWidth");
          assertThat(clientWidth).isEqualTo(360);
          assertThat(scrollWidth)
              .as("width of %s in %s at 360px", d.getKey(), language)
              .isLessThanOrEqualTo(clientWidth);
          browser.screenshot(d.getKey() + "-phone-" + language);
        }
      }
    } finally {
      browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void theMinutesPrintToAnA4PdfWithTheTitleAndTheFollowUpPlan() throws IOException {
    Meeting meeting = SCENARIO.meeting();
    for (ReportLanguage language : ReportLanguage.values()) {
      browser.open("minutes-print-" + language + ".html", documents(language).get("minutes"));
      PrintOptions print = new PrintOptions();
      print.setPageSize(PageSize.ISO_A4);
      byte[] pdf = Base64.getDecoder().decode(browser.driver.print(print).getContent());
      Path file = Path.of("target", "screenshots", "minutes-" + language + ".pdf");
      Files.createDirectories(file.getParent());
      Files.write(file, pdf);
      try (PDDocument document = Loader.loadPDF(pdf)) {
        PDRectangle page = document.getPage(0).getMediaBox();
        assertThat(page.getWidth())
            .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(2f));
        assertThat(page.getHeight())
            .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(2f));
        String text = new PDFTextStripper().getText(document);
        String flat = text.replaceAll("\\s+", " ");
        String compact = text.replaceAll("\\s+", "");
        assertThat(flat).contains(meeting.title().replaceAll("\\s+", " "));
        assertThat(flat).contains(Texts.of(language).text("minutes.rtl.title"));
        List<Commitment> rtl =
            SCENARIO.commitments().stream()
                .filter(c -> c.originMeeting().equals(meeting.id()))
                .toList();
        assertThat(rtl).isNotEmpty();
        for (Commitment c : rtl) {
          assertThat(compact)
              .as("RTL %s in the PDF", c.id())
              .contains(c.id().value().replaceAll("\\s+", ""));
        }
      }
    }
  }

  @Test
  void everyReportInEveryLanguageHasAScreenshot() throws IOException {
    for (ReportLanguage language : ReportLanguage.values()) {
      for (Map.Entry<String, String> d : documents(language).entrySet()) {
        browser.open(d.getKey() + "-" + language + ".html", d.getValue());
        Path shot = browser.screenshot(d.getKey() + "-" + language);
        byte[] png = Files.readAllBytes(shot);
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(png.length).isGreaterThan(10_000);
      }
    }
  }
}
