package io.rakor.testkit.tck;

import io.rakor.persistence.RakorStore;
import io.rakor.persistence.memory.InMemoryStore;

// tag::glue[]
class InMemoryStoreTckTest extends RakorStoreTck {
  @Override
  protected RakorStore createStore() {
    return new InMemoryStore();
  }
}
// end::glue[]
