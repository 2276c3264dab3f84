/**
 * Property-based fixtures for Rakor: QuickTheories generators for every core type ({@link
 * io.rakor.testkit.RakorGen}), whole consistent scenarios ({@link io.rakor.testkit.Scenario}), and
 * seeded data sets for examples and benchmarks ({@link io.rakor.testkit.Fixtures}).
 */
@RakorStyle
package io.rakor.testkit;

import io.rakor.core.internal.RakorStyle;
