/**
 * Administrative areas (<i>wilayah</i>) and their hierarchical codes.
 *
 * <p>A {@link io.rakor.core.jurisdictions.Jurisdiction} is identified by a {@link
 * io.rakor.core.jurisdictions.JurisdictionCode}; the code knows its ancestors, so "a district sees
 * its villages" is a prefix question on the code, not a lookup.
 */
@RakorStyle
package io.rakor.core.jurisdictions;

import io.rakor.core.values.RakorStyle;
