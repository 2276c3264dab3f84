package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.json.RakorJson;
import io.rakor.core.json.V1Values;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Versioned;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store reuses a value it decoded or wrote only while the row holds the very same body: a row
 * changed behind its back (here by plain JDBC, keeping the version) is read as it now is, by id, by
 * many ids and inside a transaction.
 */
class DecodedBodiesTest {
  @RegisterExtension final RakorDatabaseExtension h2 = RakorDatabaseExtension.h2();

  @Test
  void aRowChangedBehindTheStoresBackIsReadAsItNowIs() throws SQLException {
    JdbcStore store = h2.store();
    ResponsibleUnit unit = V1Values.unit();
    store.save(AggregateKind.UNIT, unit, Versioned.NONE);
    assertThat(store.load(AggregateKind.UNIT, unit.id())).contains(Versioned.of(unit, 1));

    ResponsibleUnit renamed = unit.withShortName("Renamed behind the store's back");
    try (Connection c = h2.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement("UPDATE rakor_aggregate SET body = ? WHERE kind = ? AND id = ?")) {
      ps.setString(1, RakorJson.write(renamed));
      ps.setString(2, AggregateKind.UNIT.name());
      ps.setString(3, unit.id().value());
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }

    assertThat(store.load(AggregateKind.UNIT, unit.id())).contains(Versioned.of(renamed, 1));
    assertThat(store.loadAll(AggregateKind.UNIT, List.of(unit.id())))
        .containsEntry(unit.id(), Versioned.of(renamed, 1));
    Optional<Versioned<ResponsibleUnit>> inTransaction =
        store.inTransaction(tx -> tx.load(AggregateKind.UNIT, unit.id()));
    assertThat(inTransaction).contains(Versioned.of(renamed, 1));
  }
}
