/**
 * Domain events and the tamper-evident audit trail.
 *
 * <p>Every accepted command produces {@link io.rakor.core.events.DomainEvent}s: who did what, when,
 * and the before and after that matter. {@link io.rakor.core.events.HashChain} links events into
 * {@link io.rakor.core.events.LogEntry}s, each carrying the hash of the one before, and {@link
 * io.rakor.core.events.ChainVerifier} finds the first entry that was altered, removed or reordered.
 * Nothing here stores anything: a store keeps the entries, this package makes and checks them.
 */
@RakorStyle
package io.rakor.core.events;

import io.rakor.core.internal.RakorStyle;
