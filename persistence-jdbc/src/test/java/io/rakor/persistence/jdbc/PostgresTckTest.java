package io.rakor.persistence.jdbc;

import io.rakor.persistence.RakorStore;
import io.rakor.testkit.tck.RakorStoreTck;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole store contract, on PostgreSQL (embedded, started once per test JVM). */
class PostgresTckTest extends RakorStoreTck {
  @RegisterExtension
  final RakorDatabaseExtension postgres = RakorDatabaseExtension.postgres().withMigratedSchema();

  private final Map<RakorStore, RakorDatabaseExtension.Database> databases =
      new ConcurrentHashMap<>();

  @Override
  protected RakorStore createStore() {
    RakorDatabaseExtension.Database database = postgres.openDatabase();
    JdbcStore store = JdbcStore.postgres(database.newDataSource(threads() + 1));
    databases.put(store, database);
    return store;
  }

  @Override
  protected void releaseStore(RakorStore store) {
    store.close();
    RakorDatabaseExtension.Database database = databases.remove(store);
    if (database != null) {
      database.close();
    }
  }
}
