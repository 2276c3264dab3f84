package io.rakor.testkit.internal.gen;

import static io.rakor.testkit.internal.gen.Gens.cached;
import static io.rakor.testkit.internal.gen.Gens.chance;
import static io.rakor.testkit.internal.gen.Gens.dates;
import static io.rakor.testkit.internal.gen.Gens.distinctListOf;
import static io.rakor.testkit.internal.gen.Gens.finiteDoubles;
import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.optional;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.gen.Gens.subsetOf;
import static io.rakor.testkit.internal.gen.Gens.texts;
import static io.rakor.testkit.internal.gen.Gens.weighted;
import static io.rakor.testkit.internal.gen.IdGens.commitmentIds;
import static io.rakor.testkit.internal.gen.IdGens.indicatorIds;
import static io.rakor.testkit.internal.gen.IdGens.meetingIds;
import static io.rakor.testkit.internal.gen.IdGens.milestoneIds;
import static io.rakor.testkit.internal.gen.IdGens.priorityIds;
import static io.rakor.testkit.internal.gen.IdGens.unitIds;
import static io.rakor.testkit.internal.gen.JurisdictionGens.jurisdictionCodes;
import static io.rakor.testkit.internal.gen.PriorityGens.priorityAreas;
import static org.quicktheories.generators.SourceDSL.longs;

import io.rakor.core.commitments.BudgetCode;
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
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.testkit.internal.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of commitments and their parts: targets, milestones and funding lines. Stateless and
 * thread-safe.
 */
public final class CommitmentGens {
  private CommitmentGens() {}

  private static final List<Currency> CURRENCIES =
      List.of(
          Currency.getInstance("IDR"),
          Currency.getInstance("USD"),
          Currency.getInstance("JPY"),
          Currency.getInstance("KWD"));

  /** The generator behind {@code RakorGen.targets()}. */
  public static Gen<Target> targets() {
    return indicatorIds().zip(finiteDoubles(), dates(), Target::of);
  }

  /** The generator behind {@code RakorGen.milestones()}. */
  public static Gen<Milestone> milestones() {
    Gen<Milestone> plain =
        milestoneIds().zip(milestoneDescriptions(TextMix.MIXED), dates(), Milestone::of);
    return src -> {
      Milestone m = plain.generate(src);
      int room = (int) Math.min(400, m.due().toEpochDay() - Gens.EARLIEST.toEpochDay());
      return m.withStart(optional(ints(0, room).map(d -> m.due().minusDays(d))).generate(src))
          .withPlace(optional(jurisdictionCodes()).generate(src))
          .withResponsible(optional(unitIds()).generate(src));
    };
  }

  /**
   * Gives some of a commitment's milestones a start within its window, a place in its scope and a
   * responsible unit among its supporters; drawn after everything else, so that earlier draws are
   * unchanged.
   */
  private static List<Milestone> detailed(
      List<Milestone> milestones,
      LocalDate start,
      List<JurisdictionCode> scope,
      List<UnitId> supporters,
      RandomnessSource src) {
    List<Milestone> out = new ArrayList<>(milestones.size());
    for (Milestone m : milestones) {
      Milestone d = m;
      if (chance(30).generate(src)) {
        int days = (int) (m.due().toEpochDay() - start.toEpochDay());
        d = d.withStart(m.due().minusDays(ints(0, days).generate(src)));
      }
      if (chance(30).generate(src)) {
        d = d.withPlace(pick(scope).generate(src));
      }
      if (!supporters.isEmpty() && chance(20).generate(src)) {
        d = d.withResponsible(pick(supporters).generate(src));
      }
      out.add(d);
    }
    return out;
  }

  private static Gen<String> milestoneDescriptions(TextMix mix) {
    return texts(
        List.of(
            "Dokumen rencana kerja ditetapkan",
            "Data sasaran diverifikasi",
            "Pengadaan selesai",
            "Kegiatan dilaksanakan di seluruh desa lokus",
            "Laporan akhir diserahkan ke Bappeda"),
        4,
        80,
        mix);
  }

  /** The generator behind {@code RakorGen.budgetCodes()}. */
  public static Gen<BudgetCode> budgetCodes() {
    return cached("budgetCodes", CommitmentGens::buildBudgetCodes);
  }

  private static Gen<BudgetCode> buildBudgetCodes() {
    Gen<BudgetCode> gen =
        src -> {
          boolean crossAffairs = chance(10).generate(src);
          String programme =
              crossAffairs
                  ? "X.XX." + Gens.twoDigits(ints(1, 2).generate(src))
                  : ints(1, 8).generate(src)
                      + "."
                      + Gens.twoDigits(ints(1, 30).generate(src))
                      + "."
                      + Gens.twoDigits(ints(1, 20).generate(src));
          int level = ints(0, 2).generate(src);
          if (level == 0) {
            return BudgetCode.of(programme);
          }
          String activity =
              programme
                  + "."
                  + ints(1, 2).generate(src)
                  + "."
                  + Gens.twoDigits(ints(1, 40).generate(src));
          return BudgetCode.of(
              level == 1
                  ? activity
                  : activity
                      + "."
                      + String.format(Locale.ROOT, "%04d", ints(1, 120).generate(src)));
        };
    return gen.describedAs(BudgetCode::value);
  }

  /** The generator behind {@code RakorGen.fundingLines()}. */
  public static Gen<FundingLine> fundingLines() {
    return cached(
        "fundingLines",
        () -> {
          Gen<FundingLine> gen =
              src ->
                  fundingLine(
                      src,
                      Generate.enumValues(FundingSource.class).generate(src),
                      ints(2000, 2040).generate(src),
                      optional(unitIds()),
                      TextMix.MIXED);
          return gen.describedAs(CommitmentGens::describe);
        });
  }

  /** The generator behind {@code RakorGen.fundingLineRefs()}. */
  public static Gen<FundingLineRef> fundingLineRefs() {
    return fundingLines().map(FundingLine::ref).describedAs(FundingLineRef::toString);
  }

  private static final List<String> LINE_LABELS =
      List.of(
          "DAK Fisik Sanitasi",
          "APBD Dinas Kesehatan",
          "Dana Desa untuk jamban sehat",
          "CSR perbankan daerah",
          "Hibah mitra pembangunan",
          "ADD bidang kesehatan");

  /** A funding line of a source and year: an amount mostly in rupiah, optional code and label. */
  static FundingLine fundingLine(
      RandomnessSource src,
      FundingSource source,
      int fiscalYear,
      Gen<Optional<UnitId>> funders,
      TextMix mix) {
    Currency currency =
        weighted(4, Generate.constant(Currency.getInstance("IDR")), 1, pick(CURRENCIES))
            .generate(src);
    long units = longs().between(0, 50_000_000_000_000L).generate(src);
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    return FundingLine.builder()
        .source(source)
        .fiscalYear(fiscalYear)
        .allocation(BigDecimal.valueOf(units, digits))
        .currency(currency)
        .code(optional(budgetCodes()).generate(src))
        .funder(funders.generate(src))
        .label(optional(Gens.words(LINE_LABELS, 4, 60, mix)).generate(src))
        .build();
  }

  private static String describe(FundingLine line) {
    return line.source()
        + " "
        + line.fiscalYear()
        + " "
        + line.allocation().toPlainString()
        + " "
        + line.currency()
        + line.code().map(c -> " " + c).orElse("")
        + line.funder().map(f -> " by " + f).orElse("");
  }

  /**
   * Up to three funding lines with distinct references and fiscal years from the start's year to
   * the due date's; funders are drawn from {@code funders} (the commitment's supporters), if any.
   */
  private static List<FundingLine> fundingLines(
      RandomnessSource src, LocalDate start, LocalDate due, List<UnitId> funders, TextMix mix) {
    int count = weighted(1, Generate.constant(0), 2, ints(1, 3)).generate(src);
    Gen<Optional<UnitId>> funder =
        funders.isEmpty()
            ? Generate.constant(Optional.empty())
            : weighted(2, Generate.constant(Optional.empty()), 1, pick(funders).map(Optional::of));
    List<FundingLine> lines = new ArrayList<>(count);
    LinkedHashSet<FundingLineRef> refs = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      FundingLine line =
          fundingLine(
              src,
              Generate.enumValues(FundingSource.class).generate(src),
              ints(start.getYear(), due.getYear()).generate(src),
              funder,
              mix);
      if (refs.add(line.ref())) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** The generator behind {@code RakorGen.commitments()}. */
  public static Gen<Commitment> commitments() {
    Gen<Commitment> gen =
        src -> {
          CommitmentId id = commitmentIds().generate(src);
          UnitId lead = unitIds().generate(src);
          List<UnitId> supporters =
              distinctListOf(unitIds(), 0, 4).generate(src).stream()
                  .filter(u -> !u.equals(lead))
                  .toList();
          Optional<CommitmentId> parent =
              optional(commitmentIds()).generate(src).filter(p -> !p.equals(id));
          CommitmentShape shape =
              new CommitmentShape(
                  id,
                  meetingIds().generate(src),
                  optional(ints(1, 20)).generate(src),
                  lead,
                  supporters,
                  priorityIds().generate(src),
                  priorityAreas().generate(src),
                  distinctListOf(jurisdictionCodes(), 1, 4).generate(src),
                  distinctListOf(indicatorIds(), 0, 3).generate(src),
                  dates().generate(src),
                  parent,
                  finiteDoubles(),
                  Generate.enumValues(CommitmentStatus.class));
          return commitment(shape, 0, 365, TextMix.MIXED).generate(src);
        };
    return gen.describedAs(CommitmentGens::describe);
  }

  /** What a commitment refers to; the generator fills in the rest. */
  public record CommitmentShape(
      CommitmentId id,
      MeetingId originMeeting,
      Optional<Integer> agendaPosition,
      UnitId lead,
      List<UnitId> supporters,
      PriorityId priority,
      PriorityArea area,
      List<JurisdictionCode> scope,
      List<IndicatorId> indicators,
      LocalDate start,
      Optional<CommitmentId> parent,
      Gen<Double> targetValues,
      Gen<CommitmentStatus> statuses) {}

  public static Gen<Commitment> commitment(
      CommitmentShape shape, int minDays, int maxDays, TextMix mix) {
    return src -> {
      LocalDate start = shape.start();
      LocalDate due = start.plusDays(ints(minDays, maxDays).generate(src));
      int window = (int) (due.toEpochDay() - start.toEpochDay());
      Gen<LocalDate> within = ints(0, window).map(start::plusDays);
      List<Target> targets = new ArrayList<>();
      LinkedHashSet<String> seen = new LinkedHashSet<>();
      for (IndicatorId indicator : subsetOf(shape.indicators(), 0, 2).generate(src)) {
        Target target =
            Target.of(indicator, shape.targetValues().generate(src), within.generate(src));
        if (seen.add(target.indicator() + "@" + target.by())) {
          targets.add(target);
        }
      }
      int count = ints(targets.isEmpty() ? 1 : 0, 3).generate(src);
      List<String> descriptions = new ArrayList<>(count);
      List<LocalDate> dues = new ArrayList<>(count);
      for (int i = 1; i <= count; i++) {
        descriptions.add(milestoneDescriptions(mix).generate(src));
        dues.add(within.generate(src));
      }
      dues.sort(null);
      List<Milestone> milestones = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        milestones.add(
            Milestone.of(MilestoneId.of("m" + (i + 1)), descriptions.get(i), dues.get(i)));
      }
      Commitment.Builder builder =
          Commitment.builder()
              .id(shape.id())
              .originMeeting(shape.originMeeting())
              .agendaPosition(shape.agendaPosition())
              .action(texts(Words.ACTIONS, 5, 200, mix).generate(src))
              .lead(shape.lead())
              .supporters(shape.supporters())
              .priority(shape.priority())
              .area(shape.area())
              .scope(shape.scope())
              .targets(targets)
              .milestones(milestones)
              .start(start)
              .due(due)
              .fundingLines(fundingLines(src, start, due, shape.supporters(), mix))
              .parent(shape.parent())
              .weight(
                  weighted(3, Generate.constant(1.0), 1, ints(1, 40).map(w -> w / 4.0))
                      .generate(src));
      // The status is drawn last, then its reason and successor, so that adding them left the
      // earlier draws (and how generated commitments shrink) unchanged.
      CommitmentStatus status = shape.statuses().generate(src);
      boolean ended = status == CommitmentStatus.CANCELLED || status == CommitmentStatus.SUPERSEDED;
      Optional<String> statusReason =
          ended ? optional(texts(Words.ACTIONS, 3, 200, mix)).generate(src) : Optional.empty();
      // Only standalone commitments name a successor: in a scenario every reference resolves.
      Optional<CommitmentId> successor =
          status == CommitmentStatus.SUPERSEDED && mix == TextMix.MIXED
              ? optional(commitmentIds()).generate(src).filter(s -> !s.equals(shape.id()))
              : Optional.empty();
      return builder
          .status(status)
          .statusReason(statusReason)
          .successor(successor)
          .milestones(detailed(milestones, start, shape.scope(), shape.supporters(), src))
          .build();
    };
  }

  public static String describe(Commitment c) {
    return "Commitment "
        + c.id()
        + " \""
        + c.action()
        + "\" lead "
        + c.lead()
        + " supporters "
        + c.supporters()
        + " "
        + c.start()
        + ".."
        + c.due()
        + " targets "
        + c.targets().size()
        + " milestones "
        + c.milestones().size();
  }
}
