package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.RakorGen;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quicktheories.core.Gen;

/**
 * Issue 10, sections 1 and 2, on every store: every valid value, its text drawn from the whole
 * Unicode range (supplementary characters, noncharacters, private use, joiners, line breaks) and
 * values at each limit of the limits table, saves and loads back equal, byte for byte, on the
 * in-memory store, H2 and PostgreSQL; and a row that cannot be read fails with an error naming its
 * kind and id.
 */
class TextAndLimitsStoreTest {
  @RegisterExtension
  static final RakorDatabaseExtension H2 = RakorDatabaseExtension.h2().withPoolSize(2);

  @RegisterExtension
  static final RakorDatabaseExtension POSTGRES = RakorDatabaseExtension.postgres().withPoolSize(2);

  private static List<RakorStore> stores() {
    return List.of(new InMemoryStore(), H2.store(), POSTGRES.store());
  }

  /** Saves each value as a new aggregate (or a new version), loads it back, compares. */
  private static <T, K> void survivesEveryStore(
      Gen<T> values, AggregateKind<T, K> kind, Function<T, K> id, int examples) {
    List<RakorStore> stores = stores();
    qt().withExamples(examples)
        .withShrinkCycles(5)
        .forAll(values)
        .checkAssert(
            value -> {
              for (RakorStore store : stores) {
                long version = store.load(kind, id.apply(value)).map(Versioned::version).orElse(0L);
                store.save(kind, value, version);
                T back = store.load(kind, id.apply(value)).orElseThrow().value();
                assertThat(back).as("%s", store).isEqualTo(value);
                assertThat(RakorJson.write(back)).isEqualTo(RakorJson.write(value));
              }
            });
  }

  @Test
  void generatedCommitmentsWithAnyTextSurviveEveryStore() {
    survivesEveryStore(RakorGen.commitments(), AggregateKind.COMMITMENT, Commitment::id, 100);
  }

  @Test
  void generatedMeetingsWithAnyTextSurviveEveryStore() {
    survivesEveryStore(RakorGen.meetings(), AggregateKind.MEETING, Meeting::id, 100);
  }

  @Test
  void generatedProgressReportsSurviveEveryStore() {
    survivesEveryStore(
        RakorGen.progressReports(), AggregateKind.PROGRESS_REPORT, ProgressReport::id, 100);
  }

  @Test
  void valuesAtTheLimitsSurviveEveryStore() {
    survivesEveryStore(
        RakorGen.commitmentsAtTheLimits(), AggregateKind.COMMITMENT, Commitment::id, 20);
    survivesEveryStore(RakorGen.meetingsAtTheLimits(), AggregateKind.MEETING, Meeting::id, 20);
    survivesEveryStore(
        RakorGen.progressReportsAtTheLimits(),
        AggregateKind.PROGRESS_REPORT,
        ProgressReport::id,
        20);
  }

  @Test
  void textsAtTheEdgesOfUnicodeSurviveByteForByte() {
    String edges =
        "𝔸 🌾 👩‍👩‍👧 \u00A0\u200B\uFEFF\u00AD x\u0301 \uFFFE\uFFFF\uFDD0 \uE000 \uDB40\uDC01"
            + " \uDBFF\uDFFF \uDB80\uDC00 مرحبا\u200F ꦧꦸꦥꦠꦶ \"'\\<&>%;=+@ \u3164x";
    Commitment c =
        Fixtures.sample(RakorGen.commitments(), 7)
            .withAction(edges + "\n\t\r\n\u2028\u2029" + edges)
            .withId(io.rakor.core.commitments.CommitmentId.of("edges"))
            .withLead(io.rakor.core.units.UnitId.of("edges-lead"))
            .withSupporters(List.of());
    for (RakorStore store : stores()) {
      store.save(AggregateKind.COMMITMENT, c, 0);
      String back = store.load(AggregateKind.COMMITMENT, c.id()).orElseThrow().value().action();
      assertThat(back.toCharArray()).as("%s", store).containsExactly(c.action().toCharArray());
      CommitmentQuery byLead = CommitmentQuery.builder().lead(c.lead()).build();
      assertThat(store.commitments(byLead, PageRequest.first(10)).items())
          .extracting(Versioned::value)
          .containsExactly(c);
    }
  }

  private static void overwriteBody(RakorDatabaseExtension db, String json, String id)
      throws SQLException {
    DataSource ds = db.dataSource();
    boolean postgres = db == POSTGRES;
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE rakor_commitment SET body = "
                    + (postgres ? "CAST(? AS JSONB)" : "?")
                    + " WHERE id = ?")) {
      ps.setString(1, json);
      ps.setString(2, id);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  @Test
  void aRowThatCannotBeReadIsNamedByKindAndId() throws SQLException {
    for (RakorDatabaseExtension db : List.of(H2, POSTGRES)) {
      JdbcStore store = db.store();
      Commitment valid =
          Fixtures.sample(RakorGen.commitments(), 11)
              .withId(io.rakor.core.commitments.CommitmentId.of("rtl-bad-row"));
      store.save(AggregateKind.COMMITMENT, valid, 0);
      // As an older version (or a hand) might have written it: a number no reader accepts.
      String json = RakorJson.write(valid);
      String poisoned = json.replaceFirst("\"weight\":[^,}]+", "\"weight\":1e300");
      assertThat(poisoned).isNotEqualTo(json);
      overwriteBody(db, poisoned, "rtl-bad-row");

      assertThatThrownBy(() -> store.load(AggregateKind.COMMITMENT, valid.id()))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("Cannot read commitment rtl-bad-row (version 1) from the store")
          .hasMessageContaining("weight");
      assertThatThrownBy(() -> store.commitments(CommitmentQuery.all(), PageRequest.first(100)))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("Cannot read commitment rtl-bad-row (version 1)");

      overwriteBody(db, "{\"id\":\"rtl-bad-row\",\"action\":17}", "rtl-bad-row");
      assertThatThrownBy(() -> store.load(AggregateKind.COMMITMENT, valid.id()))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("Cannot read commitment rtl-bad-row (version 1) from the store")
          .hasMessageContaining("action");
      assertThatThrownBy(() -> store.loadAll(AggregateKind.COMMITMENT, List.of(valid.id())))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("Cannot read commitment rtl-bad-row (version 1)");
    }
  }
}
