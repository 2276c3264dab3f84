package io.rakor.reports.matrix.internal;

import io.rakor.core.monitoring.Health;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables as sheets of an XLSX workbook with Apache POI: a bold header on a grey fill, the
 * header row (and the table's first columns) frozen, a filter over the table, set column widths,
 * dates as dates, numbers and money as numbers with formats, and each health as its word on a
 * coloured cell. One writer per workbook; not thread-safe.
 */
public final class XlsxWriter {
  /** The most characters a cell holds. */
  public static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  /** The first day Excel's 1900 date system shows correctly. */
  private static final LocalDate FIRST_EXCEL_DATE = LocalDate.of(1900, 3, 1);

  /**
   * The fill of each health, from Okabe and Ito's colour-blind-safe palette, light enough for black
   * text; the word is always written too.
   */
  private static final Map<Health, String> FILLS =
      Map.of(
          Health.COMPLETED, "A6D5F7",
          Health.ON_TRACK, "9FE0C9",
          Health.AT_RISK, "FBE79D",
          Health.NOT_REPORTED, "D9D9D9",
          Health.OFF_TRACK, "F7C08A",
          Health.OVERDUE, "E9A3C9");

  /**
   * A text does not fit a cell: where it is (sheet, row, column header, in the export's language)
   * and its length, so that the caller writes the message in that language.
   */
  public static final class TextTooLongException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The sheet's name. */
    public final String sheet;

    /** The row, counted from 1. */
    public final int row;

    /** The column's header. */
    public final String column;

    /** The text's length. */
    public final int length;

    /** The most a cell holds. */
    public final int max;

    TextTooLongException(String sheet, int row, String column, int length, int max) {
      super(sheet + " " + row + " " + column + ": " + length + " > " + max);
      this.sheet = sheet;
      this.row = row;
      this.column = column;
      this.length = length;
      this.max = max;
    }
  }

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Map<String, CellStyle> styles = new HashMap<>();
  private final Set<String> sheetNames = new HashSet<>();
  private final String dateFormat;
  private final Function<Health, String> healthWords;
  private final XSSFFont bold;

  /**
   * A writer.
   *
   * @param dateFormat the Excel format of dates in the report's language
   * @param healthWords the word of each health in the report's language
   */
  public XlsxWriter(String dateFormat, Function<Health, String> healthWords) {
    this.dateFormat = dateFormat;
    this.healthWords = healthWords;
    this.bold = workbook.createFont();
    bold.setBold(true);
  }

  /**
   * Adds a table as a sheet.
   *
   * @param table the table
   */
  public void add(Table table) {
    Sheet sheet = workbook.createSheet(sheetName(table.name()));
    int columns = table.headers().size();
    Row header = sheet.createRow(0);
    for (int c = 0; c < columns; c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(table.headers().get(c));
      cell.setCellStyle(style("header", null));
      sheet.setColumnWidth(c, Math.min(255, table.widths().get(c)) * 256);
    }
    int r = 0;
    for (Object[] values : table.rows()) {
      r++;
      Row row = sheet.createRow(r);
      for (int c = 0; c < columns; c++) {
        if (values[c] != null) {
          write(row.createCell(c), table.kinds().get(c), values[c], table, r, c);
        }
      }
    }
    sheet.createFreezePane(table.frozenColumns(), 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, columns - 1));
  }

  /**
   * Writes the workbook.
   *
   * @param out where to
   * @throws IOException if writing fails
   */
  public void write(OutputStream out) throws IOException {
    try (workbook) {
      workbook.write(out);
    }
  }

  private String sheetName(String wanted) {
    String base = WorkbookUtil.createSafeSheetName(wanted);
    String name = base;
    for (int i = 2; !sheetNames.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
      String suffix = " (" + i + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }

  private void write(Cell cell, Kind kind, Object value, Table table, int row, int column) {
    switch (kind) {
      case INTEGER -> {
        cell.setCellValue(((Number) value).doubleValue());
        cell.setCellStyle(style("integer", null));
      }
      case DATE -> {
        LocalDate date = (LocalDate) value;
        if (date.isBefore(FIRST_EXCEL_DATE)) {
          cell.setCellValue(date.toString());
          cell.setCellStyle(style("code", null));
        } else {
          cell.setCellValue(date);
          cell.setCellStyle(style("date", null));
        }
      }
      case MONEY -> {
        BigDecimal amount = (BigDecimal) value;
        if (amount.precision() <= 15) {
          cell.setCellValue(amount.doubleValue());
          cell.setCellStyle(style("money", Math.max(0, amount.scale())));
        } else {
          cell.setCellValue(amount.toPlainString());
          cell.setCellStyle(style("code", null));
        }
      }
      case NUMBER -> {
        cell.setCellValue((Double) value);
        cell.setCellStyle(style("number", null));
      }
      case PERCENT -> {
        cell.setCellValue((Double) value / 100);
        cell.setCellStyle(style("percent", null));
      }
      case HEALTH -> {
        Health health = (Health) value;
        cell.setCellValue(xmlSafe(healthWords.apply(health)));
        cell.setCellStyle(style("health", health));
      }
      case TEXT, CODE, LINES, CHOICE -> {
        String text = (String) value;
        if (text.length() > MAX_CELL_TEXT) {
          throw new TextTooLongException(
              table.name(), row + 1, table.headers().get(column), text.length(), MAX_CELL_TEXT);
        }
        cell.setCellValue(xmlSafe(text));
        // A text that looks like a formula is marked as text (Excel's quote prefix), so that
        // editing the cell does not turn it into one; the value itself is unchanged.
        String name = kind == Kind.CODE || kind == Kind.CHOICE ? "code" : "text";
        cell.setCellStyle(style(name, Injection.needsGuard(text) ? "quoted" : null));
      }
      default -> throw new IllegalStateException("kind " + kind);
    }
  }

  /**
   * A text as a cell stores it: the characters XML 1.0 cannot hold (U+FFFE, U+FFFF) and carriage
   * returns (which XML turns into line feeds) are written as Office's escapes {@code _xHHHH_}, and
   * an underscore that starts such an escape in the text itself as {@code _x005F_}, so that POI,
   * Excel and LibreOffice read the text back unchanged.
   */
  static String xmlSafe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escape =
          c == '\r'
              || c == '\uFFFE'
              || c == '\uFFFF'
              || (c < 0x20 && c != '\t' && c != '\n')
              || (c == '_' && ESCAPE.matcher(text).region(i, text.length()).lookingAt());
      if (escape && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escape) {
        out.append(String.format(java.util.Locale.ROOT, "_x%04X_", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static final java.util.regex.Pattern ESCAPE =
      java.util.regex.Pattern.compile("_x[0-9A-Fa-f]{4}_");

  private CellStyle style(String name, Object variant) {
    return styles.computeIfAbsent(name + "/" + variant, k -> newStyle(name, variant));
  }

  private CellStyle newStyle(String name, Object variant) {
    XSSFCellStyle s = workbook.createCellStyle();
    s.setVerticalAlignment(VerticalAlignment.TOP);
    var formats = workbook.createDataFormat();
    switch (name) {
      case "header" -> {
        s.setFont(bold);
        s.setWrapText(true);
        s.setFillForegroundColor(rgb("E7E6E6"));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
      }
      case "integer" -> s.setDataFormat(formats.getFormat("0"));
      case "date" -> s.setDataFormat(formats.getFormat(dateFormat));
      case "money" -> {
        int decimals = (Integer) variant;
        s.setDataFormat(
            formats.getFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)));
      }
      case "number" -> s.setDataFormat(formats.getFormat("General"));
      case "percent" -> s.setDataFormat(formats.getFormat("0.0%"));
      case "health" -> {
        s.setFont(bold);
        s.setFillForegroundColor(rgb(FILLS.get((Health) variant)));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      }
      case "text" -> {
        s.setWrapText(true);
        s.setQuotePrefixed(variant != null);
      }
      case "code" -> {
        s.setDataFormat(formats.getFormat("@"));
        s.setQuotePrefixed(variant != null);
      }
      default -> throw new IllegalStateException("style " + name);
    }
    return s;
  }

  private static XSSFColor rgb(String hex) {
    byte[] bytes = new byte[3];
    for (int i = 0; i < 3; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return new XSSFColor(bytes, null);
  }
}
