/**
 * The follow-up matrix (<i>matriks rencana tindak lanjut</i>, RTL): one row per commitment, written
 * as XLSX, CSV and Markdown by {@link io.rakor.reports.matrix.MatrixExport}, and read back from
 * XLSX or CSV into validated commitments by {@link io.rakor.reports.matrix.MatrixImport}, which
 * treats every file as untrusted ({@link io.rakor.reports.matrix.ImportLimits}). Takes values and
 * evaluations, never a store: an import returns commitments or a list of errors and writes nothing.
 * See {@code docs/reports.md}.
 */
package io.rakor.reports.matrix;
