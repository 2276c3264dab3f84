/** Helpers for {@link io.rakor.core.data}. Not API: they may change without notice. */
@RakorStyle
package io.rakor.core.data.internal;

import io.rakor.core.values.RakorStyle;
