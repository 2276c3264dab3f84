/**
 * Benchmarks of the monitoring evaluation at national scale, each against a plain-array baseline
 * measured in the same run.
 */
package io.rakor.benchmarks.monitoring;
