package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import io.rakor.core.monitoring.MonitoringCycle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The code examples of docs/testkit.md, compiled and run. */
class DocsExamplesTest {

  // tag::property[]
  @Test
  void everyCommitmentIsDueOnOrAfterItStarts() {
    qt().forAll(RakorGen.commitments())
        .checkAssert(c -> assertThat(c.due()).isAfterOrEqualTo(c.start()));
  }

  // end::property[]

  // tag::compose[]
  @Test
  void reportsOnAnyCommitmentInAnyCycleClaimZeroToHundredPercent() {
    qt().withExamples(200)
        .forAll(
            RakorGen.commitments()
                .zip(RakorGen.monitoringCycles(), (c, cycle) -> RakorGen.progressReports(c, cycle))
                .flatMap(reports -> reports))
        .checkAssert(r -> assertThat(r.progressPercent()).isBetween(0.0, 100.0));
  }

  // end::compose[]

  // tag::scenario[]
  @Test
  void everyCommitmentOfAScenarioHasALeadUnitInTheScenario() {
    qt().withExamples(100)
        .forAll(RakorGen.scenarios())
        .checkAssert(
            s ->
                s.commitments()
                    .forEach(c -> assertThat(s.unit(c.lead())).as(c.id().value()).isPresent()));
  }

  // end::scenario[]

  // tag::seeded[]
  @Test
  void aSeededScenarioIsTheSameEveryTime() {
    Scenario scenario = Fixtures.scenario(2026);
    assertThat(scenario).isEqualTo(Fixtures.scenario(2026));

    Commitment first = scenario.commitments().get(0);
    assertThat(scenario.reportsOn(first.id()))
        .isNotEmpty()
        .allMatch(r -> r.reportingUnit().equals(first.lead()));

    Commitment any = Fixtures.sample(RakorGen.commitments(), 42);
    assertThat(RakorJson.read(RakorJson.write(any), Commitment.class)).isEqualTo(any);
  }

  // end::seeded[]

  // tag::invalid[]
  @Test
  void everyBrokenInvariantIsRejectedNamingItsField() {
    qt().withExamples(300)
        .forAll(Invalid.cases())
        .checkAssert(c -> assertThat(c.rejection().concerns(c.field())).as(c.toString()).isTrue());
  }

  // end::invalid[]

  // tag::portfolio[]
  @Test
  void aNationalScenarioMakesItsReportsOnDemand() {
    NationalScenarioSize size =
        NationalScenarioSize.defaults().withCommitments(1_000).withCycles(6);
    NationalScenario national = Fixtures.nationalScenario(1, size); // 4 regencies, 6,000 reports
    assertThat(national.reportCount()).isEqualTo(6_000);
    assertThat(national.reports().count()).isEqualTo(6_000);

    MonitoringCycle january = national.cycles(0).get(0);
    Instant periodEnd = january.periodEnd().atStartOfDay(january.reportDue().getZone()).toInstant();
    assertThat(national.reportsIn(january.id()))
        .hasSize(national.regencies().get(0).commitments().size())
        .allMatch(r -> !r.submittedAt().isBefore(periodEnd));
  }
  // end::portfolio[]
}
