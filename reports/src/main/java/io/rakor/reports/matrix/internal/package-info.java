/** The matrix's internals: columns, cell encodings, readers and writers. Not part of the API. */
package io.rakor.reports.matrix.internal;
