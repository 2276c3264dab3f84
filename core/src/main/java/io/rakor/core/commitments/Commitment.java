package io.rakor.core.commitments;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.RuleCodes;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.Priority;
import io.rakor.core.plans.LegalInstrumentId;
import io.rakor.core.plans.PlanReference;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A measurable follow-up action agreed at a meeting (<i>rencana tindak lanjut</i>, RTL): what is to
 * be done, by which lead unit with which supporters, for which priority, where, measured by which
 * targets or milestones, between which dates, with what money (its funding lines).
 *
 * <p>Invariants, checked when built: the action is a valid free text; the start and due dates are
 * in the years of {@link io.rakor.core.values.Limits}, the start not after the due date; the
 * commitment is measurable (at least one target or milestone); no target is dated before the start
 * or after the due date, and no two targets share indicator, date and disaggregation; milestone ids
 * are unique and every milestone is due within the window; the lead unit is not listed as its own
 * supporter and no supporter is listed twice; co-leads, supporters and partners are each listed
 * once and no unit holds two of the parts lead, co-lead, supporter and partner; funding lines have
 * distinct references (source, fiscal year, budget code, funder) and fiscal years within the years
 * of the window; plan references and legal-basis instruments are each listed once, and the output
 * instrument is not also a legal basis; the scope names at least one jurisdiction, each once; a
 * commitment is not its own parent; the weight is a finite number above zero; the agenda position,
 * if given, is at least 1; a status reason is given only for a cancelled or superseded commitment,
 * and a successor only for a superseded one, never itself; no list holds a null and each stays
 * within its {@link io.rakor.core.values.Limits limit}, and the texts together within {@link
 * io.rakor.core.values.Limits#RECORD_TEXT_LENGTH}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitment.class)
@JsonDeserialize(as = ImmutableCommitment.class)
public abstract class Commitment implements WithCommitment {
  Commitment() {}

  /**
   * Starts building a commitment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Commitment} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Commitment#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableCommitment.Builder {
    Builder() {}

    /**
     * Sets the priority the commitment serves and its area, both taken from the priority: the same
     * as {@code priority(priority.id()).area(priority.area())}.
     *
     * @param priority the priority
     * @return this builder
     * @since 0.1
     */
    public Builder priority(Priority priority) {
      return priority(priority.id()).area(priority.area());
    }
  }

  /**
   * The commitment's identifier.
   *
   * @return the id
   */
  public abstract CommitmentId id();

  /**
   * The meeting at which it was agreed.
   *
   * @return the meeting's id
   */
  public abstract MeetingId originMeeting();

  /**
   * The position of the agenda item it came from, if known.
   *
   * @return the agenda position
   */
  public abstract Optional<Integer> agendaPosition();

  /**
   * What is to be done, for example {@code "Menyusun rencana kontinjensi bencana"}.
   *
   * @return the action
   */
  public abstract String action();

  /**
   * The unit that owns the work and reports on it.
   *
   * @return the lead unit's id
   */
  public abstract UnitId lead();

  /**
   * The units that help, never including the lead unit.
   *
   * @return the supporting units' ids
   */
  @AllowNulls
  public abstract List<UnitId> supporters();

  /**
   * The priority the commitment serves.
   *
   * @return the priority's id
   */
  public abstract PriorityId priority();

  /**
   * The development area it addresses, usually the priority's area or one of its sub-sectors.
   *
   * @return the area
   */
  public abstract PriorityArea area();

  /**
   * Where the work happens: one or more jurisdictions.
   *
   * @return the jurisdictions' codes, never empty
   */
  @AllowNulls
  public abstract List<JurisdictionCode> scope();

  /**
   * The indicator values it promises to reach.
   *
   * @return the targets
   */
  @AllowNulls
  public abstract List<Target> targets();

  /**
   * The dated steps it promises to take.
   *
   * @return the milestones
   */
  @AllowNulls
  public abstract List<Milestone> milestones();

  /**
   * The first day of work (inclusive).
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * The last day by which the work is to be done (inclusive).
   *
   * @return the due date
   */
  public abstract LocalDate due();

  /**
   * The money set aside: one line per source, fiscal year, budget code and funder (APBD 2026, DAK
   * 2026, a partner's grant, ...); empty if none is known.
   *
   * @return the funding lines, each with a distinct {@linkplain FundingLine#ref() reference}
   * @since 0.2
   */
  @AllowNulls
  public abstract List<FundingLine> fundingLines();

  /**
   * The funding line a reference names.
   *
   * @param ref the line's reference
   * @return the line, or empty if this commitment has none with that reference
   * @since 0.2
   */
  public Optional<FundingLine> fundingLine(FundingLineRef ref) {
    for (FundingLine line : fundingLines()) {
      if (line.source() == ref.source()
          && line.fiscalYear() == ref.fiscalYear()
          && line.code().equals(ref.code())
          && line.funder().equals(ref.funder())) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /**
   * The commitment this one is part of, if any.
   *
   * @return the parent commitment's id
   */
  public abstract Optional<CommitmentId> parent();

  /**
   * This commitment's share in its parent's progress, relative to its siblings; 1 unless set.
   *
   * @return the weight, above zero
   */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /**
   * Where the commitment is in its life; {@link CommitmentStatus#PROPOSED} unless set.
   *
   * @return the status
   */
  @Value.Default
  public CommitmentStatus status() {
    return CommitmentStatus.PROPOSED;
  }

  /**
   * Why the commitment was cancelled or superseded; given only in those states. The workflow
   * records the reason of the command that moved it there.
   *
   * @return the reason
   */
  public abstract Optional<String> statusReason();

  /**
   * The commitment that replaces this one; given only when it is {@link
   * CommitmentStatus#SUPERSEDED}.
   *
   * @return the successor's id
   */
  public abstract Optional<CommitmentId> successor();

  /**
   * Units that own the work jointly with the lead unit (co-leads) and may report on it as it does;
   * never the lead unit or a supporter.
   *
   * @return the co-leading units' ids
   * @since 0.1
   */
  @AllowNulls
  public abstract List<UnitId> coLeads();

  /**
   * Partners outside government (civil society, business, development partners, academia) working
   * on the commitment; they may co-report where the monitoring plan allows it ({@code
   * MonitoringPlan.partnersMayReport()}). Never the lead unit, a co-lead or a supporter.
   *
   * @return the partner units' ids
   * @since 0.1
   */
  @AllowNulls
  public abstract List<UnitId> partners();

  /**
   * The planning documents the commitment serves (an RPJMD target, an agency's Renja, a village's
   * RKPDes), each cited once.
   *
   * @return the plan references
   * @since 0.1
   */
  @AllowNulls
  public abstract List<PlanReference> planReferences();

  /**
   * The regulations and decrees the work rests on (<i>dasar hukum</i>), each listed once.
   *
   * @return the legal instruments' ids
   * @since 0.1
   */
  @AllowNulls
  public abstract List<LegalInstrumentId> legalBasis();

  /**
   * The legal instrument the commitment is to produce, if that is its output (for example "issue
   * the Perbup on stunting convergence"); never one of its {@link #legalBasis()}.
   *
   * @return the instrument's id
   * @since 0.1
   */
  public abstract Optional<LegalInstrumentId> output();

  /**
   * The milestone with an id.
   *
   * @param id the milestone's id
   * @return the milestone, or empty if this commitment has none with that id
   */
  public Optional<Milestone> milestone(MilestoneId id) {
    return milestones().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Checker c =
        Checker.of("Commitment")
            .references("supporters", supporters())
            .references("scope", scope())
            .entries("targets", targets())
            .entries("milestones", milestones())
            .references("coLeads", coLeads())
            .references("partners", partners())
            .entries("planReferences", planReferences())
            .references("legalBasis", legalBasis())
            .entries("fundingLines", fundingLines())
            .checkpoint()
            .text("action", action())
            .date("start", start())
            .date("due", due())
            .notBefore(RuleCodes.COMMITMENT_DUE_BEFORE_START, "due", due(), "start", start())
            .require(
                !(targets().isEmpty() && milestones().isEmpty()),
                RuleCodes.COMMITMENT_MEASURABLE,
                "targets",
                "[]",
                "a commitment must be measurable: give at least one target or milestone")
            .distinct("supporters", supporters(), u -> u)
            .require(
                !supporters().contains(lead()),
                RuleCodes.COMMITMENT_LEAD_SUPPORTER,
                "supporters",
                lead(),
                () -> "must not list the lead unit " + lead() + " as its own supporter",
                lead())
            .distinct("coLeads", coLeads(), u -> u)
            .distinct("partners", partners(), u -> u)
            .distinct("planReferences", planReferences(), r -> r)
            .distinct("legalBasis", legalBasis(), i -> i)
            .require(
                !scope().isEmpty(),
                RuleCodes.COMMITMENT_SCOPE_EMPTY,
                "scope",
                "[]",
                "must name at least one jurisdiction")
            .distinct("scope", scope(), j -> j)
            .distinct("targets", targets(), t -> List.of(t.indicator(), t.by(), t.disaggregation()))
            .distinct("milestones", milestones(), Milestone::id)
            .distinct("fundingLines", fundingLines(), FundingLine::ref)
            .require(
                !parent().equals(Optional.of(id())),
                RuleCodes.COMMITMENT_PARENT_SELF,
                "parent",
                id(),
                "must not be itself")
            .measure("weight", weight())
            .require(
                Double.isFinite(weight()) && weight() > 0,
                RuleCodes.COMMITMENT_WEIGHT,
                "weight",
                weight(),
                "must be a finite number above zero");
    checkOwners(c);
    output()
        .ifPresent(
            o ->
                c.require(
                    !legalBasis().contains(o),
                    "output",
                    o,
                    "must not also be listed in legalBasis: an instrument is either the basis or"
                        + " the output"));
    for (int i = 0; i < planReferences().size(); i++) {
      PlanReference r = planReferences().get(i);
      c.count("planReferences", i, "title", r.title());
      int index = i;
      r.goal().ifPresent(g -> c.count("planReferences", index, "goal", g));
      r.target().ifPresent(t -> c.count("planReferences", index, "target", t));
      r.keyIndicator().ifPresent(k -> c.count("planReferences", index, "keyIndicator", k));
    }
    agendaPosition()
        .ifPresent(
            p ->
                c.require(
                    p >= 1,
                    RuleCodes.COMMITMENT_AGENDA_POSITION,
                    "agendaPosition",
                    p,
                    "must be at least 1"));
    statusReason()
        .ifPresent(
            r ->
                c.text("statusReason", r)
                    .require(
                        status() == CommitmentStatus.CANCELLED
                            || status() == CommitmentStatus.SUPERSEDED,
                        RuleCodes.COMMITMENT_STATUS_REASON,
                        "statusReason",
                        r,
                        () ->
                            "must be absent unless CANCELLED or SUPERSEDED, status is " + status(),
                        status()));
    successor()
        .ifPresent(
            s ->
                c.require(
                        status() == CommitmentStatus.SUPERSEDED,
                        RuleCodes.COMMITMENT_SUCCESSOR_STATUS,
                        "successor",
                        s,
                        () -> "must be absent unless SUPERSEDED, status is " + status(),
                        status())
                    .require(
                        !s.equals(id()),
                        RuleCodes.COMMITMENT_SUCCESSOR_SELF,
                        "successor",
                        s,
                        "must not be the commitment itself"));
    for (int i = 0; i < targets().size(); i++) {
      LocalDate by = targets().get(i).by();
      c.requireAt(
          !by.isAfter(due()) && !by.isBefore(start()),
          RuleCodes.COMMITMENT_WINDOW,
          "targets",
          i,
          "by",
          by,
          this::windowRule,
          start(),
          due());
    }
    for (int i = 0; i < milestones().size(); i++) {
      LocalDate milestoneDue = milestones().get(i).due();
      c.requireAt(
          !milestoneDue.isAfter(due()) && !milestoneDue.isBefore(start()),
          RuleCodes.COMMITMENT_WINDOW,
          "milestones",
          i,
          "due",
          milestoneDue,
          this::windowRule,
          start(),
          due());
    }
    for (int i = 0; i < fundingLines().size(); i++) {
      FundingLine line = fundingLines().get(i);
      int year = line.fiscalYear();
      c.requireAt(
          year >= start().getYear() && year <= due().getYear(),
          "fundingLines",
          i,
          "fiscalYear",
          year,
          () -> "must be a year of the commitment's window " + start() + " to due date " + due());
      int index = i;
      line.label().ifPresent(l -> c.count("fundingLines", index, "label", l));
    }
    for (int i = 0; i < milestones().size(); i++) {
      Milestone m = milestones().get(i);
      c.count("milestones", i, "description", m.description());
      LocalDate from = m.start().orElse(null);
      if (from != null) {
        c.requireAt(
            !from.isBefore(start()),
            RuleCodes.COMMITMENT_WINDOW,
            "milestones",
            i,
            "start",
            from,
            this::windowRule,
            start(),
            due());
      }
      JurisdictionCode place = m.place().orElse(null);
      if (place != null && !scope().isEmpty()) {
        c.requireAt(
            scope().stream().anyMatch(s -> s.contains(place)),
            RuleCodes.COMMITMENT_MILESTONE_PLACE,
            "milestones",
            i,
            "place",
            place,
            () -> "must be within the commitment's scope: one of its jurisdictions or inside one");
      }
    }
    c.done();
  }

  /** Lead, co-leads, supporters and partners: each unit in one part only. */
  private void checkOwners(Checker c) {
    if (coLeads().isEmpty() && partners().isEmpty()) {
      return;
    }
    Set<UnitId> supporting = new HashSet<>(supporters());
    Set<UnitId> coLeading = new HashSet<>(coLeads());
    for (int i = 0; i < coLeads().size(); i++) {
      UnitId u = coLeads().get(i);
      c.requireAt(!u.equals(lead()), "coLeads", i, "", u, () -> "must not be the lead unit")
          .requireAt(
              !supporting.contains(u),
              "coLeads",
              i,
              "",
              u,
              () -> "must not also be listed in supporters");
    }
    for (int i = 0; i < partners().size(); i++) {
      UnitId u = partners().get(i);
      c.requireAt(
          !u.equals(lead()) && !coLeading.contains(u) && !supporting.contains(u),
          "partners",
          i,
          "",
          u,
          () -> "must not be the lead unit, a co-lead or a supporter");
    }
  }

  private String windowRule() {
    return "must be within the commitment's window " + start() + " to due date " + due();
  }
}
