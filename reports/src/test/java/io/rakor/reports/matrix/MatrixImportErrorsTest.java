package io.rakor.reports.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.reports.ReportLanguage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every error names sheet, row, column, value and rule in the chosen language; a dry run lists them
 * all; nothing is imported when any row is invalid.
 */
class MatrixImportErrorsTest {
  private static final String HEADER_EN =
      "Commitment ID,Meeting ID,Priority ID,Area,Action,Lead unit ID,Places,Start,Due,Budget,"
          + "Currency,Funding,Milestones\r\n";
  private static final String VALID =
      "c-1,rakor-1,stunting,stunting,Rembuk stunting,bappeda,18.03,2026-01-12,2026-03-31,,,,m1|2026-03-31|Rembuk\r\n";

  private static MatrixImportResult read(String csv, ReportLanguage language) {
    return Matrices.read(csv.getBytes(StandardCharsets.UTF_8), MatrixFormat.CSV, language);
  }

  @Test
  void aValidFileGivesItsCommitments() {
    MatrixImportResult result = read(HEADER_EN + VALID, ReportLanguage.ENGLISH);
    assertThat(result.isValid()).isTrue();
    assertThat(result.orElseThrow())
        .singleElement()
        .satisfies(c -> assertThat(c.id().value()).isEqualTo("c-1"));
  }

  @Test
  void aDryRunListsEveryErrorOfEveryRowAndNothingIsImported() {
    String csv =
        HEADER_EN
            + VALID
            + "c-2,rakor-1,stunting,stunting,,bappeda,18.03,2026-31-01,2026-03-31,,,,m1|2026-03-31|x\r\n"
            + "c-3,rakor-1,stunting,stunting,Posyandu,bappeda,18.03,2026-04-01,2026-03-31,"
            + "12.5.0,RPH,\"Lottery|2026|100|IDR\nREGIONAL_BUDGET|2026|12.5.0|IDR\","
            + "m1|2026-03-31|x\r\n"
            + "c-1,rakor-1,stunting,stunting,Again,bappeda,18.03,2026-01-12,2026-03-31,,,,m1|2026-03-31|Rembuk\r\n";
    MatrixImportResult result = read(csv, ReportLanguage.ENGLISH);

    assertThat(result.isValid()).isFalse();
    assertThat(result.commitments()).isEmpty();
    assertThat(result.errors())
        .extracting(ImportError::row, ImportError::column, ImportError::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "Start (H)", "2026-31-01"),
            org.assertj.core.groups.Tuple.tuple(3, "Action (E)", ""),
            org.assertj.core.groups.Tuple.tuple(4, "Funding (L)", "Lottery|2026|100|IDR"),
            org.assertj.core.groups.Tuple.tuple(
                4, "Funding (L)", "REGIONAL_BUDGET|2026|12.5.0|IDR"),
            org.assertj.core.groups.Tuple.tuple(5, "Commitment ID (A)", "c-1"));
    assertThat(result.errors().get(0).message())
        .isEqualTo(
            "matrix.CSV, row 3, column Start (H): value \"2026-31-01\" must be a date (a date"
                + " cell, or text written yyyy-mm-dd)");
    assertThat(result.errors().get(1).rule()).isEqualTo("is required");
    assertThat(result.errors().get(2).rule())
        .startsWith("line 1: must be one of: ")
        .contains("DONOR");
    assertThat(result.errors().get(3).rule()).startsWith("line 2: must be an amount");
    assertThat(result.errors().get(4).rule()).isEqualTo("repeats the commitment ID of row 2");
    assertThatThrownBy(result::orElseThrow)
        .isInstanceOf(MatrixImportException.class)
        .hasMessageContaining("row 3")
        .satisfies(e -> assertThat(((MatrixImportException) e).errors()).hasSize(5));
  }

  @Test
  void errorsAreInTheChosenLanguageWhateverTheLanguageOfTheHeader() {
    String csv =
        HEADER_EN
            + "c-2,rakor-1,stunting,stunting,Posyandu,bappeda,18.03,2026-31-01,2026-03-31,,,,m1|2026-03-31|x";
    assertThat(read(csv, ReportLanguage.INDONESIAN).errors())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.message())
                    .isEqualTo(
                        "matrix.CSV, baris 2, kolom Start (H): nilai \"2026-31-01\" harus berupa tanggal"
                            + " (sel tanggal, atau teks dengan format yyyy-mm-dd)"));
  }

  @Test
  void aRuleOfTheCommitmentItselfNamesItsColumn() {
    String csv =
        HEADER_EN
            + "c-2,rakor-1,stunting,stunting,Posyandu,bappeda,18.03,2026-04-01,2026-03-31,,,,m1|2026-03-31|x";
    assertThat(read(csv, ReportLanguage.ENGLISH).errors())
        .anySatisfy(
            e -> {
              assertThat(e.column()).isEqualTo("Due (I)");
              assertThat(e.rule()).startsWith("breaks a rule of Commitment: due");
            })
        .anySatisfy(
            e -> {
              assertThat(e.column()).isEqualTo("Milestones (M)");
              assertThat(e.rule())
                  .contains("milestones[0].due must be within the commitment's window");
            });
  }

  @Test
  void aFileWithoutTheHeaderOrARequiredColumnSaysWhichIsMissing() {
    assertThat(read("a,b\r\n1,2\r\n", ReportLanguage.ENGLISH).errors())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.message())
                    .isEqualTo(
                        "matrix.CSV: no header row: the first 10 rows have no column Commitment ID"));
    assertThat(read("Commitment ID,Action\r\nc-1,x\r\n", ReportLanguage.ENGLISH).errors())
        .extracting(ImportError::rule)
        .contains("the header has no column Due", "the header has no column Places");
  }
}
