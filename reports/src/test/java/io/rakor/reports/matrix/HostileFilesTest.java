package io.rakor.reports.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.reports.ReportLanguage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Imported files are untrusted: limits, bombs, formulas, merged cells, text dates, CSV dialects.
 */
class HostileFilesTest {
  private static final ReportLanguage EN = ReportLanguage.ENGLISH;
  private final RtlMatrix matrix = Matrices.of(Matrices.scenario());
  private final List<Commitment> commitments = matrix.commitments();

  /** The exported workbook, changed by hand as a planner (or an attacker) would. */
  private byte[] edited(Consumer<Sheet> edit) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Matrices.xlsx(matrix, EN)))) {
      edit.accept(wb.getSheetAt(0));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static MatrixImportResult xlsx(byte[] file) {
    return Matrices.read(file, MatrixFormat.XLSX, EN);
  }

  @Test
  void aCompressedSizeBombIsRefusedBeforeItIsUnpacked() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        out.write(zeros);
      }
      out.closeEntry();
    }
    byte[] bomb = zip.toByteArray();
    assertThat(bomb.length).isLessThan(1 << 20);

    MatrixImportResult result = xlsx(bomb);

    assertThat(result.isValid()).isFalse();
    assertThat(result.commitments()).isEmpty();
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.row()).isZero();
              assertThat(e.rule())
                  .contains("compressed-size bomb")
                  .contains(String.valueOf(bomb.length));
            });
  }

  @Test
  void aWorkbookThatExpandsBeyondTheLimitIsRefused() {
    byte[] file = Matrices.xlsx(matrix, EN);
    MatrixImportResult result =
        Matrices.read(
            file,
            MatrixFormat.XLSX,
            MatrixImport.of(EN)
                .withLimits(ImportLimits.defaults().withMaxExpandedBytes(file.length)));
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> assertThat(e.rule()).contains("expands to more than " + file.length + " bytes"));
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedUnread() {
    byte[] file = Matrices.xlsx(matrix, EN);
    MatrixImportResult result =
        Matrices.read(
            file,
            MatrixFormat.XLSX,
            MatrixImport.of(EN).withLimits(ImportLimits.defaults().withMaxFileBytes(1000)));
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.sheet()).isEqualTo("matrix.XLSX");
              assertThat(e.message())
                  .isEqualTo("matrix.XLSX: is larger than 1000 bytes (the import limit)");
            });
  }

  @Test
  void moreRowsThanTheLimitAreRefusedInEitherFormat() {
    MatrixImport twoRows = MatrixImport.of(EN).withLimits(ImportLimits.defaults().withMaxRows(2));
    assertThat(Matrices.read(Matrices.xlsx(matrix, EN), MatrixFormat.XLSX, twoRows).errors())
        .singleElement()
        .satisfies(e -> assertThat(e.rule()).isEqualTo("has more than 2 rows (the import limit)"));
    assertThat(Matrices.read(Matrices.csv(matrix, EN, ','), MatrixFormat.CSV, twoRows).errors())
        .singleElement()
        .satisfies(e -> assertThat(e.rule()).isEqualTo("has more than 2 rows (the import limit)"));
  }

  @Test
  void aFormulaIsNeverEvaluatedButRefusedWhereTheImportReads() throws IOException {
    byte[] file = edited(s -> s.getRow(1).getCell(17).setCellFormula("DATE(2026,1,12)"));
    MatrixImportResult result = xlsx(file);
    assertThat(result.commitments()).isEmpty();
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.row()).isEqualTo(2);
              assertThat(e.column()).isEqualTo("Due (R)");
              assertThat(e.value()).isEqualTo("=DATE(2026,1,12)");
              assertThat(e.rule()).startsWith("is a formula; formulas are never evaluated");
            });
  }

  @Test
  void aFormulaInAColumnTheImportDoesNotReadIsIgnored() throws IOException {
    byte[] file = edited(s -> s.getRow(1).getCell(0).setCellFormula("ROW()-1"));
    assertThat(xlsx(file).commitments()).containsExactlyElementsOf(commitments);
  }

  @Test
  void mergedCellsInTheMatrixAreRefused() throws IOException {
    byte[] file = edited(s -> s.addMergedRegion(new CellRangeAddress(2, 3, 7, 7)));
    assertThat(xlsx(file).errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.row()).isEqualTo(3);
              assertThat(e.column()).isEqualTo("Action (H)");
              assertThat(e.rule())
                  .isEqualTo("is in merged cells H3:H4; unmerge the cells of the matrix");
            });
  }

  @Test
  void aMergedTitleAboveTheHeaderIsAllowed() throws IOException {
    byte[] file =
        edited(
            s -> {
              s.shiftRows(0, s.getLastRowNum(), 2);
              s.createRow(0).createCell(0).setCellValue("Matriks RTL Rakor 12 Januari 2026");
              s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            });
    assertThat(xlsx(file).commitments()).containsExactlyElementsOf(commitments);
  }

  @Test
  void aDateTypedAsIsoTextIsReadAndAnyOtherTextIsRefusedClearly() throws IOException {
    Commitment first = commitments.get(0);
    byte[] iso = edited(s -> s.getRow(1).getCell(16).setCellValue(first.start().toString()));
    assertThat(xlsx(iso).commitments()).containsExactlyElementsOf(commitments);

    byte[] local = edited(s -> s.getRow(1).getCell(16).setCellValue("12/01/2026"));
    assertThat(xlsx(local).errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.column()).isEqualTo("Start (Q)");
              assertThat(e.value()).isEqualTo("12/01/2026");
              assertThat(e.rule())
                  .isEqualTo("must be a date (a date cell, or text written yyyy-mm-dd)");
            });
  }

  @Test
  void aCodeTypedAsANumberIsRefusedNotGuessed() throws IOException {
    byte[] file = edited(s -> s.getRow(1).getCell(12).setCellValue(18.1));
    assertThat(xlsx(file).errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.column()).isEqualTo("Places (M)");
              assertThat(e.value()).isEqualTo("18.1");
              assertThat(e.rule()).startsWith("must be typed as text");
            });
  }

  @Test
  void aFileThatIsNoWorkbookIsRefused() {
    byte[] junk = "not a workbook at all".getBytes(StandardCharsets.UTF_8);
    assertThat(xlsx(junk).errors())
        .singleElement()
        .satisfies(e -> assertThat(e.rule()).startsWith("is not an XLSX workbook"));
  }

  @Test
  void csvWithAByteOrderMarkSemicolonsAndQuotedLineBreaksIsRead() {
    byte[] file = Matrices.csv(matrix, EN, ';');
    String text = new String(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFNo.;Commitment ID;");
    assertThat(Matrices.read(file, MatrixFormat.CSV, EN).commitments())
        .containsExactlyElementsOf(commitments);
  }

  @Test
  void aHandWrittenSemicolonCsvInIndonesianIsRead() {
    String csv =
        "\uFEFFID RTL;ID rapat;ID prioritas;Bidang;Rencana tindak lanjut;ID penanggung jawab;"
            + "Lokasi;Tahapan (id|tenggat|uraian|mulai|lokasi|unit);Mulai;Tenggat;"
            + "Sumber dana;Status\r\n"
            + "rtl-1;rakor-2026-01;stunting;stunting;\"Menyusun rencana aksi\r\npenurunan"
            + " stunting; tahap 1\";dinkes;\"18.03\n18.03.01\";m1|2026-03-31|Rencana"
            + " disahkan;2026-01-12;2026-06-30;\"Dana Desa|2026|1250000000|IDR\n"
            + "APBD|2026|300000000|IDR|1.02.02.2.02.0024||Dinkes (kode ilustratif)\";Disepakati\r\n";
    MatrixImportResult result =
        Matrices.read(
            csv.getBytes(StandardCharsets.UTF_8), MatrixFormat.CSV, ReportLanguage.INDONESIAN);
    assertThat(result.errors()).isEmpty();
    Commitment c = result.commitments().get(0);
    assertThat(c.action()).isEqualTo("Menyusun rencana aksi\r\npenurunan stunting; tahap 1");
    assertThat(c.scope()).hasSize(2);
    assertThat(c.milestones().get(0).description()).isEqualTo("Rencana disahkan");
    assertThat(c.fundingLines()).hasSize(2);
    assertThat(c.fundingLines().get(0).allocation()).isEqualByComparingTo("1250000000");
    assertThat(c.fundingLines().get(0).source())
        .isEqualTo(io.rakor.core.commitments.FundingSource.VILLAGE_FUND);
    assertThat(c.fundingLines().get(1).code().map(Object::toString)).contains("1.02.02.2.02.0024");
    assertThat(c.fundingLines().get(1).label()).contains("Dinkes (kode ilustratif)");
    assertThat(c.status()).isEqualTo(io.rakor.core.commitments.CommitmentStatus.AGREED);
  }

  @Test
  void csvThatIsNotUtf8IsRefused() {
    byte[] latin1 = "ID RTL\nrtl-1 caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Matrices.read(latin1, MatrixFormat.CSV, EN).errors())
        .singleElement()
        .satisfies(e -> assertThat(e.rule()).isEqualTo("is not UTF-8 text"));
  }

  @Test
  void cellsThatCouldRunAsFormulasAreGuardedAndReadBackEqual() {
    List<String> actions =
        List.of(
            "=HYPERLINK(\"http://evil.example\",\"klik\")",
            "+62 812 555",
            "-5 desa tertinggal",
            "@SUM(A1:A9)",
            "'sudah berkutip",
            "\tdengan tab");
    List<Commitment> hostile = new java.util.ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      hostile.add(
          commitments
              .get(i % commitments.size())
              .withId(io.rakor.core.commitments.CommitmentId.of("inj-" + i))
              .withParent(java.util.Optional.empty())
              .withAction(actions.get(i)));
    }
    RtlMatrix m = RtlMatrix.of(hostile);
    for (char separator : new char[] {',', ';'}) {
      byte[] file = Matrices.csv(m, EN, separator);
      assertThat(rawActions(file, separator))
          .containsExactlyElementsOf(actions.stream().map(a -> "'" + a).toList());
      assertThat(Matrices.read(file, MatrixFormat.CSV, EN).commitments())
          .containsExactlyElementsOf(hostile);
    }
    assertThat(Matrices.read(Matrices.xlsx(m, EN), MatrixFormat.XLSX, EN).commitments())
        .containsExactlyElementsOf(hostile);
  }

  /** The action column as a spreadsheet would see it: a plain CSV read, nothing removed. */
  private static List<String> rawActions(byte[] file, char separator) {
    try (com.fasterxml.jackson.databind.MappingIterator<String[]> rows =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper()
            .readerFor(String[].class)
            .with(
                com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema()
                    .withColumnSeparator(separator))
            .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(new String(file, StandardCharsets.UTF_8).substring(1))) {
      List<String[]> all = rows.readAll();
      return all.subList(1, all.size()).stream().map(r -> r[7]).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
