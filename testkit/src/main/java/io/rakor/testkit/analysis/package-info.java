/**
 * Test data for the cross-sector analyses: QuickTheories generators of small, overlap-prone
 * portfolios and conflicting observations ({@link io.rakor.testkit.analysis.AnalysisGen}), and
 * seeded national-scale data for benchmarks ({@link io.rakor.testkit.analysis.NationalData}).
 */
@RakorStyle
package io.rakor.testkit.analysis;

import io.rakor.core.values.RakorStyle;
