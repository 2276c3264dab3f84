/**
 * Agenda material for the next coordination meeting, drawn from the cross-sector analyses: which
 * overlaps to resolve, which figures to reconcile, ranked.
 *
 * <p>Feed an {@link io.rakor.core.findings.AgendaBuilder} with an {@link
 * io.rakor.core.overlaps.OverlapReport} and with reconciliation results (a {@link
 * io.rakor.core.data.ReconciliationReport}, or a stream through its bounded {@link
 * io.rakor.core.findings.AgendaBuilder#dataSink() sink}), and take the ranked {@link
 * io.rakor.core.findings.AgendaMaterial}.
 */
@RakorStyle
package io.rakor.core.findings;

import io.rakor.core.values.RakorStyle;
