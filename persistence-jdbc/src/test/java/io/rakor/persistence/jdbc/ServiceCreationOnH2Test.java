package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateExistsException;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.MissingReferenceException;
import io.rakor.persistence.service.CoordinationService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordination service's creation rules hold on the H2 file store under concurrency: of writers
 * creating one id at once, one wins and the others get "already exists" (however the store reports
 * the duplicate), and a refused creation leaves nothing behind.
 */
class ServiceCreationOnH2Test {
  private static final Actor SECRETARIAT = Actor.of(UnitId.of("bappeda"), Role.SECRETARIAT);
  private static final Jurisdiction LAMPUNG =
      Jurisdiction.builder()
          .code(JurisdictionCode.of("18"))
          .name("Lampung")
          .level(JurisdictionLevel.PROVINCE)
          .build();

  @TempDir Path dir;

  @Test
  void concurrentCreatorsOfOneIdGetOneWinnerAndAlreadyExists() throws Exception {
    try (JdbcStore store = JdbcStore.h2File(dir.resolve("rakor"))) {
      CoordinationService service = CoordinationService.builder(store).build();
      int threads = 4;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<String> outcomes = new ArrayList<>();
      try {
        List<Callable<String>> creators = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          creators.add(
              () -> {
                try {
                  service.create(AggregateKind.JURISDICTION, LAMPUNG, SECRETARIAT);
                  return "created";
                } catch (AggregateExistsException e) {
                  return "exists";
                }
              });
        }
        for (Future<String> f : pool.invokeAll(creators, 60, TimeUnit.SECONDS)) {
          outcomes.add(f.get());
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(outcomes).containsOnlyOnce("created").hasSize(threads);

      // A unit in a jurisdiction that is not there: refused, nothing written.
      Jurisdiction orphan =
          Jurisdiction.builder()
              .code(JurisdictionCode.of("18.03.01"))
              .name("Kotabumi")
              .level(JurisdictionLevel.SUB_DISTRICT)
              .parent(JurisdictionCode.of("18.03"))
              .build();
      assertThatThrownBy(() -> service.create(AggregateKind.JURISDICTION, orphan, SECRETARIAT))
          .isInstanceOf(MissingReferenceException.class)
          .hasMessage(
              "Missing reference, nothing was saved: jurisdiction 18.03.01: parent names"
                  + " jurisdiction 18.03, which is not in the store");
      assertThat(store.load(AggregateKind.JURISDICTION, orphan.code())).isEmpty();

      List<LogEntry> log = store.events(1, 100);
      assertThat(log).hasSize(1);
      assertThat(log.get(0).event().type()).isEqualTo(EventType.AGGREGATE_CREATED);
      assertThat(ChainVerifier.verify(log).intact()).isTrue();
      assertThat(service.createIfAbsent(AggregateKind.JURISDICTION, LAMPUNG, SECRETARIAT).existed())
          .isTrue();
    }
  }
}
