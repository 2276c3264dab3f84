package io.rakor.reports.html.internal;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.HealthSummary;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.Standing;
import io.rakor.core.priorities.PriorityId;
import io.rakor.reports.Names;
import io.rakor.reports.html.internal.Views.Bar;
import io.rakor.reports.html.internal.Views.Chart;
import io.rakor.reports.html.internal.Views.Point;
import io.rakor.reports.html.internal.Views.Segment;
import io.rakor.reports.html.internal.Views.Series;
import io.rakor.reports.html.internal.Views.StackedBar;
import io.rakor.reports.html.internal.Views.TableRow;
import io.rakor.reports.html.internal.Views.Tick;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the dashboard: the charts' geometry (in SVG user units, from the data), their text
 * alternatives and their data tables.
 */
public final class DashboardView {
  /** Width of every chart in SVG user units; charts scale to the page, so a phone sees it whole. */
  private static final double WIDTH = 400;

  /** Colour-blind-safe colours (Okabe and Ito) for the lines, with a dash pattern each. */
  private static final String[] COLOURS = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"
  };

  private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4", "3 6"};

  private final Texts t;
  private final Names names;

  /**
   * A builder of dashboards.
   *
   * @param texts the language's texts
   * @param names the names to show
   */
  public DashboardView(Texts texts, Names names) {
    this.t = texts;
    this.names = names;
  }

  /**
   * The dashboard of a cycle and the cycles before it.
   *
   * @param history the evaluations, oldest first, the current one last
   * @return the view
   */
  public Views.Dashboard of(List<CycleEvaluation> history) {
    CycleEvaluation current = history.get(history.size() - 1);
    List<Standing> behind = current.whoIsBehind(names.directory()).byUnit();
    return new Views.Dashboard(
        t.locale().getLanguage(),
        t.labels(),
        t.text("dashboard.title"),
        t.text(
            "dashboard.subtitle",
            current.cycle().id().value(),
            t.date(current.cycle().periodStart()),
            t.date(current.cycle().periodEnd().minusDays(1))),
        MonitoringView.heads(t),
        healthByPriority(current),
        progress(history),
        unitsBehind(behind),
        !behind.isEmpty());
  }

  private Chart healthByPriority(CycleEvaluation current) {
    Map<PriorityId, HealthSummary> byPriority = current.byPriority();
    int max = byPriority.values().stream().mapToInt(HealthSummary::total).max().orElse(1);
    double plot = WIDTH - 4;
    List<StackedBar> stacks = new ArrayList<>();
    List<TableRow> table = new ArrayList<>();
    List<String> described = new ArrayList<>();
    double y = 0;
    for (Map.Entry<PriorityId, HealthSummary> e : byPriority.entrySet()) {
      String name = names.priority(e.getKey());
      HealthSummary s = e.getValue();
      List<Segment> segments = new ArrayList<>();
      List<String> parts = new ArrayList<>();
      double x = 2;
      for (Health h : Health.values()) {
        int count = s.count(h);
        if (count == 0) {
          continue;
        }
        double w = plot * count / max;
        segments.add(
            new Segment(
                Svg.n(x),
                Svg.n(w),
                h.name(),
                t.name(h),
                Integer.toString(count),
                w >= 14,
                Svg.n(x + w / 2)));
        parts.add(t.text("dashboard.count", Integer.toString(count), t.name(h)));
        x += w;
      }
      stacks.add(new StackedBar(name, Svg.n(y + 14), Svg.n(y + 20), "20", Svg.n(y + 34), segments));
      table.add(
          new TableRow(
              name,
              Stream.concat(
                      Stream.of(Health.values()).map(h -> Integer.toString(s.count(h))),
                      Stream.of(Integer.toString(s.total())))
                  .toList()));
      described.add(t.text("dashboard.item", name, String.join(", ", parts)));
      y += 48;
    }
    List<String> columns = new ArrayList<>();
    columns.add(t.text("commitment.priority"));
    Stream.of(Health.values()).forEach(h -> columns.add(t.name(h)));
    columns.add(t.text("monitoring.counts.total"));
    return new Chart(
        "health",
        Svg.n(WIDTH),
        Svg.n(Math.max(y, 24)),
        t.text("dashboard.health.title"),
        t.text(
            "dashboard.health.desc",
            described.isEmpty() ? t.text("dashboard.nothing") : String.join("; ", described)),
        columns,
        table,
        stacks,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "0",
        "0",
        "0");
  }

  /**
   * The mean progress of a priority in a cycle: the mean of {@code rolledUpProgress} over its
   * evaluated commitments that have no parent in the portfolio (a parent counts its children's
   * weighted progress, so no work counts twice); empty when none of them reported.
   */
  static OptionalDouble meanProgress(CycleEvaluation e, PriorityId priority) {
    Portfolio p = e.portfolio();
    return p.commitments().stream()
        .filter(c -> c.priority().equals(priority))
        .filter(c -> c.parent().isEmpty() || p.indexOf(c.parent().get()).isEmpty())
        .filter(c -> e.health(c.id()).isPresent())
        .map(Commitment::id)
        .map(e::rolledUpProgress)
        .filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble)
        .average();
  }

  private Chart progress(List<CycleEvaluation> history) {
    SortedSet<PriorityId> priorities = new TreeSet<>();
    for (CycleEvaluation e : history) {
      e.portfolio().commitments().forEach(c -> priorities.add(c.priority()));
    }
    double left = 40;
    double right = WIDTH - 8;
    double top = 8;
    double bottom = 188;
    int n = history.size();
    List<Tick> xTicks = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      xTicks.add(new Tick(Svg.n(x(k, n, left, right)), cycleLabel(history.get(k))));
    }
    List<Tick> yTicks = new ArrayList<>();
    for (int v = 0; v <= 100; v += 25) {
      yTicks.add(new Tick(Svg.n(bottom - (bottom - top) * v / 100), t.percent(v)));
    }
    List<Series> lines = new ArrayList<>();
    List<TableRow> table = new ArrayList<>();
    List<String> described = new ArrayList<>();
    int index = 0;
    double legendY = bottom + 40;
    for (PriorityId priority : priorities) {
      String name = names.priority(priority);
      List<Point> dots = new ArrayList<>();
      List<String> cells = new ArrayList<>();
      List<String> parts = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        CycleEvaluation e = history.get(k);
        OptionalDouble mean = meanProgress(e, priority);
        if (mean.isPresent()) {
          double v = mean.getAsDouble();
          dots.add(
              new Point(
                  Svg.n(x(k, n, left, right)),
                  Svg.n(bottom - (bottom - top) * v / 100),
                  t.percent(v),
                  cycleLabel(e)));
          cells.add(t.percent(v));
          parts.add(t.text("dashboard.progress.point", cycleLabel(e), t.percent(v)));
        } else {
          cells.add("–");
        }
      }
      String points =
          dots.stream().map(d -> d.cx() + "," + d.cy()).collect(Collectors.joining(" "));
      lines.add(
          new Series(
              name,
              COLOURS[index % COLOURS.length],
              DASHES[index % DASHES.length],
              points,
              dots,
              Svg.n(legendY)));
      table.add(new TableRow(name, cells));
      described.add(
          t.text(
              "dashboard.item",
              name,
              parts.isEmpty() ? t.text("dashboard.progress.none") : String.join(", ", parts)));
      index++;
      legendY += 18;
    }
    List<String> columns = new ArrayList<>();
    columns.add(t.text("commitment.priority"));
    history.forEach(e -> columns.add(cycleLabel(e)));
    return new Chart(
        "progress",
        Svg.n(WIDTH),
        Svg.n(legendY),
        t.text("dashboard.progress.title"),
        t.text(
            "dashboard.progress.desc",
            described.isEmpty() ? t.text("dashboard.nothing") : String.join("; ", described)),
        columns,
        table,
        List.of(),
        lines,
        xTicks,
        yTicks,
        List.of(),
        Svg.n(left),
        Svg.n(right),
        Svg.n(bottom));
  }

  /** A cycle as the chart names it: the month and year its period starts in. */
  private String cycleLabel(CycleEvaluation e) {
    return t.monthYear(e.cycle().periodStart());
  }

  private static double x(int k, int n, double left, double right) {
    double inset = 30;
    return n == 1 ? (left + right) / 2 : left + inset + (right - left - 2 * inset) * k / (n - 1);
  }

  private Chart unitsBehind(List<Standing> standings) {
    int max = standings.stream().mapToInt(Standing::behind).max().orElse(1);
    double plot = WIDTH - 60;
    List<Bar> bars = new ArrayList<>();
    List<TableRow> table = new ArrayList<>();
    List<String> described = new ArrayList<>();
    double y = 0;
    int rank = 0;
    for (Standing s : standings) {
      double w = plot * s.behind() / max;
      String value =
          t.text(
              "monitoring.behind.ofEvaluated",
              Integer.toString(s.behind()),
              Integer.toString(s.evaluated()));
      bars.add(
          new Bar(
              s.name(),
              Svg.n(y + 14),
              Svg.n(y + 20),
              "20",
              Svg.n(w),
              value,
              Svg.n(w + 6),
              Svg.n(y + 34)));
      table.add(
          new TableRow(
              s.name(),
              List.of(
                  Integer.toString(++rank),
                  Integer.toString(s.behind()),
                  Integer.toString(s.evaluated()),
                  t.number(s.pointsBehind()),
                  t.name(s.worst()))));
      described.add(t.text("dashboard.units.item", s.name(), value));
      y += 48;
    }
    return new Chart(
        "units",
        Svg.n(WIDTH),
        Svg.n(Math.max(y, 24)),
        t.text("dashboard.units.title"),
        t.text(
            "dashboard.units.desc",
            described.isEmpty() ? t.text("monitoring.behind.none") : String.join("; ", described)),
        List.of(
            t.text("commitment.lead"),
            t.text("monitoring.behind.rank"),
            t.text("monitoring.behind.behind"),
            t.text("dashboard.units.evaluated"),
            t.text("commitment.points"),
            t.text("monitoring.behind.worst")),
        table,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        bars,
        "0",
        "0",
        "0");
  }
}
