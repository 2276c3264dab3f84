package io.rakor.persistence.integrity;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Examples;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import java.time.Instant;
import java.util.List;

/** Stores for the tests of verification and transfer, written as the coordination service does. */
public final class LoggedStores {
  private LoggedStores() {}

  /** An event naming a commitment, as a lifecycle makes it. */
  public static DomainEvent eventFor(String commitmentId, int n) {
    return DomainEvent.builder()
        .type(EventType.PROGRESS_REPORTED)
        .subjectKind("Commitment")
        .subjectId(commitmentId)
        .actor(Examples.LEAD)
        .occurredAt(Instant.parse("2026-03-01T00:00:00Z").plusSeconds(n))
        .fromState(CommitmentStatus.PROPOSED.name())
        .toState(CommitmentStatus.PROPOSED.name())
        .putDetail("progressPercent", Integer.toString(n))
        .build();
  }

  /**
   * A store of {@code count} commitments ({@code c-01}, ...), the first {@code updated} of them
   * saved twice, every save with an event naming it.
   */
  public static InMemoryStore commitments(int count, int updated) {
    InMemoryStore store = new InMemoryStore();
    int n = 0;
    for (int i = 1; i <= count; i++) {
      Commitment c = Examples.commitment(String.format("c-%02d", i));
      DomainEvent e = eventFor(c.id().value(), n++);
      store.useTransaction(
          tx -> {
            tx.save(AggregateKind.COMMITMENT, c, Versioned.NONE);
            tx.append(List.of(e));
          });
    }
    for (int i = 1; i <= updated; i++) {
      Commitment c = Examples.commitment(String.format("c-%02d", i));
      DomainEvent e = eventFor(c.id().value(), n++);
      store.useTransaction(
          tx -> {
            tx.save(AggregateKind.COMMITMENT, c, 1);
            tx.append(List.of(e));
          });
    }
    return store;
  }
}
