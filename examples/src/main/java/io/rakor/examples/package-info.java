/**
 * Runnable examples: the cross-sector coordination meeting of Kabupaten Lampung Utara, 12 January
 * 2026. Not published; read them as documentation.
 */
package io.rakor.examples;
