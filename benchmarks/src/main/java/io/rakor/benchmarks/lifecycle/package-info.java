/**
 * The lifecycle of commitments through Rakor's coordination service (on the H2 file store, the
 * in-memory store and PostgreSQL) against the same steps as a BPMN process of user tasks in an
 * embedded Flowable engine, the process-engine peer of issue 16. Results are written up in {@code
 * docs/performance.md}.
 */
package io.rakor.benchmarks.lifecycle;
