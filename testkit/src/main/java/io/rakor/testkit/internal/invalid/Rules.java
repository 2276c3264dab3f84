package io.rakor.testkit.internal.invalid;

import com.google.common.collect.ImmutableList;

/** Every rule of every core type's validation, feature by feature, in a fixed order. */
public final class Rules {
  private Rules() {}

  /**
   * Every rule, in a fixed order: the order decides which case a seed draws, so keep it.
   *
   * @return the rules of identifiers, jurisdictions, units, meetings, priorities, indicators,
   *     commitments, monitoring, of required attributes, then of text, limits and references, then
   *     of reconciliation data
   */
  public static ImmutableList<Rule> all() {
    return ImmutableList.<Rule>builder()
        .addAll(IdentifierRules.all())
        .addAll(JurisdictionRules.all())
        .addAll(UnitRules.all())
        .addAll(MeetingRules.all())
        .addAll(PriorityRules.all())
        .addAll(IndicatorRules.all())
        .addAll(CommitmentRules.all())
        .addAll(PlanRules.all())
        .addAll(MonitoringRules.all())
        .addAll(RequiredAttributeRules.all())
        .addAll(TextRules.all())
        .addAll(LimitRules.all())
        .addAll(ReferenceRules.all())
        .addAll(DataRules.all())
        .build();
  }
}
