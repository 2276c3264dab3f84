package io.rakor.reports.matrix.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the matrix sheet of an untrusted XLSX workbook into a {@link Grid}. Before Apache POI sees
 * the bytes, the archive is unzipped once into nothing, counting what it expands to: a file that
 * expands beyond the limit or more than {@link #MAX_EXPANSION_RATIO} times its size is refused as a
 * compressed-size bomb (POI's own inflate-ratio check stays on as well). Formulas are never
 * evaluated: a formula cell is read as a {@link Raw.Formula}, which the matrix refuses.
 */
public final class XlsxReader {
  /** The largest expansion of the archive accepted: 100 times its size. */
  public static final int MAX_EXPANSION_RATIO = 100;

  private static final int MAX_ENTRIES = 10_000;
  private static final int HEADER_SEARCH_ROWS = 10;

  private XlsxReader() {}

  /**
   * Reads the sheet named as one of {@code sheetNames}, or else the first sheet.
   *
   * @param bytes the file
   * @param sheetNames the names the matrix sheet may have
   * @param maxExpandedBytes the most bytes the archive's parts may expand to
   * @param maxRows the most data rows
   * @param errors where errors go
   * @param file how errors name the file
   * @return the sheet's cells, or null if the file was refused (the error is added)
   */
  public static Grid read(
      byte[] bytes,
      Set<String> sheetNames,
      long maxExpandedBytes,
      int maxRows,
      Errors errors,
      String file) {
    String bomb = expansionProblem(bytes, maxExpandedBytes, errors);
    if (bomb != null) {
      errors.file(file, bomb);
      return null;
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Sheet s : workbook) {
        if (sheetNames.contains(s.getSheetName().strip().toLowerCase(java.util.Locale.ROOT))) {
          sheet = s;
          break;
        }
      }
      if (sheet.getLastRowNum() > maxRows + HEADER_SEARCH_ROWS) {
        errors.add(
            sheet.getSheetName(),
            sheet.getLastRowNum() + 1,
            "",
            "",
            errors.rule("tooManyRows", String.valueOf(maxRows)));
        return null;
      }
      List<int[]> merged = new ArrayList<>();
      for (CellRangeAddress range : sheet.getMergedRegions()) {
        merged.add(
            new int[] {
              range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn()
            });
      }
      List<Grid.Row> rows = new ArrayList<>();
      for (Row row : sheet) {
        Raw[] cells = new Raw[Math.max(0, row.getLastCellNum())];
        boolean any = false;
        for (Cell cell : row) {
          Raw raw = raw(cell);
          cells[cell.getColumnIndex()] = raw;
          any |= raw != null;
        }
        if (any) {
          rows.add(new Grid.Row(row.getRowNum() + 1, cells));
        }
      }
      return new Grid(sheet.getSheetName(), rows, merged);
    } catch (IOException | RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      errors.file(
          file,
          message.contains("Zip bomb")
              ? errors.rule("bomb", "", String.valueOf(bytes.length))
              : errors.rule("notXlsx", e.getClass().getSimpleName() + ": " + firstLine(message)));
      return null;
    }
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** Unzips into nothing, counting; the rule broken, or null if the archive is within limits. */
  private static String expansionProblem(byte[] bytes, long maxExpandedBytes, Errors errors) {
    long most = Math.min(maxExpandedBytes, (long) bytes.length * MAX_EXPANSION_RATIO);
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          return errors.rule("bomb", MAX_ENTRIES + " parts", String.valueOf(bytes.length));
        }
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          total += n;
          if (total > most) {
            return errors.rule("bomb", most + " bytes", String.valueOf(bytes.length));
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return errors.rule("notXlsx", firstLine(String.valueOf(e.getMessage())));
    }
    return null;
  }

  private static Raw raw(Cell cell) {
    return switch (cell.getCellType()) {
      case STRING -> {
        String text = cell.getStringCellValue();
        yield text.isEmpty() ? null : new Raw.Text(text);
      }
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? new Raw.Date(cell.getLocalDateTimeCellValue())
              : new Raw.Number(
                  cell.getNumericCellValue(), decimals(cell.getCellStyle().getDataFormatString()));
      case FORMULA -> new Raw.Formula(cell.getCellFormula());
      case BOOLEAN -> new Raw.Other(String.valueOf(cell.getBooleanCellValue()));
      case ERROR -> new Raw.Other("#ERROR");
      default -> null;
    };
  }

  /** The decimals a number format shows: the zeros after its first decimal point. */
  static int decimals(String format) {
    if (format == null) {
      return 0;
    }
    int end = format.indexOf(';');
    String positive = end < 0 ? format : format.substring(0, end);
    int point = positive.indexOf('.');
    int n = 0;
    for (int i = point + 1; point >= 0 && i < positive.length() && positive.charAt(i) == '0'; i++) {
      n++;
    }
    return n;
  }
}
