/**
 * Rakor's JSON format: one entry point, {@link io.rakor.core.json.RakorJson}, for reading and
 * writing every Rakor type.
 */
@RakorStyle
package io.rakor.core.json;

import io.rakor.core.values.RakorStyle;
