package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.ConcurrencyConflictException;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.StoreException;
import io.rakor.testkit.Fixtures;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the store does when the database fails in the middle of a transaction: nothing partial is
 * left, the caller gets a typed exception, and once the database is back the store works again.
 */
class JdbcStoreFailureTest {
  @RegisterExtension
  final RakorDatabaseExtension postgres = RakorDatabaseExtension.postgres().withPoolSize(2);

  @RegisterExtension final RakorDatabaseExtension h2 = RakorDatabaseExtension.h2().withPoolSize(2);

  private static final List<Commitment> COMMITMENTS = Fixtures.scenario(11).commitments();

  private static DomainEvent agreed(Commitment c) {
    return DomainEvent.builder()
        .type(EventType.COMMITMENT_AGREED)
        .subjectKind("Commitment")
        .subjectId(c.id().value())
        .actor(Actor.of(c.lead(), Role.LEAD_UNIT))
        .occurredAt(Instant.parse("2026-01-12T03:00:00Z"))
        .fromState("PROPOSED")
        .toState("AGREED")
        .build();
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Saves two commitments, appends events, then saves one the database refuses. */
  private static void failingStatementLeavesNothing(JdbcStore store, DataSource ds)
      throws SQLException {
    Commitment refused = COMMITMENTS.get(2);
    execute(
        ds,
        "ALTER TABLE rakor_commitment ADD CONSTRAINT test_refuse CHECK (id <> '"
            + refused.id().value()
            + "')");
    assertThatThrownBy(
            () ->
                store.useTransaction(
                    tx -> {
                      tx.save(AggregateKind.COMMITMENT, COMMITMENTS.get(0), 0);
                      tx.save(AggregateKind.COMMITMENT, COMMITMENTS.get(1), 0);
                      // a load writes the saves so far: they are in the database, uncommitted
                      assertThat(tx.load(AggregateKind.COMMITMENT, COMMITMENTS.get(0).id()))
                          .isPresent();
                      tx.append(List.of(agreed(COMMITMENTS.get(0))));
                      tx.save(AggregateKind.COMMITMENT, refused, 0);
                    }))
        .isExactlyInstanceOf(StoreException.class)
        .hasMessageContaining("saving")
        .hasMessageContaining("SQLState 23");
    assertNothingCommitted(store);

    execute(ds, "ALTER TABLE rakor_commitment DROP CONSTRAINT test_refuse");
    store.inTransaction(
        tx -> {
          COMMITMENTS.subList(0, 3).forEach(c -> tx.save(AggregateKind.COMMITMENT, c, 0));
          return tx.append(List.of(agreed(COMMITMENTS.get(0))));
        });
    assertThat(store.commitments(CommitmentQuery.all(), PageRequest.first(10)).items()).hasSize(3);
    assertThat(store.lastEvent().orElseThrow().sequence()).isEqualTo(1);
  }

  private static void assertNothingCommitted(JdbcStore store) {
    for (Commitment c : COMMITMENTS) {
      assertThat(store.load(AggregateKind.COMMITMENT, c.id())).isEmpty();
    }
    assertThat(store.lastEvent()).isEmpty();
  }

  @Test
  void aStatementFailingMidTransactionLeavesNothingOnH2() throws Exception {
    DataSource ds = h2.dataSource();
    failingStatementLeavesNothing(JdbcStore.builder(ds).build(), ds);
  }

  @Test
  void aStatementFailingMidTransactionLeavesNothingOnPostgres() throws Exception {
    DataSource ds = postgres.dataSource();
    failingStatementLeavesNothing(JdbcStore.postgres(ds), ds);
  }

  @Test
  void aConnectionKilledMidTransactionLeavesNothingAndTheStoreRecovers() throws Exception {
    DataSource admin = EmbeddedPostgresServer.shared().adminDataSource();
    DataSource ds = postgres.dataSource();
    JdbcStore store = JdbcStore.postgres(ds);
    String database;
    try (Connection c = ds.getConnection()) {
      database = c.getCatalog();
    }
    assertThatThrownBy(
            () ->
                store.useTransaction(
                    tx -> {
                      tx.save(AggregateKind.COMMITMENT, COMMITMENTS.get(0), 0);
                      tx.append(List.of(agreed(COMMITMENTS.get(0))));
                      assertThat(terminateOtherBackends(admin, database)).isEqualTo(1);
                      tx.save(AggregateKind.COMMITMENT, COMMITMENTS.get(1), 0);
                    }))
        .isInstanceOf(StoreException.class)
        .isNotInstanceOf(ConcurrencyConflictException.class)
        .hasMessageContaining("connection");
    assertNothingCommitted(store);

    store.save(AggregateKind.COMMITMENT, COMMITMENTS.get(0), 0);
    assertThat(store.load(AggregateKind.COMMITMENT, COMMITMENTS.get(0).id())).isPresent();
  }

  /** Terminates the backends in a database that are inside a transaction, from elsewhere. */
  private static int terminateOtherBackends(DataSource admin, String database) {
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = '"
                    + database
                    + "' AND state LIKE 'idle in transaction%'")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A server that keeps its data and port, so that it can be stopped and started again. */
  private static EmbeddedPostgresServer restartable(Path data, int port) {
    return EmbeddedPostgresServer.builder().nonDurable().dataDirectory(data).port(port).start();
  }

  @Test
  void theStoreWorksAgainAfterTheDatabaseServerComesBack() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    // Under target/, not the JUnit temporary directory: run as root, the server runs as another
    // user that must be able to reach its data directory.
    Path data = Path.of("target", "pg-restart-" + System.nanoTime()).toAbsolutePath();
    EmbeddedPostgresServer server = restartable(data, port);
    try (RakorDatabaseExtension.Database database =
        RakorDatabaseExtension.postgres(server).withDatabaseName("postgres").openDatabase()) {
      HikariDataSource ds = database.newDataSource(2);
      ds.setConnectionTimeout(1_000);
      JdbcStore store = JdbcStore.postgres(ds);
      store.save(AggregateKind.COMMITMENT, COMMITMENTS.get(0), 0);

      server.close();
      assertThatThrownBy(() -> store.save(AggregateKind.COMMITMENT, COMMITMENTS.get(1), 0))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("connection");
      assertThatThrownBy(() -> store.load(AggregateKind.COMMITMENT, COMMITMENTS.get(0).id()))
          .isInstanceOf(StoreException.class);

      server = restartable(data, port);
      assertThat(store.load(AggregateKind.COMMITMENT, COMMITMENTS.get(0).id())).isPresent();
      assertThat(store.load(AggregateKind.COMMITMENT, COMMITMENTS.get(1).id())).isEmpty();
      store.save(AggregateKind.COMMITMENT, COMMITMENTS.get(1), 0);
      CommitmentId second = COMMITMENTS.get(1).id();
      assertThat(store.load(AggregateKind.COMMITMENT, second)).isPresent();
    } finally {
      server.close();
    }
  }
}
