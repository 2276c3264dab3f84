package io.rakor.reports.matrix.internal;

import java.util.List;

/**
 * One sheet to write: its name, its columns and its rows of cell values (see {@link Kind} for the
 * value of each kind).
 *
 * @param name the sheet's name
 * @param headers the column headers
 * @param kinds what each column holds
 * @param widths each column's width, in characters
 * @param frozenColumns how many columns stay in view when scrolling sideways
 * @param rows the rows, each with one value (or null) per column
 */
public record Table(
    String name,
    List<String> headers,
    List<Kind> kinds,
    List<Integer> widths,
    int frozenColumns,
    List<Object[]> rows) {}
