package io.rakor.reports.html.internal;

import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.indicators.Direction;
import io.rakor.core.monitoring.CompletionGrade;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.MilestoneState;
import io.rakor.reports.ReportLanguage;
import io.rakor.reports.internal.Formats;
import io.rakor.reports.internal.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;

/**
 * The texts of the HTML and Markdown reports in one language: the {@code html} bundle, the {@code
 * common} bundle (health, statuses) and the locale's formats of dates, times and numbers.
 */
public final class Texts {
  /** The enums whose texts the {@code common} bundle holds, shared with the matrix. */
  private static final Set<Class<?>> COMMON =
      Set.of(
          Health.class,
          CommitmentStatus.class,
          FundingSource.class,
          MilestoneState.class,
          CompletionGrade.class,
          Direction.class);

  private final ReportLanguage language;
  private final Messages html;
  private final Messages common;
  private final Formats formats;
  private final Map<String, Object> labels;
  private final DateTimeFormatter dayAndDate;
  private final DateTimeFormatter clock;
  private final DateTimeFormatter zone;
  private final DateTimeFormatter monthYear;

  private Texts(ReportLanguage language) {
    this.language = language;
    this.html = Messages.of("html", language);
    this.formats = Formats.of(language);
    this.common = formats.common();
    this.labels = nest(html);
    this.dayAndDate =
        DateTimeFormatter.ofPattern(html.text("format.dayAndDate"), language.locale());
    this.clock = DateTimeFormatter.ofPattern(html.text("format.clock"), language.locale());
    this.zone = DateTimeFormatter.ofPattern("zzz", language.locale());
    this.monthYear = DateTimeFormatter.ofPattern(html.text("format.monthYear"), language.locale());
  }

  /**
   * The texts of a language.
   *
   * @param language the language
   * @return its texts
   */
  public static Texts of(ReportLanguage language) {
    return new Texts(language);
  }

  /**
   * Every text of the {@code html} bundle as nested maps, so that a template writes the key {@code
   * monitoring.title} as {@code {{t.monitoring.title}}}.
   */
  private static Map<String, Object> nest(Messages messages) {
    Map<String, Object> root = new TreeMap<>();
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "io.rakor.reports.html",
            messages.language().locale(),
            Texts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    for (String key : bundle.keySet()) {
      String[] parts = key.split("\\.");
      Map<String, Object> node = root;
      for (int i = 0; i < parts.length - 1; i++) {
        Object child = node.computeIfAbsent(parts[i], p -> new TreeMap<String, Object>());
        if (!(child instanceof Map)) {
          throw new IllegalStateException("key " + key + " is below a text in bundle html");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) child;
        node = map;
      }
      node.put(parts[parts.length - 1], messages.text(key));
    }
    return root;
  }

  /**
   * The language.
   *
   * @return the language
   */
  public ReportLanguage language() {
    return language;
  }

  /**
   * Every label of the {@code html} bundle, for templates ({@code {{t.monitoring.title}}}).
   *
   * @return the labels as nested maps
   */
  public Map<String, Object> labels() {
    return labels;
  }

  /**
   * A text of the {@code html} bundle.
   *
   * @param key the key
   * @param arguments its arguments, already formatted
   * @return the text
   */
  public String text(String key, Object... arguments) {
    return html.text(key, arguments);
  }

  /**
   * The text of a constant: from the {@code common} bundle for health, statuses and funding, from
   * the {@code html} bundle for the meeting's enums.
   *
   * @param value the constant
   * @return its text
   */
  public String name(Enum<?> value) {
    return (COMMON.contains(value.getDeclaringClass()) ? common : html).text(value);
  }

  /**
   * The text of a health, or "not evaluated".
   *
   * @param health the health, if evaluated
   * @return its text
   */
  public String health(Optional<Health> health) {
    return health.map(this::name).orElseGet(() -> html.text("health.none"));
  }

  /**
   * A date in full: {@code 12 Januari 2026}.
   *
   * @param date the date
   * @return the text
   */
  public String date(LocalDate date) {
    return html.date(date);
  }

  /**
   * A month and year, short: {@code Mar 2026}.
   *
   * @param date a day of the month
   * @return the text
   */
  public String monthYear(LocalDate date) {
    return monthYear.format(date);
  }

  /**
   * A day with its weekday: {@code Senin, 12 Januari 2026}.
   *
   * @param date the day
   * @return the text
   */
  public String dayAndDate(ZonedDateTime date) {
    return dayAndDate.format(date);
  }

  /**
   * A time of day with its zone as the language writes it ({@code 09.00 WIB}).
   *
   * @param dateTime the time
   * @return the text
   */
  public String time(ZonedDateTime dateTime) {
    return formats.time(dateTime);
  }

  /**
   * A deadline as the last day it includes, as core's reasons write it: reports due at the start of
   * 11 March are due {@code until 10 March}; a deadline within a day keeps its time and zone.
   *
   * @param deadline the moment from which something is late
   * @return the text
   */
  public String deadline(ZonedDateTime deadline) {
    return formats.deadline(deadline);
  }

  /**
   * A time of day without its zone ({@code 09.00}).
   *
   * @param dateTime the time
   * @return the text
   */
  public String clock(ZonedDateTime dateTime) {
    return clock.format(dateTime);
  }

  /**
   * The short name of a time's zone in the language ({@code WIB}).
   *
   * @param dateTime the time
   * @return the text
   */
  public String zone(ZonedDateTime dateTime) {
    return zone.format(dateTime);
  }

  /**
   * A number with at most one decimal.
   *
   * @param number the number
   * @return the text
   */
  public String number(double number) {
    return html.number(number);
  }

  /**
   * A percentage with at most one decimal: {@code 33,3%}.
   *
   * @param percent the percentage
   * @return the text
   */
  public String percent(double percent) {
    return formats.percent(percent);
  }

  /**
   * The formats of the language, shared with the matrix.
   *
   * @return the formats
   */
  public Formats formats() {
    return formats;
  }

  /**
   * An amount of money.
   *
   * @param amount the amount
   * @param currency its currency
   * @return the text: {@code Rp1.250.000.000}
   */
  public String money(BigDecimal amount, Currency currency) {
    return html.money(amount, currency);
  }

  /**
   * The locale of the language.
   *
   * @return the locale
   */
  public Locale locale() {
    return language.locale();
  }
}
