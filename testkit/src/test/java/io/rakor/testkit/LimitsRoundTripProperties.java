package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.ObstacleCategory;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.values.Limits;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every value a builder accepts, generated values at each limit of {@link Limits} included, writes
 * to JSON, reads back equal, saves to the in-memory store and loads back equal (issue 10, section
 * 2). The JDBC stores are checked the same way in persistence-jdbc's {@code
 * TextAndLimitsStoreTest}.
 */
class LimitsRoundTripProperties {

  private static <T, K> void survives(
      Gen<T> gen, Class<T> type, AggregateKind<T, K> kind, Function<T, K> id, int examples) {
    qt().withExamples(examples)
        .withShrinkCycles(5)
        .forAll(gen)
        .checkAssert(
            value -> {
              String json = RakorJson.writeDocument(value);
              assertThat(json.length()).isLessThan((int) (RakorJson.MAX_DOCUMENT_LENGTH / 8));
              assertThat(RakorJson.readDocument(json, type)).isEqualTo(value);
              InMemoryStore store = new InMemoryStore();
              store.save(kind, value, Versioned.NONE);
              assertThat(store.load(kind, id.apply(value)).map(Versioned::value)).contains(value);
            });
  }

  @Test
  void commitmentsAtTheLimits() {
    survives(
        RakorGen.commitmentsAtTheLimits(),
        Commitment.class,
        AggregateKind.COMMITMENT,
        Commitment::id,
        40);
  }

  @Test
  void meetingsAtTheLimits() {
    survives(RakorGen.meetingsAtTheLimits(), Meeting.class, AggregateKind.MEETING, Meeting::id, 40);
  }

  @Test
  void progressReportsAtTheLimits() {
    survives(
        RakorGen.progressReportsAtTheLimits(),
        ProgressReport.class,
        AggregateKind.PROGRESS_REPORT,
        ProgressReport::id,
        40);
  }

  @Test
  void namesAndTextsAtTheLimit() {
    qt().withExamples(20)
        .forAll(RakorGen.namesAtTheLimit(), RakorGen.textsAtTheLimit())
        .checkAssert(
            (name, text) -> {
              assertThat(name).hasSize(Limits.NAME_LENGTH);
              assertThat(text).hasSize(Limits.TEXT_LENGTH);
              AgendaItem item = AgendaItem.builder().position(1).title(name).build();
              Obstacle obstacle = Obstacle.of(ObstacleCategory.DATA, text);
              assertThat(RakorJson.readDocument(RakorJson.writeDocument(item), AgendaItem.class))
                  .isEqualTo(item);
              assertThat(RakorJson.readDocument(RakorJson.writeDocument(obstacle), Obstacle.class))
                  .isEqualTo(obstacle);
            });
  }

  @Test
  void theGeneratorsReachTheLimits() {
    int records = 0;
    int longest = 0;
    for (long seed = 0; seed < 60; seed++) {
      Commitment c = Fixtures.sample(RakorGen.commitmentsAtTheLimits(), seed);
      longest = Math.max(longest, c.supporters().size());
      long text =
          c.action().length()
              + c.statusReason().map(String::length).orElse(0)
              + c.milestones().stream().mapToLong(m -> m.description().length()).sum();
      records += text == Limits.RECORD_TEXT_LENGTH ? 1 : 0;
    }
    assertThat(longest).isEqualTo(Limits.REFERENCE_LIST_SIZE);
    assertThat(records).isPositive();
  }
}
