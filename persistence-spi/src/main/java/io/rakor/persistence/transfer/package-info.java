/**
 * Back up, restore and move whole stores: {@link io.rakor.persistence.transfer.StoreTransfer}
 * exports any {@link io.rakor.persistence.RakorStore} to one versioned JSON Lines file, checks and
 * imports such a file into an empty store of any kind, and copies one store into another, all in
 * bounded memory and re-verifying the hash chain. See {@code docs/persistence-spi.md}, "Backing up,
 * restoring and moving a store".
 *
 * @since 0.1
 */
@RakorStyle
package io.rakor.persistence.transfer;

import io.rakor.core.values.RakorStyle;
