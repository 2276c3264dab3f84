package io.rakor.reports.html.internal;

import java.util.List;
import java.util.Map;

/**
 * The view models the templates read. Every text in them is plain text, escaped by the template;
 * numbers of the charts' geometry are written with a dot ({@link Svg#n}).
 */
public final class Views {
  private Views() {}

  /**
   * Rows of a table, and whether there are any (so that a template writes the table or says there
   * is nothing).
   *
   * @param <T> the type of a row
   * @param items the rows
   */
  public record Rows<T>(List<T> items) {
    /**
     * Whether there is a row.
     *
     * @return true if there is a row
     */
    public boolean any() {
      return !items.isEmpty();
    }
  }

  /** One health and how many commitments have it. */
  public record CountRow(String code, String label, String count, String share) {}

  /** A commitment as a report lists it. */
  public record CommitmentRow(
      String id,
      String action,
      String lead,
      String priority,
      String code,
      String health,
      String points,
      String daysLate,
      List<String> reasons) {}

  /** A unit or priority that is behind. */
  public record StandingRow(
      String rank,
      String name,
      String behind,
      String points,
      String code,
      String worst,
      List<CommitmentRow> commitments) {}

  /** One cycle of the trend table. */
  public record TrendRow(
      String cycle, String period, List<String> counts, String share, String change) {}

  /** A commitment whose health worsened or whose progress dropped. */
  public record ChangeRow(
      String id,
      String action,
      String previousCode,
      String previous,
      String code,
      String health,
      String progress) {}

  /** A commitment carried to the next meeting's agenda. */
  public record CarryRow(
      String position,
      String id,
      String action,
      String code,
      String health,
      String lead,
      String priority) {}

  /** A rule of health, named. */
  public record RuleRow(String code, String health, String rule) {}

  /** A column heading for each health. */
  public record HealthHead(String code, String label) {}

  /** The monitoring report of a cycle. */
  public record Monitoring(
      String lang,
      Map<String, Object> t,
      String title,
      String period,
      List<HealthHead> healths,
      List<CountRow> counts,
      String total,
      Rows<StandingRow> byUnit,
      Rows<StandingRow> byPriority,
      List<TrendRow> trend,
      boolean hasTrend,
      Rows<ChangeRow> changes,
      Rows<CommitmentRow> escalations,
      String carryTo,
      Rows<CarryRow> carried,
      List<RuleRow> rules) {}

  /** A labelled value of a header. */
  public record Field(String label, String value) {}

  /** A participant of a meeting. */
  public record AttendanceRow(
      String unit, String official, String role, String attendance, boolean attended) {}

  /** An item of the agenda. */
  public record AgendaRow(String position, String title, String priority, String presenter) {}

  /** An obstacle a unit reported. */
  public record ObstacleRow(String category, String description) {}

  /** What a unit reported at the meeting. */
  public record UnitReportView(
      String unit,
      String agendaItem,
      List<String> achievements,
      List<ObstacleRow> obstacles,
      List<String> plans) {}

  /** A decision. */
  public record DecisionRow(String number, String text, String agendaItem) {}

  /** A commitment of the follow-up plan (RTL). */
  public record RtlRow(
      String number,
      String id,
      String action,
      String lead,
      String supporters,
      String places,
      List<String> measures,
      String period,
      String budget,
      String status) {}

  /** The minutes of a meeting. */
  public record Minutes(
      String lang,
      Map<String, Object> t,
      String title,
      List<Field> header,
      Rows<AttendanceRow> attendance,
      String attended,
      Rows<AgendaRow> agenda,
      Rows<UnitReportView> reports,
      Rows<DecisionRow> decisions,
      Rows<RtlRow> rtl,
      Rows<String> notes,
      String chair) {}

  /** A segment of a stacked bar: one health of one priority. */
  public record Segment(
      String x,
      String width,
      String code,
      String health,
      String count,
      boolean labelled,
      String textX) {}

  /** A stacked bar: one priority. */
  public record StackedBar(
      String label, String labelY, String y, String height, String textY, List<Segment> segments) {}

  /** A row of a chart's data table. */
  public record TableRow(String label, List<String> cells) {}

  /** A tick of an axis. */
  public record Tick(String at, String label) {}

  /** A point of a line. */
  public record Point(String cx, String cy, String value, String cycle) {}

  /** A line: one priority over the cycles. */
  public record Series(
      String name, String colour, String dash, String points, List<Point> dots, String legendY) {}

  /** A bar of the units ranked by commitments behind. */
  public record Bar(
      String label,
      String labelY,
      String y,
      String height,
      String width,
      String value,
      String textX,
      String textY) {}

  /** A chart: its size, title, text alternative and data table. */
  public record Chart(
      String id,
      String width,
      String height,
      String title,
      String description,
      List<String> columns,
      List<TableRow> table,
      List<StackedBar> stacks,
      List<Series> lines,
      List<Tick> xTicks,
      List<Tick> yTicks,
      List<Bar> bars,
      String plotLeft,
      String plotRight,
      String plotBottom) {}

  /** The dashboard. */
  public record Dashboard(
      String lang,
      Map<String, Object> t,
      String title,
      String subtitle,
      List<HealthHead> healths,
      Chart health,
      Chart progress,
      Chart units,
      boolean anyBehind) {}
}
