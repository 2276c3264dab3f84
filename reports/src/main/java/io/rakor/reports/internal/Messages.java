package io.rakor.reports.internal;

import io.rakor.reports.ReportLanguage;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The texts and formats of one language, from one resource bundle. Bundles live under {@code
 * io/rakor/reports/}, one file per language ({@code <name>_id.properties}, {@code
 * <name>_en.properties}, UTF-8) with the same keys; there is no fallback between languages, so a
 * missing key is an error (and {@code MessagesParityTest} fails the build first).
 */
public final class Messages {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ReportLanguage language;
  private final ResourceBundle bundle;
  private final DateTimeFormatter dates;

  private Messages(ReportLanguage language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
    this.dates = DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale());
  }

  /**
   * The bundle {@code io/rakor/reports/<name>} in a language.
   *
   * @param name the bundle's name, for example {@code "common"}
   * @param language the language
   * @return its messages
   */
  public static Messages of(String name, ReportLanguage language) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    return new Messages(
        language,
        ResourceBundle.getBundle(
            "io.rakor.reports." + name,
            language.locale(),
            Messages.class.getClassLoader(),
            NO_FALLBACK));
  }

  /**
   * The language of these messages.
   *
   * @return the language
   */
  public ReportLanguage language() {
    return language;
  }

  /**
   * Whether the bundle has a text for a key.
   *
   * @param key the key
   * @return true if it has
   */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The text of a key, with {@link MessageFormat} arguments filled in.
   *
   * @param key the key
   * @param arguments the arguments, if the text has placeholders
   * @return the text
   * @throws IllegalStateException if the bundle has no such key (a bug in the reports)
   */
  public String text(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException(
          "no text for key " + key + " in " + bundle.getBaseBundleName() + " " + language, e);
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, language.locale()).format(arguments);
  }

  /**
   * The text of an enum constant: the key is the enum's simple name, a dot and the constant's name
   * ({@code Health.ON_TRACK}).
   *
   * @param value the constant
   * @return its text
   */
  public String text(Enum<?> value) {
    return text(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * A date as the language writes it in full: {@code 12 Januari 2026}, {@code 12 January 2026}.
   *
   * @param date the date
   * @return the text
   */
  public String date(LocalDate date) {
    return dates.format(date);
  }

  /**
   * An amount of money with its currency, without minor units when it has none: {@code
   * Rp1.250.000.000} in Indonesian.
   *
   * @param amount the amount
   * @param currency the currency
   * @return the text
   */
  public String money(BigDecimal amount, Currency currency) {
    NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
    format.setCurrency(currency);
    format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
    format.setMaximumFractionDigits(2);
    return format.format(amount);
  }

  /**
   * A number as the language writes it ({@code 1.250,5} in Indonesian).
   *
   * @param number the number
   * @return the text
   */
  public String number(double number) {
    NumberFormat format = NumberFormat.getNumberInstance(language.locale());
    format.setMaximumFractionDigits(1);
    return format.format(number);
  }
}
