/**
 * Whether a store is whole: {@link io.rakor.persistence.integrity.StoreVerifier} reads any {@link
 * io.rakor.persistence.RakorStore} through its contract and checks the hash chain of its event log
 * and that the log explains every stored aggregate's version ({@link
 * io.rakor.persistence.integrity.LogCoverage}), reporting each mismatch by kind and id in a {@link
 * io.rakor.persistence.integrity.StoreVerification}. A store found damaged when it is opened throws
 * {@link io.rakor.persistence.integrity.DamagedStoreException}. See {@code
 * docs/persistence-spi.md}, "Verifying a store".
 *
 * @since 0.1
 */
@RakorStyle
package io.rakor.persistence.integrity;

import io.rakor.core.values.RakorStyle;
