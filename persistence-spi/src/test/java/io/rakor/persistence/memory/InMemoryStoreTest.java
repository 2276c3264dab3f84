package io.rakor.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.Examples;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.Pages;
import io.rakor.persistence.StaleVersionException;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of the reference store's behaviour; the whole contract is checked by the TCK. */
class InMemoryStoreTest {
  private final InMemoryStore store = new InMemoryStore();

  private List<Commitment> saveTen() {
    List<Commitment> all = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Commitment c =
          (Examples.withDue(Examples.commitment("rtl-" + i), LocalDate.of(2027, 1, 20 + i % 3)))
              .withStatus(i % 2 == 0 ? CommitmentStatus.AGREED : CommitmentStatus.IN_PROGRESS);
      store.save(AggregateKind.COMMITMENT, c, Versioned.NONE);
      all.add(c);
    }
    return all;
  }

  @Test
  void queriesComeInDueThenIdOrderAcrossPages() {
    List<Commitment> all = saveTen();
    List<Commitment> expected =
        all.stream()
            .filter(c -> c.status() == CommitmentStatus.AGREED)
            .sorted(CommitmentQuery.ORDER)
            .toList();
    CommitmentQuery agreed = CommitmentQuery.builder().addStatuses(CommitmentStatus.AGREED).build();

    Page<Versioned<Commitment>> first = store.commitments(agreed, PageRequest.first(2));
    assertThat(first.items()).extracting(Versioned::value).isEqualTo(expected.subList(0, 2));
    assertThat(first.next()).contains(CommitmentQuery.cursorOf(expected.get(1)));
    assertThat(Pages.stream(2, p -> store.commitments(agreed, p)).map(Versioned::value))
        .containsExactlyElementsOf(expected);
    Page<Versioned<Commitment>> last =
        store.commitments(agreed, PageRequest.after(2, CommitmentQuery.cursorOf(expected.get(3))));
    assertThat(last.items()).extracting(Versioned::value).containsExactly(expected.get(4));
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void aSaveThatChangesTheSortKeyMovesTheCommitmentInTheIndex() {
    List<Commitment> all = saveTen();
    Commitment moved = Examples.withDue(all.get(0), LocalDate.of(2027, 6, 30));
    store.save(AggregateKind.COMMITMENT, moved, 1);
    List<Commitment> listed =
        Pages.stream(3, p -> store.commitments(CommitmentQuery.all(), p))
            .map(Versioned::value)
            .toList();
    assertThat(listed).hasSize(10).last().isEqualTo(moved);
  }

  @Test
  void aStaleSaveNamesWhatWasExpected() {
    saveTen();
    Commitment c = Examples.commitment("rtl-3");
    assertThatThrownBy(() -> store.save(AggregateKind.COMMITMENT, c, Versioned.NONE))
        .isInstanceOf(StaleVersionException.class)
        .hasMessage(
            "Stale write to commitment rtl-3: the save expected it not to exist yet but it is at"
                + " version 1; reload it and apply the change again");
  }

  @Test
  void transactionsDoNotNestAndEndWithTheirWork() {
    assertThatThrownBy(() -> store.inTransaction(tx -> store.inTransaction(inner -> 1)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("rule 206");
    io.rakor.persistence.Transaction leaked = store.inTransaction(tx -> tx);
    assertThatThrownBy(() -> leaked.load(AggregateKind.UNIT, Examples.DINKES))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("has ended");
  }

  @Test
  void malformedCursorsAreRefusedWithAStoreException() {
    saveTen();
    assertThatThrownBy(
            () ->
                store.commitments(
                    CommitmentQuery.all(),
                    PageRequest.after(5, io.rakor.persistence.Cursor.of("yesterday", "rtl-1"))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a cursor");
  }
}
