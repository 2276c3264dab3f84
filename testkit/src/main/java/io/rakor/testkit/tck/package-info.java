/**
 * The contract test kit (TCK) for {@link io.rakor.persistence.RakorStore}: extend {@link
 * io.rakor.testkit.tck.RakorStoreTck}, return a fresh store, and JUnit 5 checks every numbered rule
 * of the contract, comparing query results with the in-memory reference store. Modelled on the
 * Reactive Streams TCK.
 */
@RakorStyle
package io.rakor.testkit.tck;

import io.rakor.core.values.RakorStyle;
