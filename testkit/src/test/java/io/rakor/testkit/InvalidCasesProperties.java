package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import io.rakor.core.commitments.Commitment;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every single-invariant break is rejected, naming the right type and field. */
class InvalidCasesProperties {

  private static boolean rootedIn(String path, String field) {
    return path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[");
  }

  static void rejectedNamingItsField(InvalidCase c) {
    RakorValidationException e = c.rejection();
    assertThat(e.concerns(c.field())).as("%s names %s: %s", c, c.field(), e.getMessage()).isTrue();
    for (Violation v : e.violations()) {
      assertThat(v.type()).as("type in %s", v).isEqualTo(c.type());
      assertThat(
              rootedIn(v.field(), c.field())
                  || c.alsoReported().stream().anyMatch(f -> rootedIn(v.field(), f)))
          .as("%s reports only %s, but reported %s", c, c.field(), v)
          .isTrue();
    }
  }

  @Test
  void everyRuleIsRejectedNamingItsField() {
    for (Gen<InvalidCase> rule : Invalid.rules()) {
      qt().withExamples(25)
          .forAll(rule)
          .checkAssert(InvalidCasesProperties::rejectedNamingItsField);
    }
  }

  @Test
  void theTestkitGuideStatesHowManyRulesThereAre() throws java.io.IOException {
    String root = System.getProperty("rakor.projectRoot");
    org.assertj.core.api.Assertions.assertThat(root)
        .as("system property rakor.projectRoot, set by the parent pom's Surefire configuration")
        .isNotBlank();
    String guide =
        java.nio.file.Files.readString(java.nio.file.Path.of(root, "docs", "testkit.md"));
    org.assertj.core.api.Assertions.assertThat(guide)
        .contains("(" + Invalid.rules().size() + " rules over ");
  }

  @Test
  void mixedCasesAreRejectedToo() {
    qt().withExamples(300)
        .forAll(Invalid.cases())
        .checkAssert(InvalidCasesProperties::rejectedNamingItsField);
  }

  @Test
  void casesOfOneType() {
    qt().withExamples(50)
        .forAll(Invalid.casesOf(Commitment.class))
        .checkAssert(
            c -> {
              assertThat(c.type()).isEqualTo("Commitment");
              rejectedNamingItsField(c);
            });
  }

  @Test
  void aTypeWithoutRulesHasNoCases() {
    assertThatThrownBy(() -> Invalid.casesOf(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
  }

  @Test
  void everyValidatedTypeHasRules() {
    Set<String> types =
        Invalid.rules().stream()
            .map(rule -> Fixtures.sample(rule, 1).type())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(types)
        .contains(
            "UnitId",
            "ForumId",
            "OfficialId",
            "MeetingId",
            "PriorityId",
            "IndicatorId",
            "CommitmentId",
            "MilestoneId",
            "MonitoringPlanId",
            "CycleId",
            "ProgressReportId",
            "JurisdictionCode",
            "PriorityArea",
            "Jurisdiction",
            "ResponsibleUnit",
            "Forum",
            "Official",
            "PersonName",
            "AgendaItem",
            "Decision",
            "Meeting",
            "Obstacle",
            "UnitReport",
            "Priority",
            "Indicator",
            "DatedValue",
            "Commitment",
            "Milestone",
            "Target",
            "FundingLine",
            "FundingLineRef",
            "BudgetCode",
            "MonitoringPlan",
            "MonitoringCycle",
            "MeasuredValue",
            "MilestoneCompletion",
            "MilestoneAchievement",
            "EvidenceRef",
            "ProgressReport",
            "RecordedAssessment",
            "EvaluationRecord",
            "HealthThresholds",
            "Participant");
  }

  @Test
  void aValidValueIsNotAnInvalidCase() {
    InvalidCase accepted =
        new InvalidCase("Obstacle", "description", "not broken", Set.of(), () -> "fine");
    org.assertj.core.api.Assertions.assertThatThrownBy(accepted::rejection)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was accepted");
  }
}
