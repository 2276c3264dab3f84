/**
 * Benchmarks of the JDBC store on an embedded PostgreSQL: bulk saving through the store against raw
 * JDBC batch inserts into the same table shape, and the commitment queries at about a million
 * commitments against a raw primary-key lookup. Results are written up in {@code
 * docs/performance.md}.
 */
package io.rakor.benchmarks.jdbc;
