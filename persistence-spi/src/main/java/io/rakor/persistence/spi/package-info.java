/**
 * For store implementers: the {@link io.rakor.persistence.spi.StoreProvider} that {@link
 * java.util.ServiceLoader} discovers, and the {@link io.rakor.persistence.SpiVersion} a store
 * declares. The contract itself is {@link io.rakor.persistence.RakorStore}.
 */
@RakorStyle
package io.rakor.persistence.spi;

import io.rakor.core.values.RakorStyle;
