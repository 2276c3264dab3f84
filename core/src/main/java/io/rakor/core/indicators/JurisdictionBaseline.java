package io.rakor.core.indicators;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.jurisdictions.JurisdictionCode;
import org.immutables.value.Value;

/**
 * An indicator's baseline in one jurisdiction: stunting was 27.2 % in Lampung Utara but 18.5 % in
 * the province. See {@link Indicator#jurisdictionBaselines()}. Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJurisdictionBaseline.class)
@JsonDeserialize(as = ImmutableJurisdictionBaseline.class)
public abstract class JurisdictionBaseline implements WithJurisdictionBaseline {
  JurisdictionBaseline() {}

  /**
   * Starts building a {@link JurisdictionBaseline}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link JurisdictionBaseline} values, checking every invariant in {@link #build()}.
   * Obtained from {@link JurisdictionBaseline#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableJurisdictionBaseline.Builder {
    Builder() {}
  }

  /**
   * The baseline of a jurisdiction.
   *
   * @param jurisdiction the jurisdiction
   * @param baseline its baseline value and date
   * @return the jurisdiction's baseline
   */
  public static JurisdictionBaseline of(JurisdictionCode jurisdiction, DatedValue baseline) {
    return builder().jurisdiction(jurisdiction).baseline(baseline).build();
  }

  /**
   * The jurisdiction.
   *
   * @return its code
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * The baseline value and date in that jurisdiction.
   *
   * @return the baseline
   */
  public abstract DatedValue baseline();
}
