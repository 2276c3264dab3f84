/**
 * The persistence contract: {@link io.rakor.persistence.RakorStore} (every rule numbered), the
 * {@link io.rakor.persistence.Transaction} it runs, the {@link io.rakor.persistence.AggregateKind}s
 * it keeps, {@link io.rakor.persistence.Versioned} values for optimistic concurrency, the queries
 * with keyset {@link io.rakor.persistence.Page}s, the exceptions, and {@link
 * io.rakor.persistence.spi.Stores} to open a store by URL. Nothing here mentions {@code java.sql}.
 */
@RakorStyle
package io.rakor.persistence;

import io.rakor.core.values.RakorStyle;
