/**
 * Benchmarks on the JDBC store and on SQL: bulk saving through the store against raw JDBC batch
 * inserts and the commitment queries, on an embedded PostgreSQL (at about a million commitments)
 * and on the H2 file store; reconciliation streamed from PostgreSQL through the observation query;
 * and the SQL peer of the overlap finder. Results are written up in {@code docs/performance.md}.
 */
package io.rakor.benchmarks.jdbc;
