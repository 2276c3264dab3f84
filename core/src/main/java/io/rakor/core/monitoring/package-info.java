/**
 * Periodic monitoring (<i>monitoring dan evaluasi berkala</i>): plans, their half-open cycles and
 * the progress reports units submit for each commitment in each cycle.
 */
@RakorStyle
package io.rakor.core.monitoring;

import io.rakor.core.values.RakorStyle;
