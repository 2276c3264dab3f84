/**
 * The monitoring report of a cycle, the minutes of a meeting (HTML with an A4 print stylesheet, and
 * Markdown) and a self-contained dashboard (HTML with inline SVG charts), in Indonesian or English.
 * Start at {@link io.rakor.reports.html.HtmlReports}; {@link io.rakor.reports.Names} gives the
 * names the reports show instead of ids. Every text given is escaped: the reports are rendered by
 * Mustache templates that cannot write a value unescaped.
 */
package io.rakor.reports.html;
