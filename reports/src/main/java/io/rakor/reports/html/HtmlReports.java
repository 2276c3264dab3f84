package io.rakor.reports.html;

import io.rakor.core.RakorValidationException;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.reports.Names;
import io.rakor.reports.ReportLanguage;
import io.rakor.reports.html.internal.DashboardView;
import io.rakor.reports.html.internal.MinutesView;
import io.rakor.reports.html.internal.MonitoringView;
import io.rakor.reports.html.internal.Templates;
import io.rakor.reports.html.internal.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The monitoring report of a cycle, the minutes of a meeting and the dashboard, as HTML (and the
 * first two as Markdown), in one language. Every HTML document is self-contained: its styles are
 * inline, its charts are inline SVG, and it refers to nothing on a network (no script, font, image
 * or style sheet is loaded). Every text taken from the values (titles, actions, names, reasons) is
 * escaped.
 *
 * <p>Made from values and evaluations, never from a store. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HtmlReports {
  private final Texts texts;
  private final Names names;

  private HtmlReports(ReportLanguage language, Names names) {
    this.texts = Texts.of(Objects.requireNonNull(language, "language"));
    this.names = Objects.requireNonNull(names, "names");
  }

  /**
   * Reports in a language, showing the given names instead of ids.
   *
   * @param language the language of every label, health, reason and date
   * @param names the names of units, priorities, officials, forums (and places and indicators)
   * @return the reports
   */
  public static HtmlReports of(ReportLanguage language, Names names) {
    return new HtmlReports(language, names);
  }

  /**
   * The language of these reports.
   *
   * @return the language
   */
  public ReportLanguage language() {
    return texts.language();
  }

  /**
   * The monitoring report of a cycle as HTML: counts by health, who is behind (lead units and
   * priorities, ranked, with the reasons and points behind of each commitment), the trend against
   * the previous cycles, the escalations and the agenda carried to the next meeting.
   *
   * @param evaluation the cycle's evaluation
   * @param previous evaluations of earlier cycles, in any order (empty for no trend)
   * @param nextMeeting the next meeting, if it is scheduled: the carried agenda continues its
   *     agenda, as {@code AgendaCarryOver.carryInto} does
   * @return the HTML document
   * @throws RakorValidationException if a previous evaluation is not of an earlier cycle
   */
  public String monitoringReport(
      CycleEvaluation evaluation, List<CycleEvaluation> previous, Optional<Meeting> nextMeeting) {
    return Templates.html(
        "monitoring.html.mustache",
        new MonitoringView(texts, names).of(evaluation, previous, nextMeeting));
  }

  /**
   * The monitoring report of a cycle as Markdown, with the same content as {@link
   * #monitoringReport}.
   *
   * @param evaluation the cycle's evaluation
   * @param previous evaluations of earlier cycles, in any order (empty for no trend)
   * @param nextMeeting the next meeting, if it is scheduled
   * @return the Markdown document
   * @throws RakorValidationException if a previous evaluation is not of an earlier cycle
   */
  public String monitoringReportMarkdown(
      CycleEvaluation evaluation, List<CycleEvaluation> previous, Optional<Meeting> nextMeeting) {
    return Templates.markdown(
        "monitoring.md.mustache",
        new MonitoringView(texts, names).of(evaluation, previous, nextMeeting));
  }

  /**
   * The minutes of a meeting as HTML, with a print style sheet for A4 paper: the header (kind, date
   * and time in the meeting's zone, place, chair, convener and convening forums, status), the
   * attendance, the agenda, each unit's achievements, obstacles and plans, the decisions and the
   * follow-up plan (RTL).
   *
   * @param meeting the meeting
   * @param commitments commitments; those agreed at this meeting (whose {@code originMeeting} is
   *     it) form the follow-up plan, in the order given, and the others are left out
   * @return the HTML document
   */
  public String minutes(Meeting meeting, List<Commitment> commitments) {
    return Templates.html(
        "minutes.html.mustache", new MinutesView(texts, names).of(meeting, commitments));
  }

  /**
   * The minutes of a meeting as Markdown, with the same content as {@link #minutes}.
   *
   * @param meeting the meeting
   * @param commitments commitments; those agreed at this meeting form the follow-up plan
   * @return the Markdown document
   */
  public String minutesMarkdown(Meeting meeting, List<Commitment> commitments) {
    return Templates.markdown(
        "minutes.md.mustache", new MinutesView(texts, names).of(meeting, commitments));
  }

  /**
   * The dashboard of a cycle as one self-contained HTML file: the health of the commitments by
   * priority (stacked bars), the mean progress of each priority over the cycles (lines) and the
   * lead units ranked by commitments behind (bars). Each chart is inline SVG with a text
   * alternative and its data as a table beside it.
   *
   * <p>The progress of a priority in a cycle is the mean of {@code
   * CycleEvaluation.rolledUpProgress} over its evaluated commitments that have no parent in the
   * portfolio (a parent counts its children's weighted progress, so no work counts twice); a cycle
   * in which none of them reported has no point.
   *
   * @param evaluation the cycle's evaluation
   * @param previous evaluations of earlier cycles, in any order, for the progress lines
   * @return the HTML document
   * @throws RakorValidationException if a previous evaluation is not of an earlier cycle
   */
  public String dashboard(CycleEvaluation evaluation, List<CycleEvaluation> previous) {
    return Templates.html(
        "dashboard.html.mustache",
        new DashboardView(texts, names).of(MonitoringView.history(evaluation, previous)));
  }
}
