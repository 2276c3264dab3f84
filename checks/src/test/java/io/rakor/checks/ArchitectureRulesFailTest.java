package io.rakor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules fail where they should: each is evaluated on fixture classes (in this
 * module's tests, which {@link ArchitectureTest} does not analyse) that break it.
 */
class ArchitectureRulesFailTest {
  private static final JavaClasses FIXTURES =
      new ClassFileImporter().importPackages("io.rakor.checks.fixtures");

  private static String violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(FIXTURES);
    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    return String.join("\n", result.getFailureReport().getDetails());
  }

  @Test
  void aPackageCycleFails() {
    assertThat(violations(ArchitectureTest.packagesFormADirectedAcyclicGraph))
        .contains("fixtures.cycle.a", "fixtures.cycle.b");
  }

  @Test
  void anInternalTypeInAPublicSignatureFails() {
    assertThat(violations(ArchitectureTest.apiTypesExposeNoInternalType))
        .contains("io.rakor.checks.fixtures.Api exposes io.rakor.checks.fixtures.internal.Hidden");
  }

  @Test
  void aGeneratedTypeInAPublicSignatureFails() {
    assertThat(violations(ArchitectureTest.apiTypesExposeNoGeneratedType))
        .contains("io.rakor.checks.fixtures.Api exposes io.rakor.checks.fixtures.ImmutableThing");
  }

  @Test
  void aPublicGeneratedTypeFails() {
    assertThat(violations(ArchitectureTest.generatedTypesAreNotPublic))
        .contains("io.rakor.checks.fixtures.ImmutableThing");
  }
}
