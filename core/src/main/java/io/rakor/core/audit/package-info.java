/**
 * The tamper-evident audit trail.
 *
 * <p>Every accepted command produces {@link io.rakor.core.workflow.DomainEvent}s: who did what,
 * when, and the before and after that matter. {@link io.rakor.core.audit.HashChain} links events
 * into {@link io.rakor.core.audit.LogEntry}s, each carrying the hash of the one before over the
 * event's canonical JSON form, and {@link io.rakor.core.audit.ChainVerifier} finds the first entry
 * that was altered, removed or reordered. Nothing here stores anything: a store keeps the entries,
 * this package makes and checks them.
 */
@RakorStyle
package io.rakor.core.audit;

import io.rakor.core.values.RakorStyle;
