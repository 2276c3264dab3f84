/**
 * Reports a planner opens, made from Rakor values and evaluations (never from a store): the
 * follow-up (RTL) matrix, the monitoring report of a cycle, the minutes of a meeting and a
 * dashboard, in Indonesian (the default) and English ({@link io.rakor.reports.ReportLanguage}).
 */
package io.rakor.reports;
