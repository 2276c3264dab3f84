package io.rakor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on rejected values, shared by the model's example tests. */
public final class Rejections {
  private Rejections() {}

  /**
   * Asserts that building throws a validation exception with a violation of the type and field.
   *
   * @param build the attempt
   * @param type the expected type name
   * @param field the expected field
   * @return the violation found, for further assertions
   */
  public static Violation assertRejected(ThrowingCallable build, String type, String field) {
    RakorValidationException e = catchThrowableOfType(RakorValidationException.class, build);
    assertThat(e).as("expected %s.%s to be rejected", type, field).isNotNull();
    assertThat(e.violations())
        .as("violations of %s", e.getMessage())
        .anySatisfy(
            v -> {
              assertThat(v.type()).isEqualTo(type);
              assertThat(v.field()).isEqualTo(field);
            });
    Violation violation =
        e.violations().stream()
            .filter(v -> v.type().equals(type) && v.field().equals(field))
            .findFirst()
            .orElseThrow();
    assertThat(e.getMessage()).contains(type + "." + field);
    assertThat(violation.rule()).isNotBlank();
    return violation;
  }
}
