package io.rakor.core.commitments;

import static io.rakor.core.Rejections.assertRejected;
import static io.rakor.core.Samples.DINKES;
import static io.rakor.core.Samples.DUE;
import static io.rakor.core.Samples.START;
import static io.rakor.core.Samples.STUNTING;
import static io.rakor.core.Samples.commitmentBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.jurisdictions.JurisdictionCode;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentTest {
  private static final Currency IDR = Currency.getInstance("IDR");

  @Test
  void aValidCommitmentIsProposedWithWeightOne() {
    Commitment c = commitmentBuilder().build();
    assertThat(c.status()).isEqualTo(CommitmentStatus.PROPOSED);
    assertThat(c.weight()).isEqualTo(1.0);
    assertThat(c.milestone(MilestoneId.of("m1"))).isPresent();
    assertThat(c.milestone(MilestoneId.of("m2"))).isEmpty();
  }

  @Test
  void theLeadUnitIsNotItsOwnSupporter() {
    assertRejected(
        () -> commitmentBuilder().addSupporters(DINKES).build(), "Commitment", "supporters");
  }

  @Test
  void supportersAreListedOnce() {
    assertRejected(
        () -> commitmentBuilder().addSupporters(io.rakor.core.Samples.BAPPEDA).build(),
        "Commitment",
        "supporters[1]");
  }

  @Test
  void noTargetIsDatedAfterTheDueDate() {
    assertRejected(
        () -> commitmentBuilder().addTargets(Target.of(STUNTING, 12.0, DUE.plusDays(1))).build(),
        "Commitment",
        "targets[1].by");
    assertRejected(
        () -> commitmentBuilder().addTargets(Target.of(STUNTING, 12.0, START.minusDays(1))).build(),
        "Commitment",
        "targets[1].by");
    assertThat(commitmentBuilder().addTargets(Target.of(STUNTING, 16.0, START)).build().targets())
        .hasSize(2);
  }

  @Test
  void noMilestoneIsDueOutsideTheWindow() {
    assertRejected(
        () ->
            commitmentBuilder()
                .addMilestones(Milestone.of(MilestoneId.of("late"), "Late", DUE.plusDays(1)))
                .build(),
        "Commitment",
        "milestones[1].due");
    assertRejected(
        () ->
            commitmentBuilder()
                .addMilestones(Milestone.of(MilestoneId.of("m1"), "Same id", DUE))
                .build(),
        "Commitment",
        "milestones[1]");
  }

  @Test
  void aCommitmentIsMeasurable() {
    assertRejected(
        () -> commitmentBuilder().targets(List.of()).milestones(List.of()).build(),
        "Commitment",
        "targets");
    assertThat(commitmentBuilder().targets(List.of()).build().milestones()).hasSize(1);
  }

  @Test
  void theDueDateIsNotBeforeTheStart() {
    assertRejected(
        () ->
            commitmentBuilder()
                .due(START.minusDays(1))
                .targets(List.of())
                .milestones(List.of(Milestone.of(MilestoneId.of("m"), "x", START.minusDays(1))))
                .build(),
        "Commitment",
        "due");
    assertThat(
            commitmentBuilder()
                .start(DUE)
                .targets(List.of(Target.of(STUNTING, 1, DUE)))
                .milestones(List.of())
                .build()
                .start())
        .isEqualTo(DUE);
  }

  @Test
  void theScopeNamesDistinctPlaces() {
    assertRejected(() -> commitmentBuilder().scope(List.of()).build(), "Commitment", "scope");
    JurisdictionCode code = JurisdictionCode.of("18.03.01");
    assertRejected(
        () -> commitmentBuilder().addScope(code, code).build(), "Commitment", "scope[2]");
  }

  @Test
  void parentAndWeightAreSensible() {
    assertRejected(
        () -> commitmentBuilder().parent(CommitmentId.of("rtl-1")).build(), "Commitment", "parent");
    assertRejected(() -> commitmentBuilder().weight(0).build(), "Commitment", "weight");
    assertRejected(() -> commitmentBuilder().weight(-1).build(), "Commitment", "weight");
    assertRejected(() -> commitmentBuilder().weight(Double.NaN).build(), "Commitment", "weight");
    assertRejected(
        () -> commitmentBuilder().agendaPosition(0).build(), "Commitment", "agendaPosition");
    assertRejected(() -> commitmentBuilder().action(" ").build(), "Commitment", "action");
  }

  @Test
  void aStatusReasonAndSuccessorBelongToEndedCommitments() {
    Commitment superseded =
        commitmentBuilder()
            .status(CommitmentStatus.SUPERSEDED)
            .statusReason("Replaced by a joint plan")
            .successor(CommitmentId.of("rtl-2"))
            .build();
    assertThat(superseded.successor()).contains(CommitmentId.of("rtl-2"));
    assertThat(
            commitmentBuilder()
                .status(CommitmentStatus.CANCELLED)
                .statusReason("No budget")
                .build()
                .statusReason())
        .contains("No budget");
    assertRejected(
        () -> commitmentBuilder().status(CommitmentStatus.IN_PROGRESS).statusReason("Why").build(),
        "Commitment",
        "statusReason");
    assertRejected(
        () -> commitmentBuilder().status(CommitmentStatus.CANCELLED).statusReason(" ").build(),
        "Commitment",
        "statusReason");
    assertRejected(
        () ->
            commitmentBuilder()
                .status(CommitmentStatus.CANCELLED)
                .successor(CommitmentId.of("x"))
                .build(),
        "Commitment",
        "successor");
    assertRejected(
        () ->
            commitmentBuilder()
                .status(CommitmentStatus.SUPERSEDED)
                .successor(CommitmentId.of("rtl-1"))
                .build(),
        "Commitment",
        "successor");
  }

  @Test
  void allocationsAreNotNegativeNorTooPrecise() {
    assertRejected(
        () -> FundingLine.of(FundingSource.REGIONAL_BUDGET, 2026, new BigDecimal("-1"), IDR),
        "FundingLine",
        "allocation");
    assertRejected(
        () -> FundingLine.of(FundingSource.REGIONAL_BUDGET, 2026, new BigDecimal("1.001"), IDR),
        "FundingLine",
        "allocation");
    assertRejected(
        () ->
            FundingLine.of(
                FundingSource.DONOR, 2026, new BigDecimal("1.5"), Currency.getInstance("JPY")),
        "FundingLine",
        "allocation");
    assertRejected(
        () -> FundingLine.of(FundingSource.DONOR, 1899, BigDecimal.ONE, IDR),
        "FundingLine",
        "fiscalYear");
    assertThat(
            FundingLine.of(FundingSource.VILLAGE_FUND, 2026, new BigDecimal("1.25"), IDR)
                .allocation())
        .isEqualByComparingTo("1.25");
  }

  @Test
  void allocationsWrittenWithANegativeScaleAreNormalised() {
    FundingLine a =
        FundingLine.of(FundingSource.REGIONAL_BUDGET, 2026, new BigDecimal("2.5E+9"), IDR);
    FundingLine b =
        FundingLine.of(FundingSource.REGIONAL_BUDGET, 2026, new BigDecimal("2500000000"), IDR);
    assertThat(a).isEqualTo(b);
    assertThat(a.allocation().scale()).isZero();
  }

  @Test
  void targetsAreFinite() {
    assertRejected(() -> Target.of(STUNTING, Double.NaN, DUE), "Target", "value");
    assertRejected(() -> Milestone.of(MilestoneId.of("m"), "", DUE), "Milestone", "description");
    assertThat(CommitmentStatus.COMPLETED.isFinal()).isTrue();
    assertThat(CommitmentStatus.IN_PROGRESS.isFinal()).isFalse();
  }

  @Test
  void thePriorityGivesItsIdAndArea() {
    io.rakor.core.meetings.Priority priority = io.rakor.core.Samples.priority();
    Commitment c = commitmentBuilder().priority(priority).build();
    assertThat(c.priority()).isEqualTo(priority.id());
    assertThat(c.area()).isEqualTo(priority.area());
  }
}
