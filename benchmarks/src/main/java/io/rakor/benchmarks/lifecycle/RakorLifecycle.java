package io.rakor.benchmarks.lifecycle;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.Pages;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.service.CoordinationService;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle through Rakor's {@link CoordinationService} on a store: one service call, so one
 * store transaction, per step, with the audit chain on (every step appends its hash-chained
 * events). Thread-safe, as the service is.
 */
public final class RakorLifecycle implements LifecycleEngine {
  private final LifecycleWorkload workload;
  private final RakorStore store;
  private final AutoCloseable resources;
  private final CoordinationService service;

  /**
   * Seeds the store with the workload's master data.
   *
   * @param workload the workload
   * @param store an empty store
   * @param resources closed with the engine (the store, and anything behind it)
   */
  public RakorLifecycle(LifecycleWorkload workload, RakorStore store, AutoCloseable resources) {
    this.workload = workload;
    this.store = store;
    this.resources = resources;
    this.service =
        CoordinationService.builder(store)
            .clock(Clock.fixed(workload.now(), ZoneOffset.UTC))
            .build();
    workload.seed(service);
  }

  @Override
  public void step(Stage stage, int index) {
    Commitment c = workload.commitment(index);
    switch (stage) {
      case CREATE -> service.create(AggregateKind.COMMITMENT, c, workload.secretariat());
      case AGREE ->
          service.execute(c.id(), CommitmentCommand.agree(), workload.chair()).orElseThrow();
      case START ->
          service
              .execute(c.id(), CommitmentCommand.startWork(), workload.lead(index))
              .orElseThrow();
      case REPORT_1, REPORT_2, REPORT_3 ->
          service
              .submitReport(workload.report(index, stage.cycle()), workload.lead(index))
              .orElseThrow();
      case VERIFY ->
          service
              .execute(c.id(), CommitmentCommand.verifyCompletion(), workload.chair())
              .orElseThrow();
    }
  }

  @Override
  public Map<String, String> states() {
    Map<String, List<ProgressReport>> reports = new HashMap<>();
    Pages.stream(PageRequest.MAX_SIZE, p -> store.list(AggregateKind.PROGRESS_REPORT, p))
        .map(Versioned::value)
        .forEach(
            r -> reports.computeIfAbsent(r.commitment().value(), k -> new ArrayList<>()).add(r));
    Map<String, String> states = new LinkedHashMap<>();
    Pages.stream(PageRequest.MAX_SIZE, p -> store.list(AggregateKind.COMMITMENT, p))
        .map(Versioned::value)
        .forEach(
            c -> {
              List<ProgressReport> own = reports.getOrDefault(c.id().value(), List.of());
              states.put(
                  c.id().value(),
                  LifecycleWorkload.state(
                      c.status().name(),
                      own.stream()
                          .sorted(Comparator.comparing(r -> r.cycle().value()))
                          .map(ProgressReport::progressPercent)
                          .toList()));
            });
    return states;
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close " + store, e);
    }
  }

  @Override
  public String toString() {
    return "Rakor on " + store;
  }
}
