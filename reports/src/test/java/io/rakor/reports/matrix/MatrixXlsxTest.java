package io.rakor.reports.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.Health;
import io.rakor.reports.ReportLanguage;
import io.rakor.testkit.Scenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX read back with Apache POI, the library that wrote it, and checked cell by cell. */
class MatrixXlsxTest {
  private final Scenario scenario = Matrices.scenario();
  private final RtlMatrix matrix = Matrices.of(scenario);

  private XSSFWorkbook workbook(ReportLanguage language) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(Matrices.xlsx(matrix, language)));
  }

  @Test
  void theScenarioHasWhatTheChecksNeed() {
    assertThat(matrix.commitments()).hasSizeGreaterThan(3);
    assertThat(matrix.evaluations()).isNotEmpty();
    assertThat(matrix.commitments()).anyMatch(c -> !c.fundingLines().isEmpty());
    assertThat(matrix.latest().orElseThrow().assessments()).isNotEmpty();
  }

  @Test
  void sheetsAreTheMatrixEachCyclesMonitoringAndTheEscalations() throws IOException {
    try (XSSFWorkbook wb = workbook(ReportLanguage.INDONESIAN)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      List<String> expected = new ArrayList<>();
      expected.add("Matriks RTL");
      for (CycleEvaluation e : matrix.evaluations()) {
        expected.add(
            org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(
                "Monitoring " + e.cycle().id().value()));
      }
      expected.add("Eskalasi");
      assertThat(names).hasSize(expected.size());
      // Cycle ids may be cut to 31 characters and made unique; each starts as expected.
      for (int i = 0; i < names.size(); i++) {
        String want = expected.get(i);
        assertThat(names.get(i)).startsWith(want.substring(0, Math.min(want.length(), 25)));
      }
    }
  }

  @Test
  void theHeaderIsBoldFrozenAndFilteredWithSetWidths() throws IOException {
    try (XSSFWorkbook wb = workbook(ReportLanguage.ENGLISH)) {
      XSSFSheet sheet = wb.getSheetAt(0);
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("No.");
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Commitment ID");
      assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Action");
      XSSFCellStyle style = (XSSFCellStyle) header.getCell(1).getCellStyle();
      assertThat(style.getFont().getBold()).isTrue();
      assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);

      PaneInformation pane = sheet.getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
      assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 2);

      int lastColumn = header.getLastCellNum() - 1;
      String lastLetter = org.apache.poi.ss.util.CellReference.convertNumToColString(lastColumn);
      assertThat(filter(wb, 0))
          .isEqualTo("$A$1:$" + lastLetter + "$" + (matrix.commitments().size() + 1));
      assertThat(sheet.getColumnWidth(7)).isEqualTo(48 * 256);
      assertThat(sheet.getColumnWidth(0)).isEqualTo(6 * 256);
      for (int s = 1; s < wb.getNumberOfSheets(); s++) {
        assertThat(wb.getSheetAt(s).getPaneInformation().isFreezePane()).isTrue();
        assertThat(filter(wb, s)).startsWith("$A$1:");
      }
    }
  }

  @Test
  void everyRowHoldsItsCommitmentCellByCell() throws IOException {
    try (XSSFWorkbook wb = workbook(ReportLanguage.INDONESIAN)) {
      XSSFSheet sheet = wb.getSheetAt(0);
      CycleEvaluation latest = matrix.latest().orElseThrow();
      Set<Health> healthsSeen = new HashSet<>();
      for (int i = 0; i < matrix.commitments().size(); i++) {
        Commitment c = matrix.commitments().get(i);
        Row row = sheet.getRow(i + 1);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(c.id().value());
        assertThat(row.getCell(7).getStringCellValue()).isEqualTo(c.action());
        assertThat(row.getCell(9).getStringCellValue())
            .isEqualTo(matrix.directory().name(c.lead()));

        Cell start = row.getCell(16);
        assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
        assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(c.start());
        assertThat(row.getCell(17).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(c.due());

        Cell budget = row.getCell(18);
        if (!c.fundingLines().isEmpty()
            && c.fundingLines().stream().map(FundingLine::currency).distinct().count() == 1) {
          BigDecimal amount =
              c.fundingLines().stream()
                  .map(FundingLine::allocation)
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(BigDecimal.valueOf(budget.getNumericCellValue())).isEqualByComparingTo(amount);
          assertThat(budget.getCellStyle().getDataFormatString())
              .isEqualTo(amount.scale() > 0 ? "#,##0." + "0".repeat(amount.scale()) : "#,##0");
          assertThat(row.getCell(19).getStringCellValue())
              .isEqualTo(c.fundingLines().get(0).currency().getCurrencyCode());
        } else {
          assertThat(budget).isNull();
        }
        assertThat(row.getCell(25).getNumericCellValue()).isEqualTo(c.weight());

        Cell health = row.getCell(26);
        CommitmentAssessment a = latest.assessment(c.id()).orElse(null);
        if (a == null) {
          assertThat(health).isNull();
          continue;
        }
        healthsSeen.add(a.health());
        assertThat(health.getStringCellValue())
            .isEqualTo(
                io.rakor.reports.internal.Messages.of("common", ReportLanguage.INDONESIAN)
                    .text(a.health()));
        XSSFCellStyle hs = (XSSFCellStyle) health.getCellStyle();
        assertThat(hs.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(hs.getFillForegroundColorColor().getARGBHex()).endsWith(fill(a.health()));
        assertThat(row.getCell(27).getStringCellValue())
            .startsWith(health.getStringCellValue() + ": ");
        if (a.reportedPercent().isPresent()) {
          Cell progress = row.getCell(28);
          assertThat(progress.getNumericCellValue() * 100)
              .isCloseTo(
                  a.reportedPercent().getAsDouble(), org.assertj.core.data.Offset.offset(1e-9));
          assertThat(progress.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
      }
      assertThat(healthsSeen).as("healths in the scenario's last cycle").hasSizeGreaterThan(1);
    }
  }

  @Test
  void escalationsListEachCyclesEscalatedCommitments() throws IOException {
    int expected = matrix.evaluations().stream().mapToInt(e -> e.escalations().size()).sum();
    try (XSSFWorkbook wb = workbook(ReportLanguage.ENGLISH)) {
      XSSFSheet sheet = wb.getSheet("Escalations");
      assertThat(sheet.getLastRowNum()).isEqualTo(expected);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cycle");
      if (expected > 0) {
        CommitmentAssessment first =
            matrix.evaluations().stream()
                .flatMap(e -> e.escalations().stream())
                .findFirst()
                .orElseThrow();
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
            .isEqualTo(first.commitment().value());
        assertThat(sheet.getRow(1).getCell(4).getStringCellValue())
            .isEqualTo(
                io.rakor.reports.internal.Messages.of("common", ReportLanguage.ENGLISH)
                    .text(first.health()));
      }
    }
  }

  @Test
  void aTextThatLooksLikeAFormulaIsTextMarkedAsText() throws IOException {
    Commitment c =
        matrix.commitments().get(0).withAction("=HYPERLINK(\"http://evil.example\",\"klik\")");
    byte[] file = Matrices.xlsx(RtlMatrix.of(List.of(c)), ReportLanguage.ENGLISH);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Cell action = wb.getSheetAt(0).getRow(1).getCell(7);
      assertThat(action.getCellType()).isEqualTo(CellType.STRING);
      assertThat(action.getStringCellValue()).isEqualTo(c.action());
      assertThat(action.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void aTextLongerThanACellHoldsStopsTheExportNamingWhere() {
    Commitment c = matrix.commitments().get(0).withAction("x".repeat(40_000));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Matrices.xlsx(RtlMatrix.of(List.of(c)), ReportLanguage.ENGLISH))
        .isInstanceOf(MatrixExportException.class)
        .hasMessage(
            "Sheet RTL matrix, row 2, column Action: a text of 40000 characters does not fit a"
                + " spreadsheet cell (at most 32767)");
  }

  @Test
  void aMatrixHoldsEachCommitmentOnce() {
    Commitment c = matrix.commitments().get(0);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RtlMatrix.of(List.of(c, c)))
        .isInstanceOf(io.rakor.core.RakorValidationException.class)
        .hasMessageContaining("must not hold an id twice");
  }

  /** The range of a sheet's filter, from the name Excel gives it ({@code _FilterDatabase}). */
  private static String filter(XSSFWorkbook wb, int sheet) {
    return wb.getAllNames().stream()
        .filter(n -> n.getNameName().equals("_xlnm._FilterDatabase") && n.getSheetIndex() == sheet)
        .map(n -> n.getRefersToFormula().substring(n.getRefersToFormula().indexOf('!') + 1))
        .findFirst()
        .orElse("no filter");
  }

  private static String fill(Health h) {
    return switch (h) {
      case COMPLETED -> "A6D5F7";
      case ON_TRACK -> "9FE0C9";
      case AT_RISK -> "FBE79D";
      case NOT_REPORTED -> "D9D9D9";
      case OFF_TRACK -> "F7C08A";
      case OVERDUE -> "E9A3C9";
    };
  }
}
