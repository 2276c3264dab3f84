package io.rakor.core.data;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure the units concerned agreed on for one key, overriding the data steward's: the value,
 * why, who agreed, when, and at which meeting. The source observations are kept beside it.
 *
 * <p>Invariants, checked when built: the value is a measure within the magnitudes of {@link
 * io.rakor.core.values.Limits}, a negative zero becoming zero; the justification is not blank; at
 * least one unit agreed, each listed once. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgreedValue.class)
@JsonDeserialize(as = ImmutableAgreedValue.class)
public abstract class AgreedValue implements WithAgreedValue {
  AgreedValue() {}

  /**
   * Starts building an agreed value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AgreedValue} values, checking every invariant in {@link #build()}. Obtained from
   * {@link AgreedValue#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableAgreedValue.Builder {
    Builder() {}
  }

  /**
   * What the value is a figure for.
   *
   * @return the key
   */
  public abstract ObservationKey key();

  /**
   * The agreed value.
   *
   * @return a finite number
   */
  public abstract double value();

  /**
   * Why this value was agreed, for example which source was judged more reliable and why.
   *
   * @return the justification
   */
  public abstract String justification();

  /**
   * The units that agreed.
   *
   * @return at least one unit
   */
  @AllowNulls
  public abstract List<UnitId> agreedBy();

  /**
   * The day it was agreed.
   *
   * @return the date
   */
  public abstract LocalDate agreedOn();

  /**
   * The meeting at which it was agreed, if any.
   *
   * @return the meeting's id
   */
  public abstract Optional<MeetingId> meeting();

  @Value.Check
  AgreedValue check() {
    if (Checker.isNegativeZero(value())) {
      return withValue(0.0);
    }
    Checker.of("AgreedValue")
        .references("agreedBy", agreedBy())
        .checkpoint()
        .measure("value", value())
        .date("agreedOn", agreedOn())
        .text("justification", justification())
        .require(!agreedBy().isEmpty(), "agreedBy", "[]", "must name at least one unit")
        .distinct("agreedBy", agreedBy(), u -> u)
        .done();
    return this;
  }
}
