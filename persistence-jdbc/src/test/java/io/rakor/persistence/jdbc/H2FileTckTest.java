package io.rakor.persistence.jdbc;

import io.rakor.persistence.RakorStore;
import io.rakor.testkit.tck.RakorStoreTck;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

// tag::glue[]
/** The whole store contract, on H2 in file mode: the embedded default. */
class H2FileTckTest extends RakorStoreTck {
  private static final AtomicInteger NEXT = new AtomicInteger();

  @TempDir Path dir;

  @Override
  protected RakorStore createStore() {
    return JdbcStore.h2File(dir.resolve("rakor-" + NEXT.incrementAndGet()));
  }
}
// end::glue[]
