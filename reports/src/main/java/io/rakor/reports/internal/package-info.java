/** The reports' internals: message bundles, locale formats. Not part of the API. */
package io.rakor.reports.internal;
