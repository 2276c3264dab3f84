package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.units.UnitId;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.Versioned;
import io.rakor.testkit.Fixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A commitment's key rows follow its keys whether or not the save replaces a version the
 * transaction loaded (the store keeps them when a loaded version's keys are unchanged).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentKeyRowsTest {
  @RegisterExtension
  static final RakorDatabaseExtension postgres = RakorDatabaseExtension.postgres();

  @RegisterExtension static final RakorDatabaseExtension h2 = RakorDatabaseExtension.h2();

  Stream<DataSource> databases() {
    return Stream.of(h2.dataSource(), postgres.dataSource());
  }

  private static List<String> keyRows(DataSource db, Commitment c) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection conn = db.getConnection();
        PreparedStatement ps =
            conn.prepareStatement(
                "SELECT key_kind, key_value, sort_due FROM rakor_commitment_key"
                    + " WHERE commitment_id = ? ORDER BY key_kind, key_value")) {
      ps.setString(1, c.id().value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getObject(3));
        }
      }
    }
    return rows;
  }

  @ParameterizedTest
  @MethodSource("databases")
  void keyRowsFollowEverySave(DataSource db) throws SQLException {
    JdbcStore store = JdbcStore.builder(db).build();
    Commitment c =
        Fixtures.scenario(11).commitments().stream()
            .filter(x -> !x.supporters().isEmpty())
            .findFirst()
            .orElseThrow();
    store.useTransaction(tx -> tx.save(AggregateKind.COMMITMENT, c, Versioned.NONE));
    List<String> first = keyRows(db, c);
    assertThat(first).isNotEmpty();

    // a change of status, the version loaded in the same transaction: same keys, same rows
    store.useTransaction(
        tx -> {
          Versioned<Commitment> v = tx.load(AggregateKind.COMMITMENT, c.id()).orElseThrow();
          tx.save(
              AggregateKind.COMMITMENT,
              Commitment.builder()
                  .from(v.value())
                  .status(CommitmentStatus.CANCELLED)
                  .statusReason("dibatalkan")
                  .build(),
              v.version());
        });
    assertThat(keyRows(db, c)).isEqualTo(first);

    // new supporters and a later due date, loaded first: the rows are replaced
    UnitId newcomer = UnitId.of("unit-newcomer");
    Commitment moved = c.withSupporters(newcomer).withDue(c.due().plusDays(30));
    store.useTransaction(
        tx -> {
          Versioned<Commitment> v = tx.load(AggregateKind.COMMITMENT, c.id()).orElseThrow();
          tx.save(AggregateKind.COMMITMENT, moved, v.version());
        });
    List<String> second = keyRows(db, c);
    assertThat(second).isNotEqualTo(first).anyMatch(r -> r.contains("unit-newcomer"));
    assertThat(second).allMatch(r -> r.endsWith(moved.due().toString()));
    assertThat(
            store
                .commitments(
                    CommitmentQuery.builder().involving(newcomer).build(), PageRequest.first(10))
                .items())
        .extracting(v -> v.value().id())
        .containsExactly(c.id());

    // saved back without loading it first: the rows are replaced as well
    store.useTransaction(tx -> tx.save(AggregateKind.COMMITMENT, c, 3));
    assertThat(keyRows(db, c)).isEqualTo(first);
    assertThat(
            store
                .commitments(
                    CommitmentQuery.builder().involving(newcomer).build(), PageRequest.first(10))
                .items())
        .isEmpty();
  }
}
