package io.rakor.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The contract test kit has teeth: run against a store with one deliberate bug, the tests of the
 * rule it breaks fail, each with a message that names the rule.
 */
class BrokenStoresTest {
  @Test
  void aStoreThatLosesUpdatesIsCaught() {
    TestExecutionSummary summary = run(BrokenStores.LosesUpdatesTck.class);
    assertThat(failed(summary))
        .contains(
            "required_spi103_staleWriteFailsAndChangesNothing",
            "required_spi205_concurrentUpdatesLoseNothing",
            "required_spi205_sameVersionRaceHasOneWinner");
    assertThat(messages(summary))
        .contains("RakorStore rule 205")
        .contains("committed, but exactly one must");
  }

  @Test
  void aStoreThatSkipsOnPagingIsCaught() {
    TestExecutionSummary summary = run(BrokenStores.SkipsOnPagingTck.class);
    assertThat(failed(summary))
        .contains(
            "required_spi303_pagesEqualTheReferenceAtEverySize",
            "required_spi304_pagingNeitherSkipsNorRepeatsUnderConcurrentWrites")
        .doesNotContain("required_spi205_concurrentUpdatesLoseNothing");
    assertThat(messages(summary)).contains("RakorStore rule 304").contains("skipped [");
  }

  @Test
  void aStoreThatHalfCommitsIsCaught() {
    TestExecutionSummary summary = run(BrokenStores.HalfCommitsTck.class);
    assertThat(failed(summary))
        .contains(
            "required_spi202_injectedFailureLeavesNothingBehind",
            "required_spi203_staleSaveDoomsItsTransaction",
            "required_spi401_eventsAppearOnCommitInOrderWithoutGaps")
        .doesNotContain("required_spi303_pagesEqualTheReferenceAtEverySize");
    assertThat(messages(summary)).contains("RakorStore rule 202").contains("left something");
  }

  @Test
  void aStoreCompiledAgainstAnotherContractIsCaught() {
    TestExecutionSummary summary = run(BrokenStores.CompiledAgainstAnotherContractTck.class);
    assertThat(failed(summary))
        .containsExactly("required_spi501_storeDeclaresASupportedSpiVersion");
    assertThat(messages(summary)).contains("RakorStore rule 501").contains("2.0");
  }

  /**
   * Issue 15 §1: the races are deterministic. A store that checks versions only at save, and one
   * that appends without locking the log's head, fail the concurrency tests in every one of 50
   * runs.
   */
  @Test
  void racesAreCaughtEveryTime() {
    for (int run = 1; run <= 50; run++) {
      TestExecutionSummary versions =
          run(
              selectMethod(
                  BrokenStores.ChecksVersionOnlyAtSaveTck.class,
                  "required_spi205_sameVersionRaceHasOneWinner"),
              selectMethod(
                  BrokenStores.ChecksVersionOnlyAtSaveTck.class,
                  "required_spi205_concurrentUpdatesLoseNothing"),
              selectMethod(
                  BrokenStores.AppendsWithoutLockingTheHeadTck.class,
                  "required_spi402_chainHoldsUnderConcurrentAppends"));
      assertThat(failed(versions))
          .as("run %s", run)
          .containsExactly(
              "required_spi205_concurrentUpdatesLoseNothing",
              "required_spi205_sameVersionRaceHasOneWinner",
              "required_spi402_chainHoldsUnderConcurrentAppends");
    }
  }

  private static TestExecutionSummary run(DiscoverySelector... selectors) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectors)
            .configurationParameter(
                "junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
            .build(),
        listener);
    return listener.getSummary();
  }

  private static TestExecutionSummary run(Class<?> tck) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(tck))
            .configurationParameter(
                "junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
            .build(),
        listener);
    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getTestsFoundCount()).as("TCK tests found").isGreaterThan(20);
    return summary;
  }

  private static Set<String> failed(TestExecutionSummary summary) {
    Set<String> names = new TreeSet<>();
    summary
        .getFailures()
        .forEach(f -> names.add(f.getTestIdentifier().getDisplayName().replace("()", "")));
    return names;
  }

  private static String messages(TestExecutionSummary summary) {
    StringBuilder all = new StringBuilder();
    summary.getFailures().forEach(f -> all.append(f.getException().getMessage()).append('\n'));
    return all.toString();
  }
}
