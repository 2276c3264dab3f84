/**
 * Property-based fixtures for Rakor: QuickTheories generators for every core type ({@link
 * io.rakor.testkit.RakorGen}), whole consistent scenarios ({@link io.rakor.testkit.Scenario}),
 * seeded data sets for examples and benchmarks ({@link io.rakor.testkit.Fixtures}, {@link
 * io.rakor.testkit.NationalScenario}), and invalid inputs that break one invariant at a time
 * ({@link io.rakor.testkit.Invalid}). See {@code docs/testkit.md} for how a test suite uses them.
 */
@RakorStyle
package io.rakor.testkit;

import io.rakor.core.values.RakorStyle;
