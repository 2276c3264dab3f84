package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.invalid.Ingredients.TOO_LONG_TEXT;
import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.blanks;
import static io.rakor.testkit.internal.invalid.Ingredients.nonFinite;
import static io.rakor.testkit.internal.invalid.Ingredients.plus;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;

import com.google.common.collect.ImmutableSet;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingLineRef;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import io.rakor.testkit.internal.gen.CommitmentGens;
import io.rakor.testkit.internal.gen.Gens;
import io.rakor.testkit.internal.gen.IdGens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The invalid-input rules of commitments and their parts: milestones, targets and funding lines.
 */
final class CommitmentRules {
  private CommitmentRules() {}

  /** A jurisdiction in none of the given ones: a province code that none of them starts with. */
  private static JurisdictionCode outside(List<JurisdictionCode> scope) {
    for (int province = 11; ; province++) {
      JurisdictionCode candidate = JurisdictionCode.of(String.valueOf(province));
      if (scope.stream().noneMatch(s -> s.contains(candidate) || candidate.contains(s))) {
        return candidate;
      }
    }
  }

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    var commitments = CommitmentGens.commitments();
    r.add(
        rule(
            Commitment.class,
            "action",
            "a blank action",
            commitments.zip(blanks(), (c, b) -> attempt(() -> c.withAction(b)))));
    r.add(
        rule(
            Commitment.class,
            "action",
            "an action longer than 100,000 characters",
            commitments.map(c -> attempt(() -> c.withAction(TOO_LONG_TEXT)))));
    r.add(
        rule(
            Commitment.class,
            "due",
            "a due date before the start",
            ImmutableSet.of("targets", "milestones", "fundingLines"),
            commitments.zip(
                ints(1, 400), (c, days) -> attempt(() -> c.withDue(c.start().minusDays(days))))));
    r.add(
        rule(
            Commitment.class,
            "targets",
            "neither a target nor a milestone",
            commitments.map(
                c -> attempt(() -> c.withTargets(List.of()).withMilestones(List.of())))));
    r.add(
        rule(
            Commitment.class,
            "supporters",
            "a supporter listed twice",
            commitments.zip(
                IdGens.unitIds(),
                (c, u) -> {
                  List<UnitId> supporters = new ArrayList<>(c.supporters());
                  UnitId twice =
                      supporters.isEmpty()
                          ? (u.equals(c.lead()) ? UnitId.of(u.value() + "x") : u)
                          : supporters.get(0);
                  if (supporters.isEmpty()) {
                    supporters.add(twice);
                  }
                  supporters.add(twice);
                  // without co-leads and partners, so that the unit listed twice is no other part
                  return attempt(() -> c.withCoLeads().withPartners().withSupporters(supporters));
                })));
    r.add(
        rule(
            Commitment.class,
            "supporters",
            "the lead unit listed as its own supporter",
            commitments.map(c -> attempt(() -> c.withSupporters(plus(c.supporters(), c.lead()))))));
    r.add(
        rule(
            Commitment.class,
            "scope",
            "an empty scope",
            commitments.map(c -> attempt(() -> c.withScope(List.of())))));
    r.add(
        rule(
            Commitment.class,
            "scope",
            "a jurisdiction listed twice in the scope",
            commitments.map(c -> attempt(() -> c.withScope(plus(c.scope(), c.scope().get(0)))))));
    r.add(
        rule(
            Commitment.class,
            "targets",
            "two targets on the same indicator and date",
            commitments.zip(
                IdGens.indicatorIds(),
                (c, i) -> {
                  List<Target> targets = new ArrayList<>(c.targets());
                  Target twice = targets.isEmpty() ? Target.of(i, 1, c.start()) : targets.get(0);
                  if (targets.isEmpty()) {
                    targets.add(twice);
                  }
                  targets.add(twice.withValue(twice.value() + 1));
                  return attempt(() -> c.withTargets(targets));
                })));
    r.add(
        rule(
            Commitment.class,
            "milestones",
            "two milestones with the same id",
            commitments.map(
                c -> {
                  List<Milestone> milestones = new ArrayList<>(c.milestones());
                  Milestone twice =
                      milestones.isEmpty()
                          ? Milestone.of(MilestoneId.of("m1"), "Tahap", c.start())
                          : milestones.get(0);
                  if (milestones.isEmpty()) {
                    milestones.add(twice);
                  }
                  milestones.add(twice.withDescription("Tahap ulang"));
                  return attempt(() -> c.withMilestones(milestones));
                })));
    r.add(
        rule(
            Commitment.class,
            "parent",
            "a commitment that is its own parent",
            commitments.map(c -> attempt(() -> c.withParent(c.id())))));
    r.add(
        rule(
            Commitment.class,
            "statusReason",
            "a status reason on a commitment that is neither cancelled nor superseded",
            commitments.map(
                c -> {
                  Commitment open = endedAs(c, CommitmentStatus.IN_PROGRESS);
                  return attempt(() -> open.withStatusReason("Tidak ada anggaran"));
                })));
    r.add(
        rule(
            Commitment.class,
            "statusReason",
            "a blank status reason",
            commitments.map(
                c -> {
                  Commitment cancelled = endedAs(c, CommitmentStatus.CANCELLED);
                  return attempt(() -> cancelled.withStatusReason(" "));
                })));
    r.add(
        rule(
            Commitment.class,
            "successor",
            "a successor of a commitment that is not superseded",
            commitments.map(
                c -> {
                  Commitment cancelled = endedAs(c, CommitmentStatus.CANCELLED);
                  return attempt(() -> cancelled.withSuccessor(CommitmentId.of("rtl-pengganti")));
                })));
    r.add(
        rule(
            Commitment.class,
            "successor",
            "a commitment superseded by itself",
            commitments.map(
                c -> {
                  Commitment superseded = endedAs(c, CommitmentStatus.SUPERSEDED);
                  return attempt(() -> superseded.withSuccessor(c.id()));
                })));
    r.add(
        rule(
            Commitment.class,
            "weight",
            "a weight that is not a finite number above zero",
            commitments.zip(
                pick(List.of(0.0, -0.0, -1.0, -1e9, Double.NaN, Double.POSITIVE_INFINITY)),
                (c, w) -> attempt(() -> c.withWeight(w)))));
    r.add(
        rule(
            Commitment.class,
            "agendaPosition",
            "an agenda position below 1",
            commitments.zip(ints(-100, 0), (c, p) -> attempt(() -> c.withAgendaPosition(p)))));
    r.add(
        rule(
            Commitment.class,
            "targets",
            "a target dated after the due date",
            commitments.zip(
                ints(1, 400),
                (c, days) ->
                    attempt(
                        () ->
                            c.withTargets(
                                plus(
                                    c.targets(),
                                    Target.of(
                                        IndicatorId.of("late-indicator-not-generated"),
                                        1,
                                        c.due().plusDays(days))))))));
    r.add(
        rule(
            Commitment.class,
            "targets",
            "a target dated before the start",
            commitments.zip(
                ints(1, 400),
                (c, days) ->
                    attempt(
                        () ->
                            c.withTargets(
                                plus(
                                    c.targets(),
                                    Target.of(
                                        IndicatorId.of("early-indicator-not-generated"),
                                        1,
                                        c.start().minusDays(days))))))));
    r.add(
        rule(
            Commitment.class,
            "milestones",
            "a milestone due after the commitment",
            commitments.zip(
                ints(1, 400),
                (c, days) ->
                    attempt(
                        () ->
                            c.withMilestones(
                                plus(
                                    c.milestones(),
                                    Milestone.of(
                                        MilestoneId.of("late-milestone-not-generated"),
                                        "Tahap akhir",
                                        c.due().plusDays(days))))))));
    r.add(
        rule(
            Commitment.class,
            "milestones",
            "a milestone due before the commitment starts",
            commitments.zip(
                ints(1, 400),
                (c, days) ->
                    attempt(
                        () ->
                            c.withMilestones(
                                plus(
                                    c.milestones(),
                                    Milestone.of(
                                        MilestoneId.of("early-milestone-not-generated"),
                                        "Tahap awal",
                                        c.start().minusDays(days))))))));
    r.add(
        rule(
            Commitment.class,
            "milestones",
            "a milestone that starts before the commitment",
            commitments.zip(
                ints(1, 400),
                (c, days) ->
                    attempt(
                        () ->
                            c.withMilestones(
                                plus(
                                    c.milestones(),
                                    Milestone.of(
                                            MilestoneId.of("early-start-not-generated"),
                                            "Tahap awal",
                                            c.start())
                                        .withStart(c.start().minusDays(days))))))));
    r.add(
        rule(
            Commitment.class,
            "milestones",
            "a milestone in a place outside the commitment's scope",
            commitments.map(
                c ->
                    attempt(
                        () ->
                            c.withMilestones(
                                plus(
                                    c.milestones(),
                                    Milestone.of(
                                            MilestoneId.of("elsewhere-not-generated"),
                                            "Tahap di luar wilayah",
                                            c.start())
                                        .withPlace(outside(c.scope()))))))));
    r.add(
        rule(
            Milestone.class,
            "due",
            "a milestone that starts after it is due",
            CommitmentGens.milestones()
                .zip(
                    ints(1, 400),
                    (m, days) -> attempt(() -> m.withStart(m.due().plusDays(days))))));
    r.add(
        rule(
            Milestone.class,
            "description",
            "a blank description",
            CommitmentGens.milestones()
                .zip(blanks(), (m, b) -> attempt(() -> m.withDescription(b)))));
    r.add(
        rule(
            Target.class,
            "value",
            "a value that is not a finite number",
            CommitmentGens.targets().zip(nonFinite(), (t, v) -> attempt(() -> t.withValue(v)))));
    r.add(
        rule(
            Target.class,
            "by",
            "a period that starts after it ends",
            CommitmentGens.targets()
                .zip(
                    ints(1, 400), (t, days) -> attempt(() -> t.withStart(t.by().plusDays(days))))));
    r.add(
        rule(
            FundingLine.class,
            "allocation",
            "a negative allocation",
            CommitmentGens.fundingLines()
                .zip(
                    Gens.ints(1, 1_000_000),
                    (b, n) -> attempt(() -> b.withAllocation(BigDecimal.valueOf(-n))))));
    r.add(
        rule(
            FundingLine.class,
            "allocation",
            "more decimal places than the currency has",
            pick(List.of("IDR", "USD", "JPY", "KWD"))
                .zip(
                    Gens.ints(1, 1_000_000),
                    (code, n) -> {
                      Currency currency = Currency.getInstance(code);
                      int scale = Math.max(0, currency.getDefaultFractionDigits()) + 1;
                      BigDecimal amount = BigDecimal.valueOf(n * 10L + 1, scale);
                      return attempt(
                          () ->
                              FundingLine.of(
                                  FundingSource.REGIONAL_BUDGET, 2026, amount, currency));
                    })));
    r.add(
        rule(
            FundingLine.class,
            "fiscalYear",
            "a fiscal year outside Limits.YEAR_MIN to Limits.YEAR_MAX",
            CommitmentGens.fundingLines()
                .zip(
                    pick(List.of(Integer.MIN_VALUE, -1, 0, 1899, 3000, Integer.MAX_VALUE)),
                    (b, year) -> attempt(() -> b.withFiscalYear(year)))));
    r.add(
        rule(
            FundingLine.class,
            "label",
            "a blank label",
            CommitmentGens.fundingLines()
                .zip(blanks(), (b, blank) -> attempt(() -> b.withLabel(blank)))));
    r.add(
        rule(
            FundingLineRef.class,
            "fiscalYear",
            "a fiscal year outside Limits.YEAR_MIN to Limits.YEAR_MAX",
            CommitmentGens.fundingLineRefs()
                .zip(
                    pick(List.of(Integer.MIN_VALUE, 1899, 3000)),
                    (ref, year) -> attempt(() -> ref.withFiscalYear(year)))));
    r.add(
        rule(
            Commitment.class,
            "fundingLines[0].fiscalYear",
            "a funding line whose fiscal year is outside the commitment's window",
            commitments.zip(
                CommitmentGens.fundingLines(),
                Gens.coin(),
                (c, line, before) ->
                    attempt(
                        () ->
                            c.withFundingLines(
                                line.withFiscalYear(
                                    before ? c.start().getYear() - 1 : c.due().getYear() + 1))))));
    r.add(
        rule(
            Commitment.class,
            "fundingLines[1]",
            "two funding lines with the same source, fiscal year, code and funder",
            commitments.zip(
                CommitmentGens.fundingLines(),
                (c, line) -> {
                  FundingLine inWindow = line.withFiscalYear(c.start().getYear());
                  return attempt(
                      () ->
                          c.withFundingLines(
                              inWindow,
                              inWindow.withAllocation(inWindow.allocation().add(BigDecimal.ONE))));
                })));
    return r;
  }

  /** A valid copy of a commitment in a status, without a status reason or successor. */
  private static Commitment endedAs(Commitment c, CommitmentStatus status) {
    return c.withStatusReason(Optional.empty()).withSuccessor(Optional.empty()).withStatus(status);
  }
}
