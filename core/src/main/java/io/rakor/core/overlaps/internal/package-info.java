/**
 * The candidate index behind {@link io.rakor.core.overlaps.OverlapFinder}. Not API: it may change
 * without notice.
 */
@RakorStyle
package io.rakor.core.overlaps.internal;

import io.rakor.core.values.RakorStyle;
