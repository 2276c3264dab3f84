/** Development priorities (<i>isu prioritas</i>) and the open catalogue of areas they address. */
@RakorStyle
package io.rakor.core.priorities;

import io.rakor.core.internal.RakorStyle;
