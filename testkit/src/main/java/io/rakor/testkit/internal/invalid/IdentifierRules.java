package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.badId;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;

import io.rakor.core.commitments.BudgetCode;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import java.util.ArrayList;
import java.util.List;

/**
 * The invalid-input rules of identifiers and codes: every id type, jurisdiction codes and priority
 * areas.
 */
final class IdentifierRules {
  private IdentifierRules() {}

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    r.add(badId(UnitId.class, UnitId::of));
    r.add(badId(ForumId.class, ForumId::of));
    r.add(badId(OfficialId.class, OfficialId::of));
    r.add(badId(MeetingId.class, MeetingId::of));
    r.add(badId(PriorityId.class, PriorityId::of));
    r.add(badId(IndicatorId.class, IndicatorId::of));
    r.add(badId(CommitmentId.class, CommitmentId::of));
    r.add(badId(MilestoneId.class, MilestoneId::of));
    r.add(badId(MonitoringPlanId.class, MonitoringPlanId::of));
    r.add(badId(CycleId.class, CycleId::of));
    r.add(badId(ProgressReportId.class, ProgressReportId::of));
    r.add(
        rule(
            JurisdictionCode.class,
            "value",
            "a code not in Kemendagri's canonical form (2, 2, 2 and 4 digits, no all-zero segment)",
            pick(List.of(
                    "",
                    "18.",
                    ".18",
                    "18..03",
                    "1234567",
                    "18.a3",
                    "1.2.3.4.5.6.7.8.9",
                    "18 03",
                    "18-03",
                    "18.3",
                    "1803",
                    "0",
                    "000000.000000",
                    "18.00",
                    "18.03.01.201",
                    "18.03.01.2001.01",
                    "\uFF11\uFF18"))
                .map(text -> attempt(() -> JurisdictionCode.of(text)))));
    r.add(
        rule(
            BudgetCode.class,
            "value",
            "a code not in the Permendagri 90/2019 form (1, 2, 2 [, 1, 2 [, 4]] digits)",
            pick(List.of(
                    "",
                    "1",
                    "1.02",
                    "1.02.02.2",
                    "1.2.02",
                    "1.02.02.2.02.24",
                    "1.02.02.2.02.0024.01",
                    "0.02.02",
                    "1.00.02",
                    "1.02.02.2.02.0000",
                    "X.02.01",
                    "1.02.0a",
                    "1.02.02..02",
                    "1-02-02",
                    "\uFF11.02.02"))
                .map(text -> attempt(() -> BudgetCode.of(text)))));
    r.add(
        rule(
            PriorityArea.class,
            "code",
            "an area code that is not 1 to 4 dot-separated lower-case segments",
            pick(List.of(
                    "",
                    "Health",
                    "1abc",
                    "a..b",
                    "a.b.c.d.e",
                    "a_b",
                    "-a",
                    "stunting.",
                    "a" + "-b".repeat(60)))
                .map(text -> attempt(() -> PriorityArea.of(text)))));
    return r;
  }
}
