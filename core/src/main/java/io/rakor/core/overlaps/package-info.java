/**
 * Overlap detection (<i>tumpang tindih</i>): commitments of different lead units that address the
 * same priority area in intersecting places over overlapping time windows.
 *
 * <p>Start with {@link io.rakor.core.overlaps.OverlapFinder}: it indexes a portfolio by area,
 * jurisdiction hierarchy and time, so it never compares all pairs, and returns an {@link
 * io.rakor.core.overlaps.OverlapReport} of explained, ranked {@link io.rakor.core.overlaps.Overlap}
 * pairs and their {@link io.rakor.core.overlaps.OverlapCluster}s. The rules (what counts as the
 * same area, which statuses are ignored, how many pairs to keep) are an {@link
 * io.rakor.core.overlaps.OverlapRules} value.
 */
@RakorStyle
package io.rakor.core.overlaps;

import io.rakor.core.values.RakorStyle;
