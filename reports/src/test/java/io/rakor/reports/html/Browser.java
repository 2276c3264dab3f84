package io.rakor.reports.html;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), driven by
 * Selenium through the given chromedriver: Selenium Manager is never asked for a driver or a
 * browser, so nothing is downloaded. Each browser has a fresh profile and records the console and
 * the network (Chromium's performance log).
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Held so that the loggers keep their level: Selenium and PDFBox are quiet in a green build. */
  private static final List<Logger> QUIET =
      List.of(Logger.getLogger("org.openqa.selenium"), Logger.getLogger("org.apache.pdfbox"));

  static {
    QUIET.forEach(l -> l.setLevel(Level.OFF));
  }

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Skips the calling test, saying why, where Debian's Chromium or its driver is missing. */
  static void assumeInstalled() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "platform: the browser tests need Chromium and its driver from Debian's packages chromium"
            + " and chromium-driver ("
            + CHROMIUM
            + ", "
            + CHROMEDRIVER
            + "); see the README");
  }

  /** Starts a headless Chromium with a window of the given size. */
  static Browser start(int width, int height) {
    try {
      Path profile = Files.createTempDirectory("rakor-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          "--user-data-dir=" + profile,
          "--window-size=" + width + "," + height);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      logs.enable(LogType.PERFORMANCE, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .withLogOutput(OutputStream.nullOutputStream())
              .build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a document under target/browser and opens it. */
  String open(String name, String html) {
    try {
      Path file = Path.of("target", "browser", name).toAbsolutePath();
      Files.createDirectories(file.getParent());
      Files.writeString(file, html, StandardCharsets.UTF_8);
      String url = file.toUri().toString();
      driver.get(url);
      return url;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The console messages since the last call. */
  List<LogEntry> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /** The URLs of every request the page sent since the last call (from the performance log). */
  List<String> requests() {
    return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("\"Network.requestWillBeSent\""))
        .map(Browser::requestUrl)
        .toList();
  }

  private static String requestUrl(String message) {
    int at = message.indexOf("\"url\":\"", message.indexOf("\"request\":"));
    int from = at + "\"url\":\"".length();
    return message.substring(from, message.indexOf('"', from));
  }

  /** Emulates a phone's viewport: the given width in CSS pixels. */
  void viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** A screenshot of the whole page, under target/screenshots. */
  Path screenshot(String name) {
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    try {
      Path file = Path.of("target", "screenshots", name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Object script(String script, Object... arguments) {
    return driver.executeScript(script, arguments);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
