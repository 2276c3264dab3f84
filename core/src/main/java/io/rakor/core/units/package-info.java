/**
 * Who does the work: responsible units (agencies, sub-district offices, village governments,
 * cooperatives, police, military, ...), forums that group them (<i>Forkopimda</i>, task forces),
 * and the officials who hold positions in them.
 */
@RakorStyle
package io.rakor.core.units;

import io.rakor.core.values.RakorStyle;
