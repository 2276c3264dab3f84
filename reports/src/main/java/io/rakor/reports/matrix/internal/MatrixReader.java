package io.rakor.reports.matrix.internal;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import io.rakor.core.commitments.BudgetCode;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.reports.ReportLanguage;
import io.rakor.reports.internal.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the rows of a matrix sheet into commitments: finds the header (in either language, in the
 * first ten rows), refuses merged cells and formulas, reads each imported column by its {@link
 * Kind}, builds each commitment (whose checks name the column broken), and collects every error.
 * One reader per import; not thread-safe.
 */
public final class MatrixReader {
  private static final int HEADER_SEARCH_ROWS = 10;
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,34}(\\.\\d{1,34})?");
  private static final Pattern DOUBLE =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

  private final Errors errors;
  private final Map<String, MatrixColumn> headers = new HashMap<>();
  private final Map<String, CommitmentStatus> statuses;
  private final Map<String, FundingSource> sources;

  private String sheet;
  private int rowNumber;
  private Map<MatrixColumn, Integer> index;
  private Map<MatrixColumn, String> labels;
  private boolean rowFailed;
  private final Set<MatrixColumn> failedColumns = EnumSet.noneOf(MatrixColumn.class);

  /**
   * A reader.
   *
   * @param errors where errors go
   */
  public MatrixReader(Errors errors) {
    this.errors = errors;
    Map<String, CommitmentStatus> s = new HashMap<>();
    Map<String, FundingSource> f = new HashMap<>();
    for (ReportLanguage language : ReportLanguage.values()) {
      Messages texts = Messages.of("matrix", language);
      Messages common = Messages.of("common", language);
      for (MatrixColumn c : MatrixColumn.values()) {
        headers.put(normalHeader(texts.text(c.headerKey())), c);
      }
      choices(CommitmentStatus.values(), common, s);
      choices(FundingSource.values(), common, f);
    }
    this.statuses = s;
    this.sources = f;
  }

  private static <E extends Enum<E>> void choices(E[] values, Messages common, Map<String, E> out) {
    for (E e : values) {
      out.put(normal(common.text(e)), e);
      out.put(normal(e.name()), e);
    }
  }

  /** The names the matrix sheet has, in every language, lower case. */
  public static Set<String> sheetNames() {
    return Stream.of(ReportLanguage.values())
        .map(l -> normal(Messages.of("matrix", l).text("sheet.matrix")))
        .collect(Collectors.toSet());
  }

  private static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A header without the explanation in brackets: {@code Targets (indicator|value|by)}. */
  private static String normalHeader(String text) {
    int bracket = text.indexOf('(');
    return normal(bracket > 0 ? text.substring(0, bracket) : text);
  }

  /**
   * Reads the commitments of a sheet.
   *
   * @param grid the sheet
   * @param maxRows the most data rows
   * @return the commitments of the valid rows (the caller discards them if there is any error)
   */
  public List<Commitment> read(Grid grid, int maxRows) {
    this.sheet = grid.sheet();
    List<Grid.Row> rows = grid.rows();
    int header = findHeader(rows);
    if (header < 0) {
      return List.of();
    }
    int headerRow = rows.get(header).number() - 1;
    for (int[] m : grid.merged()) {
      if (m[1] >= headerRow) {
        String range = new CellRangeAddress(m[0], m[1], m[2], m[3]).formatAsString();
        errors.add(sheet, m[0] + 1, label(m[2]), "", errors.rule("merged", range));
      }
    }
    if (errors.any()) {
      return List.of();
    }
    List<Commitment> out = new ArrayList<>();
    Map<CommitmentId, Integer> seen = new HashMap<>();
    if (rows.size() - header - 1 > maxRows) {
      errors.add(
          sheet,
          rows.get(header + maxRows + 1).number(),
          "",
          "",
          errors.rule("tooManyRows", String.valueOf(maxRows)));
      return List.of();
    }
    for (Grid.Row row : rows.subList(header + 1, rows.size())) {
      rowNumber = row.number();
      rowFailed = false;
      failedColumns.clear();
      Commitment c = commitment(row);
      if (c != null) {
        Integer earlier = seen.putIfAbsent(c.id(), rowNumber);
        if (earlier != null) {
          fail(MatrixColumn.ID, c.id().value(), errors.rule("duplicate", String.valueOf(earlier)));
        } else {
          out.add(c);
        }
      }
    }
    return out;
  }

  private int findHeader(List<Grid.Row> rows) {
    int searched = Math.min(HEADER_SEARCH_ROWS, rows.size());
    for (int r = 0; r < searched; r++) {
      Grid.Row row = rows.get(r);
      Map<MatrixColumn, Integer> found = new EnumMap<>(MatrixColumn.class);
      Map<MatrixColumn, String> names = new EnumMap<>(MatrixColumn.class);
      for (int c = 0; c < row.cells().length; c++) {
        Raw cell = row.cell(c);
        MatrixColumn column =
            cell instanceof Raw.Text t ? headers.get(normalHeader(t.text())) : null;
        if (column != null) {
          if (found.containsKey(column)) {
            errors.add(
                sheet,
                row.number(),
                Errors.column(cell.shown(), c),
                cell.shown(),
                errors.rule("duplicateColumn", cell.shown()));
          }
          found.put(column, c);
          names.put(column, Errors.column(cell.shown(), c));
        }
      }
      if (found.containsKey(MatrixColumn.ID)) {
        index = found;
        labels = names;
        for (MatrixColumn required : MatrixColumn.values()) {
          if (required.required() && !found.containsKey(required)) {
            errors.add(sheet, row.number(), "", "", errors.rule("missingColumn", header(required)));
          }
        }
        return errors.any() ? -1 : r;
      }
    }
    errors.file(
        sheet,
        errors.rule("noHeader", String.valueOf(HEADER_SEARCH_ROWS), header(MatrixColumn.ID)));
    return -1;
  }

  private String header(MatrixColumn column) {
    return errors.text(column.headerKey());
  }

  private String label(int column) {
    if (index != null) {
      for (Map.Entry<MatrixColumn, Integer> e : index.entrySet()) {
        if (e.getValue() == column) {
          return labels.get(e.getKey());
        }
      }
    }
    return Errors.column("", column);
  }

  private Commitment commitment(Grid.Row row) {
    Map<MatrixColumn, Raw> cells = new LinkedHashMap<>();
    for (Map.Entry<MatrixColumn, Integer> e : index.entrySet()) {
      if (e.getKey().imported()) {
        Raw raw = row.cell(e.getValue());
        if (raw instanceof Raw.Text t && t.text().isBlank()) {
          raw = null;
        }
        if (raw instanceof Raw.Formula) {
          fail(e.getKey(), raw.shown(), errors.rule("formula"));
        } else if (raw != null) {
          cells.put(e.getKey(), raw);
        }
      }
    }
    Commitment.Builder b = Commitment.builder();
    code(cells, MatrixColumn.ID, CommitmentId::of).ifPresent(b::id);
    code(cells, MatrixColumn.MEETING, MeetingId::of).ifPresent(b::originMeeting);
    integer(cells, MatrixColumn.AGENDA).ifPresent(b::agendaPosition);
    code(cells, MatrixColumn.PRIORITY, PriorityId::of).ifPresent(b::priority);
    code(cells, MatrixColumn.AREA, PriorityArea::of).ifPresent(b::area);
    text(cells, MatrixColumn.ACTION).ifPresent(b::action);
    code(cells, MatrixColumn.LEAD, UnitId::of).ifPresent(b::lead);
    b.supporters(codes(cells, MatrixColumn.SUPPORTERS, UnitId::of));
    b.scope(codes(cells, MatrixColumn.PLACES, JurisdictionCode::of));
    b.targets(targets(cells));
    b.milestones(milestones(cells));
    date(cells, MatrixColumn.START).ifPresent(b::start);
    date(cells, MatrixColumn.DUE).ifPresent(b::due);
    b.fundingLines(fundingLines(cells));
    choice(cells, MatrixColumn.STATUS, statuses).ifPresent(b::status);
    text(cells, MatrixColumn.STATUS_REASON).ifPresent(b::statusReason);
    code(cells, MatrixColumn.SUCCESSOR, CommitmentId::of).ifPresent(b::successor);
    code(cells, MatrixColumn.PARENT, CommitmentId::of).ifPresent(b::parent);
    number(cells, MatrixColumn.WEIGHT).ifPresent(b::weight);
    for (MatrixColumn c : MatrixColumn.values()) {
      if (c.required() && !cells.containsKey(c) && !failedColumns.contains(c)) {
        fail(c, "", errors.rule("required"));
      }
    }
    if (rowFailed) {
      return null;
    }
    try {
      return b.build();
    } catch (RakorValidationException e) {
      for (Violation v : e.violations()) {
        fail(
            columnOf(v.field()),
            v.value(),
            errors.rule("domain", v.type(), v.field() + " " + v.rule()));
      }
      return null;
    }
  }

  private static MatrixColumn columnOf(String field) {
    String root = field.split("[\\[.]", 2)[0];
    return switch (root) {
      case "id" -> MatrixColumn.ID;
      case "originMeeting" -> MatrixColumn.MEETING;
      case "agendaPosition" -> MatrixColumn.AGENDA;
      case "priority" -> MatrixColumn.PRIORITY;
      case "area" -> MatrixColumn.AREA;
      case "lead" -> MatrixColumn.LEAD;
      case "supporters" -> MatrixColumn.SUPPORTERS;
      case "scope" -> MatrixColumn.PLACES;
      case "targets" -> MatrixColumn.TARGETS;
      case "milestones" -> MatrixColumn.MILESTONES;
      case "start" -> MatrixColumn.START;
      case "due" -> MatrixColumn.DUE;
      case "fundingLines" -> MatrixColumn.FUNDING;
      case "status" -> MatrixColumn.STATUS;
      case "statusReason" -> MatrixColumn.STATUS_REASON;
      case "successor" -> MatrixColumn.SUCCESSOR;
      case "parent" -> MatrixColumn.PARENT;
      case "weight" -> MatrixColumn.WEIGHT;
      default -> MatrixColumn.ACTION;
    };
  }

  private void fail(MatrixColumn column, String value, String rule) {
    rowFailed = true;
    failedColumns.add(column);
    Integer at = index.get(column);
    errors.add(sheet, rowNumber, at == null ? header(column) : labels.get(column), value, rule);
  }

  private void domainFail(MatrixColumn column, String value, RakorValidationException e) {
    Violation v = e.violations().isEmpty() ? null : e.violations().get(0);
    fail(
        column,
        value,
        v == null
            ? errors.rule("domain", "", e.getMessage())
            : errors.rule("domain", v.type(), v.rule()));
  }

  // ------------------------------------------------------------------ cells by kind

  private Optional<String> text(Map<MatrixColumn, Raw> cells, MatrixColumn column) {
    Raw raw = cells.get(column);
    if (raw == null) {
      return Optional.empty();
    }
    if (raw instanceof Raw.Text t) {
      return Optional.of(t.text());
    }
    if (raw instanceof Raw.Number && column.kind() == Kind.TEXT) {
      return Optional.of(raw.shown());
    }
    fail(column, raw.shown(), errors.rule("numberAsText"));
    return Optional.empty();
  }

  private <T> Optional<T> code(
      Map<MatrixColumn, Raw> cells, MatrixColumn column, Function<String, T> parse) {
    Raw raw = cells.get(column);
    String text;
    if (raw instanceof Raw.Number n
        && n.value() == Math.rint(n.value())
        && Math.abs(n.value()) < 1e15) {
      text = String.valueOf((long) n.value());
    } else {
      Optional<String> t = text(cells, column);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      text = t.get().strip();
    }
    try {
      return Optional.of(parse.apply(text));
    } catch (RakorValidationException e) {
      domainFail(column, text, e);
      return Optional.empty();
    }
  }

  private <T> List<T> codes(
      Map<MatrixColumn, Raw> cells, MatrixColumn column, Function<String, T> parse) {
    List<T> out = new ArrayList<>();
    Optional<String> text = text(cells, column);
    if (text.isPresent()) {
      for (String code : Lines.codes(text.get())) {
        try {
          out.add(parse.apply(code));
        } catch (RakorValidationException e) {
          domainFail(column, code, e);
        }
      }
    }
    return out;
  }

  private Optional<Integer> integer(Map<MatrixColumn, Raw> cells, MatrixColumn column) {
    Raw raw = cells.get(column);
    if (raw == null) {
      return Optional.empty();
    }
    if (raw instanceof Raw.Number n
        && n.value() == Math.rint(n.value())
        && Math.abs(n.value()) <= Integer.MAX_VALUE) {
      return Optional.of((int) n.value());
    }
    if (raw instanceof Raw.Text t && INTEGER.matcher(t.text().strip()).matches()) {
      return Optional.of(Integer.parseInt(t.text().strip()));
    }
    fail(column, raw.shown(), errors.rule("integer"));
    return Optional.empty();
  }

  private Optional<Double> number(Map<MatrixColumn, Raw> cells, MatrixColumn column) {
    Raw raw = cells.get(column);
    if (raw == null) {
      return Optional.empty();
    }
    if (raw instanceof Raw.Number n) {
      return Optional.of(n.value());
    }
    if (raw instanceof Raw.Text t && DOUBLE.matcher(t.text().strip()).matches()) {
      return Optional.of(Double.parseDouble(t.text().strip()));
    }
    fail(column, raw.shown(), errors.rule("number"));
    return Optional.empty();
  }

  private Optional<LocalDate> date(Map<MatrixColumn, Raw> cells, MatrixColumn column) {
    Raw raw = cells.get(column);
    if (raw == null) {
      return Optional.empty();
    }
    if (raw instanceof Raw.Date d) {
      if (!d.value().toLocalTime().equals(LocalTime.MIDNIGHT)) {
        fail(column, raw.shown(), errors.rule("dateTime"));
        return Optional.empty();
      }
      return Optional.of(d.value().toLocalDate());
    }
    if (raw instanceof Raw.Text t) {
      Optional<LocalDate> date = isoDate(t.text().strip());
      if (date.isPresent()) {
        return date;
      }
    }
    fail(column, raw.shown(), errors.rule("date"));
    return Optional.empty();
  }

  private static Optional<LocalDate> isoDate(String text) {
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private <E> Optional<E> choice(
      Map<MatrixColumn, Raw> cells, MatrixColumn column, Map<String, E> choices) {
    Optional<String> text = text(cells, column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    E value = choices.get(normal(text.get()));
    if (value == null) {
      fail(
          column,
          text.get(),
          errors.rule(
              "enum",
              choices.values().stream()
                  .distinct()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.joining(", "))));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private List<FundingLine> fundingLines(Map<MatrixColumn, Raw> cells) {
    List<FundingLine> out = new ArrayList<>();
    List<List<String>> entries = entries(cells, MatrixColumn.FUNDING);
    for (int i = 0; i < entries.size(); i++) {
      List<String> f = entries.get(i);
      String line = String.join("|", f);
      if (f.size() < 4 || f.size() > 7) {
        lineFail(MatrixColumn.FUNDING, i, line, errors.rule("fields", "4", "7"));
        continue;
      }
      FundingSource source = sources.get(normal(f.get(0)));
      String year = f.get(1).strip();
      String amount = f.get(2).strip();
      Currency currency = currency(f.get(3).strip());
      if (source == null) {
        lineFail(
            MatrixColumn.FUNDING,
            i,
            line,
            errors.rule(
                "enum",
                sources.values().stream()
                    .distinct()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(", "))));
      } else if (!INTEGER.matcher(year).matches()) {
        lineFail(MatrixColumn.FUNDING, i, line, errors.rule("integer"));
      } else if (!DECIMAL.matcher(amount).matches()) {
        lineFail(MatrixColumn.FUNDING, i, line, errors.rule("money"));
      } else if (currency == null) {
        lineFail(MatrixColumn.FUNDING, i, line, errors.rule("currency"));
      } else {
        try {
          FundingLine.Builder b =
              FundingLine.builder()
                  .source(source)
                  .fiscalYear(Integer.parseInt(year))
                  .allocation(new BigDecimal(amount))
                  .currency(currency);
          if (f.size() > 4 && !f.get(4).isBlank()) {
            b.code(BudgetCode.of(f.get(4).strip()));
          }
          if (f.size() > 5 && !f.get(5).isBlank()) {
            b.funder(UnitId.of(f.get(5).strip()));
          }
          if (f.size() > 6 && !f.get(6).isEmpty()) {
            b.label(f.get(6));
          }
          out.add(b.build());
        } catch (RakorValidationException e) {
          domainFail(MatrixColumn.FUNDING, line, e);
        }
      }
    }
    return out;
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private List<List<String>> entries(Map<MatrixColumn, Raw> cells, MatrixColumn column) {
    Optional<String> text = text(cells, column);
    if (text.isEmpty()) {
      return List.of();
    }
    try {
      return Lines.read(text.get());
    } catch (IOException e) {
      fail(column, text.get(), errors.rule("csv", e.getMessage().lines().findFirst().orElse("")));
      return List.of();
    }
  }

  private List<Target> targets(Map<MatrixColumn, Raw> cells) {
    List<Target> out = new ArrayList<>();
    List<List<String>> entries = entries(cells, MatrixColumn.TARGETS);
    for (int i = 0; i < entries.size(); i++) {
      List<String> f = entries.get(i);
      String line = String.join("|", f);
      if (f.size() != 3) {
        lineFail(MatrixColumn.TARGETS, i, line, errors.rule("fields", "3", "3"));
        continue;
      }
      Optional<LocalDate> by = isoDate(f.get(2).strip());
      if (!DOUBLE.matcher(f.get(1).strip()).matches()) {
        lineFail(MatrixColumn.TARGETS, i, line, errors.rule("number"));
      } else if (by.isEmpty()) {
        lineFail(MatrixColumn.TARGETS, i, line, errors.rule("date"));
      } else {
        try {
          out.add(
              Target.of(
                  IndicatorId.of(f.get(0).strip()),
                  Double.parseDouble(f.get(1).strip()),
                  by.get()));
        } catch (RakorValidationException e) {
          domainFail(MatrixColumn.TARGETS, line, e);
        }
      }
    }
    return out;
  }

  private List<Milestone> milestones(Map<MatrixColumn, Raw> cells) {
    List<Milestone> out = new ArrayList<>();
    List<List<String>> entries = entries(cells, MatrixColumn.MILESTONES);
    for (int i = 0; i < entries.size(); i++) {
      List<String> f = entries.get(i);
      String line = String.join("|", f);
      if (f.size() < 3 || f.size() > 6) {
        lineFail(MatrixColumn.MILESTONES, i, line, errors.rule("fields", "3", "6"));
        continue;
      }
      Optional<LocalDate> due = isoDate(f.get(1).strip());
      String start = f.size() > 3 ? f.get(3).strip() : "";
      Optional<LocalDate> from = start.isEmpty() ? Optional.empty() : isoDate(start);
      if (due.isEmpty() || (!start.isEmpty() && from.isEmpty())) {
        lineFail(MatrixColumn.MILESTONES, i, line, errors.rule("date"));
        continue;
      }
      try {
        Milestone.Builder m =
            Milestone.builder()
                .id(MilestoneId.of(f.get(0).strip()))
                .due(due.get())
                .description(f.get(2));
        from.ifPresent(m::start);
        if (f.size() > 4 && !f.get(4).isBlank()) {
          m.place(JurisdictionCode.of(f.get(4).strip()));
        }
        if (f.size() > 5 && !f.get(5).isBlank()) {
          m.responsible(UnitId.of(f.get(5).strip()));
        }
        out.add(m.build());
      } catch (RakorValidationException e) {
        domainFail(MatrixColumn.MILESTONES, line, e);
      }
    }
    return out;
  }

  private void lineFail(MatrixColumn column, int line, String value, String rule) {
    fail(column, value, errors.rule("line", String.valueOf(line + 1), rule));
  }
}
