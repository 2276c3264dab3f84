/**
 * The in-memory reference store: {@link io.rakor.persistence.memory.InMemoryStore}, thread-safe,
 * the embedded default for tests and small deployments and the oracle of the contract test kit; and
 * its {@link io.rakor.persistence.memory.MemoryStoreProvider} for {@code memory:} URLs.
 */
@RakorStyle
package io.rakor.persistence.memory;

import io.rakor.core.values.RakorStyle;
