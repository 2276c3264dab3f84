/**
 * The HTML and Markdown reports' internals: templates, view models, chart geometry and the texts of
 * reasons in each language. Not part of the API; may change in any release.
 */
package io.rakor.reports.html.internal;
