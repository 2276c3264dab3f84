package io.rakor.reports;

import java.util.Locale;

/**
 * The language of a report: every label, health value, reason, rule name and error message, and the
 * way dates and numbers are written. Indonesian is the default.
 *
 * @since 0.1
 */
public enum ReportLanguage {
  /** Bahasa Indonesia, the default: {@code 12 Januari 2026}, {@code Rp1.250.000.000}. */
  INDONESIAN(Locale.forLanguageTag("id-ID")),
  /** English: {@code 12 January 2026}, {@code IDR1,250,000,000}. */
  ENGLISH(Locale.forLanguageTag("en-GB"));

  private final Locale locale;

  ReportLanguage(Locale locale) {
    this.locale = locale;
  }

  /**
   * The locale whose conventions dates and numbers follow.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The default language of every report.
   *
   * @return {@link #INDONESIAN}
   */
  public static ReportLanguage defaultLanguage() {
    return INDONESIAN;
  }
}
