package io.rakor.reports.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.Directory;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.reports.ReportLanguage;
import io.rakor.reports.internal.Messages;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.Scenario;
import io.rakor.testkit.ScenarioSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An import given the directory reads units and priorities by name or short name where ids are
 * expected, refuses ambiguous and unknown names, and gives back equal commitments.
 */
class MatrixNamesTest {
  private static final String HEADER =
      "Commitment ID,Meeting ID,Priority ID,Area,Action,Lead unit ID,Supporting unit IDs,Places,"
          + "Start,Due,Milestones\r\n";

  private static ResponsibleUnit unit(String id, String name, String shortName) {
    Scenario s = Matrices.scenario();
    return ResponsibleUnit.builder()
        .from(s.units().get(0))
        .id(io.rakor.core.units.UnitId.of(id))
        .name(name)
        .shortName(shortName)
        .parent(java.util.Optional.empty())
        .build();
  }

  private static final List<ResponsibleUnit> UNITS =
      List.of(
          unit("dinkes", "Dinas Kesehatan", "Dinkes"),
          unit("bappeda", "Badan Perencanaan Pembangunan Daerah", "Bappeda"),
          unit("dinsos", "Dinas Sosial", "Dinas"),
          unit("dispora", "Dinas Pemuda dan Olahraga", "Dinas"));

  private static MatrixImportResult read(String row, ReportLanguage language) {
    // tag::import-names[]
    MatrixImport importer =
        MatrixImport.of(language)
            .withNames(UNITS, List.of()); // units by id, name or short name; priorities by id
    // end::import-names[]
    return Matrices.read(
        (HEADER + row).getBytes(StandardCharsets.UTF_8), MatrixFormat.CSV, importer);
  }

  @Test
  void aUnitIsReadByItsIdNameOrShortName() {
    MatrixImportResult result =
        read(
            "c-1,rakor-1,stunting,stunting,Rembuk,dinas  kesehatan,\"BAPPEDA\ndinsos\",18.03,"
                + "2026-01-12,2026-03-31,m1|2026-03-31|Rembuk|||Dinkes\r\n",
            ReportLanguage.ENGLISH);
    assertThat(result.errors()).isEmpty();
    Commitment c = result.commitments().get(0);
    assertThat(c.lead().value()).isEqualTo("dinkes");
    assertThat(c.supporters()).extracting(u -> u.value()).containsExactly("bappeda", "dinsos");
    assertThat(c.milestones().get(0).responsible()).map(u -> u.value()).contains("dinkes");
  }

  @Test
  void anAmbiguousOrUnknownNameIsRefusedNamingRowColumnAndValue() {
    MatrixImportResult result =
        read(
            "c-1,rakor-1,stunting,stunting,Rembuk,Dinas,Dinas Perhubungan,18.03,"
                + "2026-01-12,2026-03-31,m1|2026-03-31|Rembuk\r\n",
            ReportLanguage.INDONESIAN);
    assertThat(result.commitments()).isEmpty();
    assertThat(result.errors())
        .extracting(ImportError::message)
        .containsExactly(
            "matrix.CSV, baris 2, kolom Lead unit ID (F): nilai \"Dinas\" menyebut lebih dari satu"
                + " unit (dinsos, dispora): tulis ID unitnya",
            "matrix.CSV, baris 2, kolom Supporting unit IDs (G): nilai \"Dinas Perhubungan\" bukan"
                + " ID, nama atau nama singkat unit dalam direktori");
  }

  @Test
  void exportThenImportByNamesGivesBackEqualCommitments() {
    qt().withExamples(8)
        .forAll(longs().between(1, 1_000_000), ReportGens.languages())
        .checkAssert(
            (seed, language) -> {
              Scenario s = Fixtures.scenario(seed, ScenarioSize.small());
              RtlMatrix matrix =
                  RtlMatrix.of(s.commitments())
                      .withDirectory(Directory.of(s.units(), s.priorities()));
              byte[] byNames = idsReplacedByNames(Matrices.csv(matrix, language, ';'), s, language);
              MatrixImportResult back =
                  Matrices.read(
                      byNames,
                      MatrixFormat.CSV,
                      MatrixImport.of(language).withNames(s.units(), s.priorities()));
              assertThat(back.errors()).isEmpty();
              assertThat(back.commitments()).containsExactlyElementsOf(s.commitments());
            });
  }

  /**
   * The CSV with the unit and priority id columns holding the names the export wrote beside them,
   * where a name is of one unit or priority only (otherwise the id stays, as a planner would).
   */
  private static byte[] idsReplacedByNames(byte[] csv, Scenario s, ReportLanguage language) {
    Map<String, Long> unitNames =
        s.units().stream()
            .flatMap(u -> Stream.concat(Stream.of(u.name()), u.shortName().stream()))
            .collect(Collectors.groupingBy(MatrixNamesTest::normal, Collectors.counting()));
    Map<String, Long> titles =
        s.priorities().stream()
            .map(Priority::title)
            .collect(Collectors.groupingBy(MatrixNamesTest::normal, Collectors.counting()));
    List<String[]> rows = parse(csv);
    Messages texts = Messages.of("matrix", language);
    List<String> header = Arrays.asList(rows.get(0));
    Map<String, Integer> at = new HashMap<>();
    for (String key :
        List.of("lead", "leadName", "supporters", "supporterNames", "priority", "priorityName")) {
      at.put(key, header.indexOf(texts.text("column." + key)));
    }
    int replaced = 0;
    for (String[] row : rows.subList(1, rows.size())) {
      replaced += replace(row, at.get("lead"), at.get("leadName"), unitNames);
      replaced += replace(row, at.get("supporters"), at.get("supporterNames"), unitNames);
      replaced += replace(row, at.get("priority"), at.get("priorityName"), titles);
    }
    assertThat(replaced).as("ids replaced by names").isPositive();
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      out.append(
              Stream.of(row)
                  .map(v -> "\"" + v.replace("\"", "\"\"") + "\"")
                  .collect(Collectors.joining(";")))
          .append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int replace(String[] row, int idColumn, int nameColumn, Map<String, Long> names) {
    String[] ids = row[idColumn].split("\n", -1);
    String[] shown = row[nameColumn].split("\n", -1);
    List<String> out = new ArrayList<>();
    int replaced = 0;
    for (int i = 0; i < ids.length; i++) {
      boolean unique = i < shown.length && names.getOrDefault(normal(shown[i]), 0L) == 1;
      out.add(unique ? shown[i] : ids[i]);
      replaced += unique ? 1 : 0;
    }
    row[idColumn] = String.join("\n", out);
    return replaced;
  }

  private static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static List<String[]> parse(byte[] csv) {
    String text = new String(csv, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    try (MappingIterator<String[]> it =
        new CsvMapper()
            .readerFor(String[].class)
            .with(CsvSchema.emptySchema().withColumnSeparator(';'))
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(text)) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
