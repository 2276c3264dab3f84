package io.rakor.persistence.jdbc;

import io.rakor.persistence.RakorStore;
import io.rakor.testkit.tck.RakorStoreTck;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The whole store contract, on PostgreSQL (embedded, started once per test JVM). */
class PostgresTckTest extends RakorStoreTck {
  private final Map<RakorStore, String> databases = new ConcurrentHashMap<>();

  @Override
  protected RakorStore createStore() {
    String url = TestDatabases.freshMigratedPostgresDatabase("tck");
    JdbcStore store = JdbcStore.open(url, "postgres", "", threads() + 1);
    databases.put(store, url);
    return store;
  }

  @Override
  protected void releaseStore(RakorStore store) {
    store.close();
    String url = databases.remove(store);
    if (url != null) {
      TestDatabases.dropPostgresDatabase(url);
    }
  }
}
