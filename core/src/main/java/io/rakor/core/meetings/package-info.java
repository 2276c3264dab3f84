/**
 * Coordination meetings (<i>rapat koordinasi</i>): who convenes and chairs them, who takes part,
 * the ordered agenda, what units report (achievements, obstacles, plans), the decisions and the
 * minutes.
 */
@RakorStyle
package io.rakor.core.meetings;

import io.rakor.core.values.RakorStyle;
