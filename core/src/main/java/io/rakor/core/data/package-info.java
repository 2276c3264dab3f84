/**
 * "One data" (<i>satu data</i>): observations of indicators from several producing units, and their
 * reconciliation into one accountable figure per indicator, jurisdiction and period.
 *
 * <p>An {@link io.rakor.core.data.Observation} is one source's value for an {@link
 * io.rakor.core.data.ObservationKey} (indicator, jurisdiction, period, and the part of the
 * population: the total unless disaggregated). A {@link io.rakor.core.data.DataReconciler} reads
 * observations as a stream sorted by key and reports, through a {@link
 * io.rakor.core.data.ReconciliationSink}: one {@link io.rakor.core.data.Reconciliation} per key
 * (keeping every source observation), each {@link io.rakor.core.data.Discrepancy} beyond the
 * indicator's {@link io.rakor.core.data.Tolerance}, each {@link io.rakor.core.data.Gap} in the
 * expected coverage, each whole's figure built from its parts ({@link io.rakor.core.data.RollUp}:
 * summed, or for rates weighted by denominators, across missing levels), each {@link
 * io.rakor.core.data.RollUpMismatch} where the parts do not add up to the whole, and each {@link
 * io.rakor.core.data.DisaggregationMismatch} where the parts of a population do not add up to its
 * total. The rules are a {@link io.rakor.core.data.ReconciliationConfig}, which names the data
 * steward of each level ({@link io.rakor.core.data.StewardAssignment}).
 */
@RakorStyle
package io.rakor.core.data;

import io.rakor.core.values.RakorStyle;
