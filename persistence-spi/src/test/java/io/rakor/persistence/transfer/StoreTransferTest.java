package io.rakor.persistence.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.audit.HashChain;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Examples;
import io.rakor.persistence.Pages;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.integrity.DamagedStoreException;
import io.rakor.persistence.integrity.LoggedStores;
import io.rakor.persistence.memory.InMemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTransferTest {
  private static final StoreTransfer TRANSFER = StoreTransfer.defaults();

  @TempDir Path dir;

  @Test
  void anExportImportsIntoAnEmptyStoreEqual() {
    InMemoryStore source = LoggedStores.commitments(12, 4);
    Path file = dir.resolve("backup.jsonl");
    TransferSummary exported = TRANSFER.export(source, file);
    assertThat(exported)
        .isEqualTo(new TransferSummary(12, 16, source.lastEvent().orElseThrow().hash()));
    assertThat(TRANSFER.check(file)).isEqualTo(exported);
    InMemoryStore target = new InMemoryStore();
    assertThat(TRANSFER.importFrom(file, target)).isEqualTo(exported);
    assertSameContents(source, target);
  }

  @Test
  void theFileIsOneHeaderTheLogTheAggregatesAndAnEndLine() throws IOException {
    InMemoryStore source = LoggedStores.commitments(2, 1);
    Path file = dir.resolve("backup.jsonl");
    TRANSFER.export(source, file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1 + 3 + 2 + 1);
    assertThat(lines.get(0))
        .isEqualTo(
            "{\"type\":\"header\",\"format\":\"rakor-store-export\",\"formatVersion\":1,"
                + "\"schemaVersion\":2}");
    assertThat(lines.get(1)).startsWith("{\"type\":\"event\",\"entry\":{");
    assertThat(lines.get(4))
        .startsWith("{\"type\":\"aggregate\",\"kind\":\"commitment\",\"version\":2,\"value\":{");
    assertThat(lines.get(5))
        .startsWith("{\"type\":\"aggregate\",\"kind\":\"commitment\",\"version\":1,");
    assertThat(lines.get(6))
        .isEqualTo(
            "{\"type\":\"end\",\"events\":3,\"aggregates\":2,\"lastHash\":\""
                + source.lastEvent().orElseThrow().hash()
                + "\"}");
    assertThat(Files.readString(file)).endsWith("}\n");
  }

  @Test
  void anEmptyStoreExportsAndImports() {
    Path file = dir.resolve("empty.jsonl");
    assertThat(TRANSFER.export(new InMemoryStore(), file))
        .isEqualTo(new TransferSummary(0, 0, HashChain.GENESIS));
    InMemoryStore target = new InMemoryStore();
    TRANSFER.importFrom(file, target);
    assertThat(target.lastEvent()).isEmpty();
  }

  @Test
  void aFileAtFaultIsRefusedNamingTheLineAndNothingIsWritten() throws IOException {
    InMemoryStore source = LoggedStores.commitments(3, 1);
    Path good = dir.resolve("good.jsonl");
    TRANSFER.export(source, good);
    List<String> lines = Files.readAllLines(good);
    // lines: 1 header, 2-5 events, 6-8 aggregates (c-01 at version 2), 9 end
    String head = source.lastEvent().orElseThrow().hash();
    refused(
        good,
        l -> l.subList(0, 8),
        9,
        "the file ends after line 8 without its end line: it was cut short");
    refused(
        good,
        l -> with(l, 3, at(l, 3).replace("PROGRESS_REPORTED", "WORK_STARTED")),
        3,
        "the hash chain breaks here (ALTERED): log entry (sequence 2) does not hash to its"
            + " stored hash");
    refused(
        good,
        l -> swap(l, 2, 3),
        2,
        "log entry 2 where entry 1 was expected: entries are missing or out of order");
    refused(
        good,
        l -> without(l, 3),
        3,
        "log entry 3 where entry 2 was expected: entries are missing or out of order");
    refused(
        good,
        l -> with(l, 6, at(l, 6).replace("\"version\":2", "\"version\":3")),
        6,
        "commitment c-01 is at version 3 but the log names it in 2 events (coverage"
            + " EVERY_VERSION)");
    refused(good, l -> with(l, 7, at(l, 6)), 7, "commitment c-01 appears twice");
    refused(good, l -> swap(l, 6, 7), 7, "commitment c-01 comes after c-02; ids are in order");
    refused(
        good,
        l -> with(without(l, 8), 8, at(l, 9).replace("\"aggregates\":3", "\"aggregates\":2")),
        4,
        "log entry 3 names commitment c-03, which the file does not hold");
    refused(
        good,
        l -> with(l, 9, at(l, 9).replace("\"events\":4", "\"events\":5")),
        9,
        "the end line records 5 log entries, 3 aggregates and last hash "
            + head
            + ", but the file holds 4, 3 and "
            + head);
    refused(
        good,
        l -> with(l, 5, "{\"type\":\"event\",\"entry\":"),
        5,
        "not a JSON object: Unexpected end-of-input");
    refused(
        good,
        l -> with(l, 7, at(l, 7).replace("\"lead\":\"dinkes\"", "\"lead\":\"\"")),
        7,
        "\"value\" is not a valid Commitment: ");
    refused(
        good,
        l -> with(l, 1, at(l, 1).replace("\"formatVersion\":1", "\"formatVersion\":2")),
        1,
        "written in export format 2, but this library reads format 1: import it with a newer"
            + " Rakor");
    refused(
        good,
        l -> with(l, 1, at(l, 1).replace("rakor-store-export", "something-else")),
        1,
        "not a Rakor store export: its format is \"something-else\", not rakor-store-export");
    refused(
        good,
        l -> l.subList(1, l.size()),
        1,
        "the first line is not the header: not a Rakor store export, or its start is missing");
    refused(
        good, l -> with(l, 9, at(l, 9) + "\n"), 10, "there is more after the end line (line 9)");
    refused(good, l -> List.of(), 1, "the file is empty: not a Rakor store export");
    refused(
        good,
        l ->
            with(
                l,
                6,
                at(l, 6).replace("\"type\":\"aggregate\"", "\"type\":\"aggregate\",\"note\":1")),
        6,
        "unknown field \"note\" (expected [type, kind, version, value])");
    assertThat(lines).hasSize(9);
  }

  @Test
  void aFileCutInTheMiddleOfALineOrWithBadBytesIsRefused() throws IOException {
    InMemoryStore source = LoggedStores.commitments(3, 1);
    Path good = dir.resolve("good.jsonl");
    TRANSFER.export(source, good);
    byte[] bytes = Files.readAllBytes(good);
    Path half = dir.resolve("half.jsonl");
    Files.write(half, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> TRANSFER.check(half))
        .isInstanceOf(ExportFileException.class)
        .hasMessageContaining("not a JSON object");
    byte[] bad = bytes.clone();
    int secondLine = new String(bytes, StandardCharsets.UTF_8).indexOf('\n') + 20;
    bad[secondLine] = (byte) 0xC3;
    bad[secondLine + 1] = (byte) 0x28;
    Path badFile = dir.resolve("bad.jsonl");
    Files.write(badFile, bad);
    assertThatThrownBy(() -> TRANSFER.check(badFile))
        .isInstanceOf(ExportFileException.class)
        .hasMessageStartingWith(badFile + ", line 2: not UTF-8 text")
        .satisfies(e -> assertThat(((ExportFileException) e).line()).isEqualTo(2));
  }

  @Test
  void onlyAnEmptyStoreIsImportedInto() {
    InMemoryStore source = LoggedStores.commitments(2, 0);
    Path file = dir.resolve("backup.jsonl");
    TRANSFER.export(source, file);
    InMemoryStore notEmpty = new InMemoryStore();
    notEmpty.save(AggregateKind.MEETING, Examples.meeting(), 0);
    assertThatThrownBy(() -> TRANSFER.importFrom(file, notEmpty))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "Cannot write into the target store: it is not empty (it holds meeting "
                + Examples.RAKOR.value()
                + "). Import or copy into a new, empty store.");
    assertThat(notEmpty.lastEvent()).isEmpty();
    assertThatThrownBy(() -> TRANSFER.importFrom(file, source))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("it is not empty (its log holds 2 entries)");
  }

  @Test
  void aStoreThatIsNotWholeIsNotExportedAndTheOldFileStays() throws IOException {
    InMemoryStore store = LoggedStores.commitments(2, 0);
    Path file = dir.resolve("backup.jsonl");
    TRANSFER.export(store, file);
    byte[] before = Files.readAllBytes(file);
    store.save(AggregateKind.COMMITMENT, Examples.commitment("c-01"), 1); // without its event
    assertThatThrownBy(() -> TRANSFER.export(store, file))
        .isInstanceOf(DamagedStoreException.class)
        .hasMessageStartingWith(
            "The store is not whole, so it was not exported: 1 mismatch in 2 aggregates")
        .hasMessageContaining("VERSION_NOT_EXPLAINED commitment c-01");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> TRANSFER.export(store, out)).isInstanceOf(DamagedStoreException.class);
    Path partial = dir.resolve("partial.jsonl");
    Files.write(partial, out.toByteArray());
    assertThatThrownBy(() -> TRANSFER.check(partial))
        .isInstanceOf(ExportFileException.class)
        .hasMessageEndingWith(
            "line 4: commitment c-01 is at version 2 but the log names it in 1 event (coverage"
                + " EVERY_VERSION)");
  }

  @Test
  void aCopyIsEqualAndOnlyIntoAnEmptyStoreFromAWholeOne() {
    InMemoryStore source = LoggedStores.commitments(30, 10);
    InMemoryStore target = new InMemoryStore();
    TransferSummary copied = StoreTransfer.builder().batchSize(7).build().copy(source, target);
    assertThat(copied)
        .isEqualTo(new TransferSummary(30, 40, source.lastEvent().orElseThrow().hash()));
    assertSameContents(source, target);
    assertThatThrownBy(() -> TRANSFER.copy(source, target))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("it is not empty");
    source.save(AggregateKind.COMMITMENT, Examples.commitment("c-05"), 2);
    InMemoryStore untouched = new InMemoryStore();
    assertThatThrownBy(() -> TRANSFER.copy(source, untouched))
        .isInstanceOf(DamagedStoreException.class)
        .hasMessageStartingWith("The source store " + source + " failed verification: 1 mismatch");
    assertThat(untouched.lastEvent()).isEmpty();
  }

  private void refused(Path good, UnaryOperator<List<String>> damage, long line, String problem)
      throws IOException {
    Path file =
        dir.resolve("damaged-" + line + "-" + Integer.toHexString(problem.hashCode()) + ".jsonl");
    List<String> lines = damage.apply(new ArrayList<>(Files.readAllLines(good)));
    Files.writeString(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    InMemoryStore target = new InMemoryStore();
    assertThatThrownBy(() -> TRANSFER.importFrom(file, target))
        .isInstanceOf(ExportFileException.class)
        .hasMessageStartingWith(file + ", line " + line + ": " + problem)
        .satisfies(e -> assertThat(((ExportFileException) e).line()).isEqualTo(line));
    assertThat(target.lastEvent()).as("nothing imported from a refused file").isEmpty();
    assertThat(
            target
                .list(AggregateKind.COMMITMENT, io.rakor.persistence.PageRequest.first(1))
                .items())
        .isEmpty();
  }

  /** Line {@code n}, from 1. */
  private static String at(List<String> lines, int n) {
    return lines.get(n - 1);
  }

  /** The list with line {@code n} (from 1) replaced. */
  private static List<String> with(List<String> lines, int n, String line) {
    List<String> out = new ArrayList<>(lines);
    out.set(n - 1, line);
    return out;
  }

  private static List<String> without(List<String> lines, int n) {
    List<String> out = new ArrayList<>(lines);
    out.remove(n - 1);
    return out;
  }

  private static List<String> swap(List<String> lines, int a, int b) {
    List<String> out = new ArrayList<>(lines);
    Collections.swap(out, a - 1, b - 1);
    return out;
  }

  private static void assertSameContents(RakorStore expected, RakorStore actual) {
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      assertThat(all(actual, kind)).as(kind.name()).isEqualTo(all(expected, kind));
    }
    assertThat(actual.events(1, 1000)).isEqualTo(expected.events(1, 1000));
  }

  private static <T, K> List<Versioned<T>> all(RakorStore store, AggregateKind<T, K> kind) {
    return Pages.stream(3, p -> store.list(kind, p)).toList();
  }
}
