/**
 * Commitments (<i>rencana tindak lanjut</i>): the measurable follow-up actions a meeting agrees,
 * with their targets, milestones, funding lines and owners.
 */
@RakorStyle
package io.rakor.core.commitments;

import io.rakor.core.values.RakorStyle;
