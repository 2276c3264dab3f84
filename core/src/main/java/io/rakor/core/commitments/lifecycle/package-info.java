/**
 * The commitment lifecycle: the commands that drive a {@link io.rakor.core.commitments.Commitment}
 * from proposed to completed, cancelled or superseded, and the table of legal transitions.
 *
 * <p>It sits above both {@code commitments} and {@code monitoring}, because reporting progress (a
 * {@link io.rakor.core.monitoring.ProgressReport}) is one of its commands.
 */
@RakorStyle
package io.rakor.core.commitments.lifecycle;

import io.rakor.core.values.RakorStyle;
