package io.rakor.reports.matrix.internal;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.Directory;
import io.rakor.core.units.UnitId;
import io.rakor.reports.internal.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The sheets of a matrix as tables of values, in one language. */
public final class MatrixRows {
  private final List<Commitment> commitments;
  private final Directory directory;
  private final Map<IndicatorId, Indicator> indicators;
  private final List<CycleEvaluation> evaluations;
  private final Messages texts;
  private final Messages common;

  /**
   * The rows of a matrix.
   *
   * @param commitments the commitments, one row each
   * @param directory the names of units and priorities
   * @param indicators the indicators, by id
   * @param evaluations the evaluations, oldest first
   * @param texts the bundle {@code matrix}
   * @param common the bundle {@code common}
   */
  public MatrixRows(
      List<Commitment> commitments,
      Directory directory,
      Map<IndicatorId, Indicator> indicators,
      List<CycleEvaluation> evaluations,
      Messages texts,
      Messages common) {
    this.commitments = commitments;
    this.directory = directory;
    this.indicators = indicators;
    this.evaluations = evaluations;
    this.texts = texts;
    this.common = common;
  }

  /** The matrix sheet: every column, one row per commitment. */
  public Table matrix() {
    return table(List.of(MatrixColumn.values()), 2, false);
  }

  /** The matrix as Markdown shows it: the columns a person reads, milestones in words. */
  public Table markdown() {
    List<MatrixColumn> columns = new ArrayList<>();
    for (MatrixColumn c : MatrixColumn.values()) {
      if (c.inMarkdown()) {
        columns.add(c);
      }
    }
    return table(columns, 0, true);
  }

  private Table table(List<MatrixColumn> columns, int frozen, boolean forPeople) {
    Optional<CycleEvaluation> latest =
        evaluations.isEmpty()
            ? Optional.empty()
            : Optional.of(evaluations.get(evaluations.size() - 1));
    List<Object[]> rows = new ArrayList<>();
    int number = 0;
    for (Commitment c : commitments) {
      number++;
      Optional<CommitmentAssessment> a = latest.flatMap(e -> e.assessment(c.id()));
      Object[] row = new Object[columns.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = value(columns.get(i), c, number, a, forPeople);
      }
      rows.add(row);
    }
    return new Table(
        texts.text("sheet.matrix"),
        columns.stream().map(col -> texts.text(col.headerKey())).toList(),
        columns.stream().map(MatrixColumn::kind).toList(),
        columns.stream().map(MatrixColumn::width).toList(),
        frozen,
        rows);
  }

  private Object value(
      MatrixColumn column,
      Commitment c,
      int number,
      Optional<CommitmentAssessment> a,
      boolean forPeople) {
    return switch (column) {
      case NUMBER -> number;
      case ID -> c.id().value();
      case MEETING -> c.originMeeting().value();
      case AGENDA -> c.agendaPosition().orElse(null);
      case PRIORITY -> c.priority().value();
      case PRIORITY_NAME -> directory.name(c.priority());
      case AREA -> c.area().code();
      case ACTION -> c.action();
      case LEAD -> c.lead().value();
      case LEAD_NAME -> directory.name(c.lead());
      case SUPPORTERS -> emptyToNull(lines(c.supporters().stream().map(UnitId::value).toList()));
      case SUPPORTER_NAMES ->
          emptyToNull(
              c.supporters().stream()
                  .map(u -> directory.name(u))
                  .collect(Collectors.joining("\n")));
      case PLACES -> lines(c.scope().stream().map(Object::toString).toList());
      case INDICATORS -> emptyToNull(indicators(c));
      case TARGETS -> emptyToNull(targets(c.targets()));
      case MILESTONES ->
          emptyToNull(forPeople ? milestonesInWords(c.milestones()) : milestones(c.milestones()));
      case START -> c.start();
      case DUE -> c.due();
      case BUDGET -> total(c.fundingLines());
      case CURRENCY -> Optional.ofNullable(currency(c)).map(Currency::getCurrencyCode).orElse(null);
      case FUNDING ->
          emptyToNull(forPeople ? fundingInWords(c.fundingLines()) : funding(c.fundingLines()));
      case STATUS -> common.text(c.status());
      case STATUS_REASON -> c.statusReason().orElse(null);
      case SUCCESSOR -> c.successor().map(Object::toString).orElse(null);
      case PARENT -> c.parent().map(Object::toString).orElse(null);
      case WEIGHT -> c.weight();
      case HEALTH -> a.map(CommitmentAssessment::health).orElse(null);
      case REASON -> a.map(x -> Reasons.of(x, common)).orElse(null);
      case PROGRESS -> a.map(x -> percent(x.reportedPercent())).orElse(null);
    };
  }

  private static String emptyToNull(String text) {
    return text.isEmpty() ? null : text;
  }

  private static Double percent(OptionalDouble p) {
    return p.isPresent() ? p.getAsDouble() : null;
  }

  private static String lines(List<String> codes) {
    return String.join("\n", codes);
  }

  /** A number written so that reading it gives the same double, without an exponent. */
  public static String exact(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String targets(List<Target> targets) {
    List<String[]> entries = new ArrayList<>();
    for (Target t : targets) {
      entries.add(new String[] {t.indicator().value(), exact(t.value()), t.by().toString()});
    }
    return entries.isEmpty() ? "" : Lines.write(entries);
  }

  /**
   * The one currency of a commitment's funding lines, or null if it has none or several: the
   * currency of the budget column's total.
   *
   * @param c the commitment
   * @return the currency, or null
   */
  public static Currency currency(Commitment c) {
    Currency currency = null;
    for (FundingLine line : c.fundingLines()) {
      if (currency != null && !currency.equals(line.currency())) {
        return null;
      }
      currency = line.currency();
    }
    return currency;
  }

  /** The total allocation of the lines if they share one currency, else null. */
  private static BigDecimal total(List<FundingLine> lines) {
    if (lines.isEmpty() || lines.stream().map(FundingLine::currency).distinct().count() > 1) {
      return null;
    }
    return lines.stream().map(FundingLine::allocation).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The funding lines as the import reads them: source (in the language's words), fiscal year,
   * allocation, currency, budget code, funder, label, separated by {@code |}.
   */
  private String funding(List<FundingLine> lines) {
    List<String[]> entries = new ArrayList<>();
    for (FundingLine f : lines) {
      entries.add(
          new String[] {
            common.text(f.source()),
            Integer.toString(f.fiscalYear()),
            f.allocation().toPlainString(),
            f.currency().getCurrencyCode(),
            f.code().map(Object::toString).orElse(""),
            f.funder().map(Object::toString).orElse(""),
            f.label().orElse("")
          });
    }
    return entries.isEmpty() ? "" : Lines.write(entries);
  }

  private String fundingInWords(List<FundingLine> lines) {
    return lines.stream()
        .map(
            f ->
                common.text(f.source())
                    + " "
                    + f.fiscalYear()
                    + ": "
                    + common.money(f.allocation(), f.currency())
                    + f.code().map(code -> " (" + code + ")").orElse("")
                    + f.label().map(l -> ", " + l).orElse(""))
        .collect(Collectors.joining("\n"));
  }

  private static String milestones(List<Milestone> milestones) {
    List<String[]> entries = new ArrayList<>();
    for (Milestone m : milestones) {
      entries.add(
          new String[] {
            m.id().value(),
            m.due().toString(),
            m.description(),
            m.start().map(LocalDate::toString).orElse(""),
            m.place().map(Object::toString).orElse(""),
            m.responsible().map(Object::toString).orElse("")
          });
    }
    return entries.isEmpty() ? "" : Lines.write(entries);
  }

  private String milestonesInWords(List<Milestone> milestones) {
    return milestones.stream()
        .map(m -> common.date(m.due()) + ": " + m.description())
        .collect(Collectors.joining("\n"));
  }

  private String indicators(Commitment c) {
    List<String> out = new ArrayList<>();
    for (Target t : c.targets()) {
      Indicator indicator = indicators.get(t.indicator());
      out.add(
          texts.text(
              "indicator.line",
              indicator == null ? t.indicator().value() : indicator.name(),
              common.number(t.value()),
              indicator == null ? "" : indicator.unitOfMeasure(),
              common.date(t.by())));
    }
    return String.join("\n", out);
  }

  /** One monitoring sheet per evaluation. */
  public List<Table> monitoring() {
    List<Table> out = new ArrayList<>();
    for (CycleEvaluation e : evaluations) {
      List<Object[]> rows = new ArrayList<>();
      for (CommitmentAssessment a : e.assessments()) {
        rows.add(
            new Object[] {
              a.commitment().value(),
              a.action(),
              directory.name(a.lead()),
              a.health(),
              a.expectedPercent(),
              percent(a.reportedPercent()),
              percent(a.pointsBehind()),
              Reasons.of(a, common)
            });
      }
      out.add(
          new Table(
              texts.text("sheet.monitoring", e.cycle().id().value()),
              headers(
                  "id",
                  "action",
                  "leadName",
                  "health",
                  "expected",
                  "reported",
                  "pointsBehind",
                  "reason"),
              List.of(
                  Kind.CODE,
                  Kind.TEXT,
                  Kind.TEXT,
                  Kind.HEALTH,
                  Kind.PERCENT,
                  Kind.PERCENT,
                  Kind.NUMBER,
                  Kind.TEXT),
              List.of(16, 48, 24, 16, 12, 12, 10, 60),
              1,
              rows));
    }
    return out;
  }

  /** The escalations of every cycle, worst first within each cycle. */
  public Table escalations() {
    List<Object[]> rows = new ArrayList<>();
    for (CycleEvaluation e : evaluations) {
      for (CommitmentAssessment a : e.escalations()) {
        rows.add(
            new Object[] {
              e.cycle().id().value(),
              a.commitment().value(),
              a.action(),
              directory.name(a.lead()),
              a.health(),
              (int) a.daysLate(),
              Reasons.of(a, common)
            });
      }
    }
    return new Table(
        texts.text("sheet.escalations"),
        headers("cycle", "id", "action", "leadName", "health", "daysLate", "reason"),
        List.of(Kind.CODE, Kind.CODE, Kind.TEXT, Kind.TEXT, Kind.HEALTH, Kind.INTEGER, Kind.TEXT),
        List.of(14, 16, 48, 24, 16, 10, 60),
        2,
        rows);
  }

  private List<String> headers(String... keys) {
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      out.add(texts.text("column." + key));
    }
    return out;
  }
}
