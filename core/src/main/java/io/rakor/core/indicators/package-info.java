/**
 * Indicators (<i>indikator</i>): what is measured, in which unit, which way is better, from what
 * baseline to what targets, and whose figure is authoritative.
 */
@RakorStyle
package io.rakor.core.indicators;

import io.rakor.core.values.RakorStyle;
