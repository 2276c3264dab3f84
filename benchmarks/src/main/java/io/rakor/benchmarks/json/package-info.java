/**
 * JSON benchmarks: Rakor's JSON documents against a hand-written Jackson streaming codec of the
 * same data, measured in the same run. Not API. Results and how to reproduce them are in {@code
 * docs/performance.md}.
 */
package io.rakor.benchmarks.json;
