/**
 * Development priority areas (<i>isu prioritas</i>): the open catalogue of areas that priorities,
 * commitments and programmes address, and the identifier of a priority. The {@link
 * io.rakor.core.meetings.Priority} itself, set and discussed at meetings, lives with the meetings.
 */
@RakorStyle
package io.rakor.core.priorities;

import io.rakor.core.values.RakorStyle;
