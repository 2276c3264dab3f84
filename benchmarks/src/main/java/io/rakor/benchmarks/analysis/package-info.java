/**
 * Benchmarks of the cross-sector analyses: overlap detection against the all-pairs baseline and as
 * a doubling series, and reconciliation throughput. See {@code docs/performance.md}.
 */
package io.rakor.benchmarks.analysis;
