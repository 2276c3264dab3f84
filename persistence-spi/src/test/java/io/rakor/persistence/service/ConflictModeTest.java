package io.rakor.persistence.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.RakorValidationException;
import org.junit.jupiter.api.Test;

class ConflictModeTest {
  @Test
  void retryNeedsAtLeastOneAttempt() {
    assertThatThrownBy(() -> ConflictMode.retry(0))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("ConflictMode.maxAttempts = 0")
        .hasMessageContaining("must be at least 1");
  }

  @Test
  void modesAreValuesNamedByTheirFactories() {
    assertThat(ConflictMode.retry(1)).isEqualTo(ConflictMode.failFast());
    assertThat(ConflictMode.retry(1).thenReport()).isEqualTo(ConflictMode.reporting());
    assertThat(ConflictMode.retry(3).thenReport())
        .isNotEqualTo(ConflictMode.retry(3))
        .hasToString("retry(3).thenReport()");
    assertThat(ConflictMode.retry(3).maxAttempts()).isEqualTo(3);
    assertThat(ConflictMode.retry(3).isReporting()).isFalse();
    assertThat(ConflictMode.reporting().isReporting()).isTrue();
    assertThat(ConflictMode.failFast()).hasToString("failFast()");
  }
}
