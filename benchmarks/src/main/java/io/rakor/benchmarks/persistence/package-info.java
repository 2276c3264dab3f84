/** Benchmarks of the in-memory reference store, each against a baseline in the same run. */
package io.rakor.benchmarks.persistence;
