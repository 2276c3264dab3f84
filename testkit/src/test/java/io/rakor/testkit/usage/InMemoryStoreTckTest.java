// tag::glue[]
package io.rakor.testkit.usage;

import io.rakor.persistence.RakorStore;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.testkit.tck.RakorStoreTck;

/** The whole store contract, on the in-memory reference store. */
class InMemoryStoreTckTest extends RakorStoreTck {
  @Override
  protected RakorStore createStore() {
    return new InMemoryStore();
  }
}
// end::glue[]
