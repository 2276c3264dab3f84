package io.rakor.persistence.transfer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.integrity.LoggedStores;
import io.rakor.persistence.memory.InMemoryStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export written under JSON schema version 1 (its header says so) is imported with its values
 * upgraded: a commitment's budget becomes its one funding line, of the fiscal year of its start.
 */
class Version1ExportTest {
  @TempDir Path dir;

  @Test
  void aVersion1ExportIsImportedWithEachBudgetAsItsCommitmentsFundingLine() throws IOException {
    InMemoryStore source = LoggedStores.commitments(2, 0);
    Path file = dir.resolve("backup.jsonl");
    StoreTransfer.defaults().export(source, file);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, UTF_8));
    // as the version-1 export wrote it: version 1 in the header, and a commitment with a budget
    lines.set(0, lines.get(0).replace("\"schemaVersion\":2}", "\"schemaVersion\":1}"));
    int first =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.startsWith("{\"type\":\"aggregate\",\"kind\":\"commitment\""))
                .findFirst()
                .orElseThrow());
    String withBudget =
        lines
            .get(first)
            .replace(
                "\"fundingLines\":[],",
                "\"budget\":{\"amount\":750000000.00,\"currency\":\"IDR\","
                    + "\"source\":\"VILLAGE_FUND\"},");
    assertThat(withBudget).isNotEqualTo(lines.get(first)).doesNotContain("fundingLines");
    lines.set(first, withBudget);
    for (int i = first + 1; i < lines.size() - 1; i++) {
      lines.set(i, lines.get(i).replace("\"fundingLines\":[],", ""));
    }
    Files.write(file, lines, UTF_8);

    InMemoryStore target = new InMemoryStore();
    StoreTransfer.defaults().importFrom(file, target);

    CommitmentId c1 = CommitmentId.of("c-01");
    Commitment original = source.load(AggregateKind.COMMITMENT, c1).orElseThrow().value();
    Commitment funded =
        original.withFundingLines(
            FundingLine.of(
                FundingSource.VILLAGE_FUND,
                original.start().getYear(),
                new BigDecimal("750000000.00"),
                Currency.getInstance("IDR")));
    assertThat(target.load(AggregateKind.COMMITMENT, c1)).contains(Versioned.of(funded, 1));
    CommitmentId c2 = CommitmentId.of("c-02");
    assertThat(target.load(AggregateKind.COMMITMENT, c2))
        .isEqualTo(source.load(AggregateKind.COMMITMENT, c2));
    assertThat(target.events(1, 10)).isEqualTo(source.events(1, 10));
  }
}
