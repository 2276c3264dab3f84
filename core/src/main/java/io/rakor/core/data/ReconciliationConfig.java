package io.rakor.core.data;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rules of a reconciliation: per-indicator {@link IndicatorRules} (steward, tolerance,
 * aggregation), the tolerance for indicators without rules, the {@link AgreedValue}s recorded so
 * far, the {@link CoverageExpectation}s that define gaps (and the sub-jurisdictions a roll-up
 * misses), and the {@link StewardAssignment}s that name the data steward per jurisdiction or level.
 *
 * <p>An indicator without rules has no steward, the {@linkplain #defaultTolerance() default
 * tolerance} and no roll-up check. The configuration is held in memory; it is small next to the
 * observations.
 *
 * <p>Invariants, checked when built: no indicator has two sets of rules; no key has two agreed
 * values; no indicator has two expectations; no two steward assignments are for the same indicator
 * (or every indicator) and the same jurisdiction or level depth. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReconciliationConfig.class)
@JsonDeserialize(as = ImmutableReconciliationConfig.class)
public abstract class ReconciliationConfig implements WithReconciliationConfig {
  ReconciliationConfig() {}

  /**
   * Starts building a configuration; every attribute has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ReconciliationConfig} values, checking every invariant in {@link #build()}.
   * Obtained from {@link ReconciliationConfig#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableReconciliationConfig.Builder {
    Builder() {}
  }

  /**
   * The rules per indicator.
   *
   * @return the rules, at most one per indicator
   */
  @AllowNulls
  public abstract List<IndicatorRules> indicators();

  /**
   * The tolerance for indicators without rules; {@link Tolerance#exact()} unless set.
   *
   * @return the tolerance
   */
  @Value.Default
  public Tolerance defaultTolerance() {
    return Tolerance.exact();
  }

  /**
   * The values agreed so far, which override the steward's figure.
   *
   * @return the agreed values, at most one per key
   */
  @AllowNulls
  public abstract List<AgreedValue> agreedValues();

  /**
   * The figures that should exist.
   *
   * @return the expectations, at most one per indicator
   */
  @AllowNulls
  public abstract List<CoverageExpectation> expectations();

  /**
   * The data stewards per jurisdiction or level, over the stewards of the indicators' rules.
   *
   * @return the assignments, at most one per indicator (or every indicator) and jurisdiction or
   *     level depth
   * @since 0.2
   */
  @AllowNulls
  public abstract List<StewardAssignment> stewards();

  /**
   * The data steward responsible for an indicator's figure in a jurisdiction: the assignment for
   * the indicator and the jurisdiction, else for every indicator and the jurisdiction, else for the
   * indicator at the jurisdiction's level, else for every indicator at that level, else the steward
   * of the indicator's rules.
   *
   * @param indicator the indicator's id
   * @param jurisdiction the jurisdiction
   * @return the steward, or empty if none is named
   * @since 0.2
   */
  public Optional<UnitId> stewardFor(IndicatorId indicator, JurisdictionCode jurisdiction) {
    if (!stewards().isEmpty()) {
      ImmutableMap<String, UnitId> byScope = stewardsByScope();
      String code = jurisdiction.value();
      String depth = "depth " + jurisdiction.depth();
      for (String scope :
          new String[] {
            indicator.value() + "@" + code,
            "*@" + code,
            indicator.value() + "@" + depth,
            "*@" + depth
          }) {
        UnitId steward = byScope.get(scope);
        if (steward != null) {
          return Optional.of(steward);
        }
      }
    }
    IndicatorRules rules = rulesById().get(indicator);
    return rules == null ? Optional.empty() : Optional.of(rules.steward());
  }

  /**
   * The rules for an indicator.
   *
   * @param indicator the indicator's id
   * @return its rules, or empty if it has none
   */
  public Optional<IndicatorRules> rulesFor(IndicatorId indicator) {
    return Optional.ofNullable(rulesById().get(indicator));
  }

  /**
   * The tolerance that applies to an indicator.
   *
   * @param indicator the indicator's id
   * @return its own tolerance, or the default
   */
  public Tolerance toleranceFor(IndicatorId indicator) {
    IndicatorRules rules = rulesById().get(indicator);
    return rules == null ? defaultTolerance() : rules.tolerance();
  }

  /**
   * The agreed value for a key.
   *
   * @param key the key
   * @return the agreed value, or empty if none was recorded
   */
  public Optional<AgreedValue> agreedValueFor(ObservationKey key) {
    return Optional.ofNullable(agreedByKey().get(key));
  }

  @Value.Lazy
  ImmutableMap<IndicatorId, IndicatorRules> rulesById() {
    return indicators().stream()
        .collect(ImmutableMap.toImmutableMap(IndicatorRules::indicator, r -> r));
  }

  @Value.Lazy
  ImmutableMap<String, UnitId> stewardsByScope() {
    return stewards().stream()
        .collect(ImmutableMap.toImmutableMap(StewardAssignment::scope, StewardAssignment::steward));
  }

  @Value.Lazy
  ImmutableMap<ObservationKey, AgreedValue> agreedByKey() {
    return agreedValues().stream().collect(ImmutableMap.toImmutableMap(AgreedValue::key, a -> a));
  }

  @Value.Check
  void check() {
    Checker.of("ReconciliationConfig")
        .nonNull("indicators", indicators())
        .nonNull("agreedValues", agreedValues())
        .nonNull("expectations", expectations())
        .nonNull("stewards", stewards())
        .checkpoint()
        .distinct("indicators", indicators(), IndicatorRules::indicator)
        .distinct("agreedValues", agreedValues(), AgreedValue::key)
        .distinct("expectations", expectations(), CoverageExpectation::indicator)
        .distinct("stewards", stewards(), StewardAssignment::scope)
        .done();
  }
}
