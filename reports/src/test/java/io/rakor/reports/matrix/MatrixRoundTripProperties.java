package io.rakor.reports.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.testkit.RakorGen;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Export then import gives equal commitments, in every format and language. */
class MatrixRoundTripProperties {

  /** Commitments with distinct ids, as a matrix carries them ({@link RtlMatrix#carried}). */
  private static Gen<List<Commitment>> commitments() {
    return lists()
        .of(RakorGen.commitments())
        .ofSizeBetween(1, 4)
        .map(
            list -> {
              Map<CommitmentId, Commitment> byId = new LinkedHashMap<>();
              list.forEach(c -> byId.putIfAbsent(c.id(), RtlMatrix.carried(c)));
              return List.copyOf(byId.values());
            });
  }

  @Test
  void xlsxGivesBackEqualCommitments() {
    qt().withExamples(60)
        .forAll(commitments(), ReportGens.languages())
        .checkAssert(
            (list, language) -> {
              MatrixImportResult back =
                  Matrices.read(
                      Matrices.xlsx(RtlMatrix.of(list), language), MatrixFormat.XLSX, language);
              assertThat(back.errors()).isEmpty();
              assertThat(back.commitments()).containsExactlyElementsOf(list);
            });
  }

  @Test
  void csvGivesBackEqualCommitments() {
    qt().withExamples(80)
        .forAll(commitments(), ReportGens.languages(), ReportGens.separators())
        .checkAssert(
            (list, language, separator) -> {
              MatrixImportResult back =
                  Matrices.read(
                      Matrices.csv(RtlMatrix.of(list), language, separator),
                      MatrixFormat.CSV,
                      language);
              assertThat(back.errors()).isEmpty();
              assertThat(back.commitments()).containsExactlyElementsOf(list);
            });
  }
}
