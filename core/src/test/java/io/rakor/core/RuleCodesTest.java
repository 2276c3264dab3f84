package io.rakor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Violations carry stable rule codes and their arguments, so that they can be localized. */
class RuleCodesTest {

  private static Violation only(Runnable build) {
    List<Violation> found = new ArrayList<>();
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(RakorValidationException.class, e -> found.addAll(e.violations()));
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static Violation commitment(UnaryOperator<Commitment.Builder> change) {
    return only(() -> change.apply(Samples.commitmentBuilder()).build());
  }

  @Test
  void aCommitmentsOwnRulesCarryTheirCodeAndArguments() {
    // tag::rule-codes[]
    List<Violation> found = new ArrayList<>();
    assertThatThrownBy(() -> Samples.commitmentBuilder().due(LocalDate.of(2026, 1, 31)).build())
        .isInstanceOfSatisfying(RakorValidationException.class, e -> found.addAll(e.violations()));
    Violation due = found.get(0);
    assertThat(due.code()).isEqualTo(RuleCodes.COMMITMENT_DUE_BEFORE_START);
    assertThat(due.arguments()).containsExactly("start", "2026-02-01");
    assertThat(due.rule()).isEqualTo("must not be before start 2026-02-01"); // English, as before
    assertThat(found)
        .extracting(Violation::code)
        .contains(RuleCodes.COMMITMENT_WINDOW); // the target and milestone are after the due date
    // end::rule-codes[]
  }

  @Test
  void everyRuleOfACommitmentThatTheImportCanBreakHasItsCode() {
    UnitId lead = Samples.commitmentBuilder().build().lead();
    assertThat(commitment(b -> b.targets(List.of()).milestones(List.of())).code())
        .isEqualTo(RuleCodes.COMMITMENT_MEASURABLE);
    Violation supporter = commitment(b -> b.addSupporters(lead));
    assertThat(supporter.code()).isEqualTo(RuleCodes.COMMITMENT_LEAD_SUPPORTER);
    assertThat(supporter.arguments()).containsExactly(lead.value());
    assertThat(commitment(b -> b.parent(CommitmentId.of("rtl-1"))).code())
        .isEqualTo(RuleCodes.COMMITMENT_PARENT_SELF);
    assertThat(commitment(b -> b.weight(0)).code()).isEqualTo(RuleCodes.COMMITMENT_WEIGHT);
    assertThat(commitment(b -> b.agendaPosition(0)).code())
        .isEqualTo(RuleCodes.COMMITMENT_AGENDA_POSITION);
    Violation reason = commitment(b -> b.statusReason("no longer needed"));
    assertThat(reason.code()).isEqualTo(RuleCodes.COMMITMENT_STATUS_REASON);
    assertThat(reason.arguments()).containsExactly("PROPOSED");
    assertThat(commitment(b -> b.successor(CommitmentId.of("rtl-2"))).code())
        .isEqualTo(RuleCodes.COMMITMENT_SUCCESSOR_STATUS);
    assertThat(commitment(b -> b.action(" ")).code()).isEqualTo(RuleCodes.TEXT_BLANK);
    assertThat(commitment(b -> b.start(LocalDate.of(1800, 1, 1))).code())
        .isEqualTo(RuleCodes.DATE_YEARS);
  }

  @Test
  void identifiersAndCodesCarryTheirFormsCode() {
    assertThat(only(() -> UnitId.of("dinas kesehatan")).code()).isEqualTo(RuleCodes.ID_FORM);
    assertThat(only(() -> JurisdictionCode.of("18.3")).code())
        .isEqualTo(RuleCodes.JURISDICTION_FORM);
  }

  @Test
  void aTextsProblemKeepsItsEnglishRuleAndGainsACodeWithThePosition() {
    Violation v = only(() -> Checker.of("T").text("f", "ab\u0007").done());
    assertThat(v.code()).isEqualTo(RuleCodes.TEXT_CONTROL);
    assertThat(v.arguments()).hasSize(2).endsWith("2");
    assertThat(v.arguments().get(0)).startsWith("U+0007 "); // and the character's Unicode name
    assertThat(v.rule()).startsWith("must not contain the control character U+0007");
  }

  @Test
  void aViolationWithoutACodeHasAnEmptyOneAndCodesAreDistinct() throws IllegalAccessException {
    Violation plain = Violation.of("T", "f", 1, "must be even");
    assertThat(plain.code()).isEmpty();
    assertThat(plain.arguments()).isEmpty();
    assertThat(plain.withCode("x", 2).arguments()).containsExactly("2");
    List<String> codes = new ArrayList<>();
    for (Field f : RuleCodes.class.getFields()) {
      codes.add((String) f.get(null));
    }
    assertThat(codes).doesNotHaveDuplicates().allMatch(c -> !c.isBlank());
  }
}
