package io.rakor.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.monitoring.Health;
import io.rakor.reports.ReportLanguage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Currency RUPIAH = Currency.getInstance("IDR");
  private final Messages indonesian = Messages.of("common", ReportLanguage.INDONESIAN);
  private final Messages english = Messages.of("common", ReportLanguage.ENGLISH);

  @Test
  void indonesianIsTheDefault() {
    assertThat(ReportLanguage.defaultLanguage()).isEqualTo(ReportLanguage.INDONESIAN);
  }

  @Test
  void datesAreWrittenInFullInEachLanguage() {
    assertThat(indonesian.date(LocalDate.of(2026, 1, 12))).isEqualTo("12 Januari 2026");
    assertThat(english.date(LocalDate.of(2026, 1, 12))).isEqualTo("12 January 2026");
  }

  @Test
  void rupiahHaveNoMinorUnitsUnlessTheAmountHasThem() {
    assertThat(indonesian.money(new BigDecimal("1250000000"), RUPIAH)).isEqualTo("Rp1.250.000.000");
    assertThat(indonesian.money(new BigDecimal("1250000000.50"), RUPIAH))
        .isEqualTo("Rp1.250.000.000,50");
    assertThat(english.money(new BigDecimal("1250000000"), RUPIAH)).isEqualTo("IDR1,250,000,000");
  }

  @Test
  void numbersFollowTheLanguage() {
    assertThat(indonesian.number(1250.5)).isEqualTo("1.250,5");
    assertThat(english.number(1250.5)).isEqualTo("1,250.5");
  }

  @Test
  void enumTextsComeFromTheBundleOfTheLanguage() {
    assertThat(indonesian.text(Health.OFF_TRACK)).isEqualTo("Tertinggal");
    assertThat(english.text(Health.OFF_TRACK)).isEqualTo("Off track");
  }

  @Test
  void aMissingKeyIsAnErrorNotAFallback() {
    assertThatThrownBy(() -> english.text("no.such.key"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.key");
  }
}
