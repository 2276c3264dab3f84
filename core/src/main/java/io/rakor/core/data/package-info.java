/**
 * "One data" (<i>satu data</i>): observations of indicators from several producing units, and their
 * reconciliation into one accountable figure per indicator, jurisdiction and period.
 *
 * <p>An {@link io.rakor.core.data.Observation} is one source's value for an {@link
 * io.rakor.core.data.ObservationKey} (indicator, jurisdiction, period). A {@link
 * io.rakor.core.data.DataReconciler} reads observations as a stream sorted by key and reports,
 * through a {@link io.rakor.core.data.ReconciliationSink}: one {@link
 * io.rakor.core.data.Reconciliation} per key (keeping every source observation), each {@link
 * io.rakor.core.data.Discrepancy} beyond the indicator's {@link io.rakor.core.data.Tolerance}, each
 * {@link io.rakor.core.data.Gap} in the expected coverage and each {@link
 * io.rakor.core.data.RollUpMismatch} where the parts of an additive indicator do not sum to the
 * whole. The rules are a {@link io.rakor.core.data.ReconciliationConfig}.
 */
@RakorStyle
package io.rakor.core.data;

import io.rakor.core.values.RakorStyle;
