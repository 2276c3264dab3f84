package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.rakor.core.commitments.Commitment;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.integrity.DamagedStoreException;
import io.rakor.persistence.integrity.LogCoverage;
import io.rakor.persistence.integrity.Mismatch;
import io.rakor.persistence.integrity.StoreVerification;
import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.Scenario;
import io.rakor.testkit.ScenarioSize;
import io.rakor.testkit.tck.internal.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's corpus of damaged H2 files: each made in the test from a real store file (a
 * generated regency written with its log, then closed), damaged as a disk, a copy or a person
 * damages files, and opened again. None may open silently: each is refused with the library's
 * {@link DamagedStoreException}, whose message names the file and says what was found.
 */
class DamagedH2FileTest {
  @TempDir static Path shared;

  @TempDir Path dir;

  private static byte[] pristine;
  private static Scenario scenario;

  @BeforeAll
  static void writeARealStoreFile() throws IOException {
    scenario = Fixtures.scenario(20260112L, ScenarioSize.medium());
    Path base = shared.resolve("rakor");
    try (JdbcStore store = JdbcStore.h2File(base)) {
      Fixtures.writeWithLog(store, scenario);
    }
    pristine = Files.readAllBytes(shared.resolve("rakor.mv.db"));
  }

  /** How a file is damaged; each keeps the file's name and place. */
  enum Damage {
    /** Cut to nothing: H2 alone would open it as a new, empty database. */
    TRUNCATED_TO_ZERO(bytes -> new byte[0]),
    /** Cut in half: H2 alone would open the older, smaller version it can still read. */
    TRUNCATED_TO_HALF(bytes -> Arrays.copyOf(bytes, bytes.length / 2)),
    /** Every byte zero, the length kept: as a failed disk or a sparse copy leaves it. */
    ZEROED(bytes -> new byte[bytes.length]),
    /** The middle third overwritten with random bytes. */
    OVERWRITTEN_IN_THE_MIDDLE(
        bytes -> {
          byte[] damaged = bytes.clone();
          byte[] noise = new byte[bytes.length / 3];
          new SplittableRandom(7).nextBytes(noise);
          System.arraycopy(noise, 0, damaged, bytes.length / 3, noise.length);
          return damaged;
        }),
    /** The last 4 KiB block zeroed: the newest chunk, where the last commit went. */
    LAST_BLOCK_ZEROED(
        bytes -> {
          byte[] damaged = bytes.clone();
          Arrays.fill(damaged, Math.max(0, bytes.length - 4096), bytes.length, (byte) 0);
          return damaged;
        }),
    /** Cut by the last 4 KiB block: as a copy interrupted at its very end leaves it. */
    LAST_BLOCK_CUT(bytes -> Arrays.copyOf(bytes, Math.max(0, bytes.length - 4096)));

    private final UnaryOperator<byte[]> damage;

    Damage(UnaryOperator<byte[]> damage) {
      this.damage = damage;
    }
  }

  @Test
  void theUndamagedFileOpensAndVerifies() throws IOException {
    Path base = place(pristine);
    try (JdbcStore store = JdbcStore.h2File(base)) {
      StoreVerification v = store.verify();
      assertThat(v.intact()).as(v.summary()).isTrue();
      assertThat(v.events()).isEqualTo(v.aggregates() + scenario.commitments().size());
      assertThat(store.load(AggregateKind.COMMITMENT, scenario.commitments().get(0).id()))
          .isPresent();
    }
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void aDamagedFileIsRefusedNotOpenedSilently(Damage damage) throws IOException {
    Path base = place(damage.damage.apply(pristine));
    Path file = base.resolveSibling("rakor.mv.db");
    assertThatThrownBy(() -> JdbcStore.h2File(base).close())
        .isInstanceOf(DamagedStoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("Do not use the file");
  }

  @Test
  void anEmptyFileIsRefusedAndLeftAsItWas() throws IOException {
    Path base = place(new byte[0]);
    Path file = base.resolveSibling("rakor.mv.db");
    assertThatThrownBy(() -> JdbcStore.h2File(base))
        .isInstanceOf(DamagedStoreException.class)
        .hasMessage(
            "The H2 file "
                + file
                + " is empty (0 bytes), so it holds no Rakor store; H2 would silently make a new,"
                + " empty database of it. It was probably truncated. Do not use the file: restore"
                + " the store from a backup (an export, see docs/jdbc-store.md), or move the file"
                + " aside to start a new, empty store.");
    assertThat(file).isEmptyFile();
  }

  @Test
  void aFileCutShortIsRefusedBeforeH2OpensItAndLeftAsItWas() throws IOException {
    byte[] cut = Damage.TRUNCATED_TO_HALF.damage.apply(pristine);
    Path base = place(cut);
    assertThatThrownBy(() -> JdbcStore.h2File(base))
        .isInstanceOf(DamagedStoreException.class)
        .hasMessageContaining("is damaged");
    assertThat(Files.readAllBytes(base.resolveSibling("rakor.mv.db"))).isEqualTo(cut);
  }

  @Test
  void anotherApplicationsH2DatabaseIsNotTakenForAStore() throws Exception {
    Path base = dir.resolve("other");
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE invoices (id INT PRIMARY KEY)");
    }
    assertThatThrownBy(() -> JdbcStore.h2File(base))
        .isInstanceOf(DamagedStoreException.class)
        .hasMessageContaining("is not a Rakor store: it has no rakor_schema_history table");
  }

  @Test
  void aVersionSavedWithoutItsEventIsRefusedOnOpeningAndNamed() throws IOException {
    Path base = place(pristine);
    Commitment first = scenario.commitments().get(0);
    try (JdbcStore store = JdbcStore.h2File(base)) {
      store.save(AggregateKind.COMMITMENT, first, 2);
    }
    assertThatThrownBy(() -> JdbcStore.h2File(base))
        .isInstanceOf(DamagedStoreException.class)
        .hasMessageContaining(
            "VERSION_NOT_EXPLAINED commitment "
                + first.id().value()
                + ": it is at version 3 but the log names it in 2 events")
        .satisfies(
            e ->
                assertThat(((DamagedStoreException) e).verification().orElseThrow().mismatches())
                    .extracting(Mismatch::type, Mismatch::kind, Mismatch::id)
                    .containsExactly(
                        tuple(
                            Mismatch.Type.VERSION_NOT_EXPLAINED,
                            "commitment",
                            first.id().value())));
    try (JdbcStore store = JdbcStore.builder(base).verifyOnOpen(false).build()) {
      assertThat(store.verify().mismatchCount()).isEqualTo(1);
    }
    StoreVerifier lenient = StoreVerifier.builder().coverage(LogCoverage.NONE).build();
    try (JdbcStore store = JdbcStore.builder(base).verifier(lenient).build()) {
      assertThat(store.verify().intact()).isTrue();
    }
  }

  @Test
  void anEventChangedByHandBreaksTheChainAndIsRefused() throws Exception {
    Path base = place(pristine);
    try (Connection c = DriverManager.getConnection(JdbcStore.h2FileUrl(base), "sa", "");
        Statement st = c.createStatement()) {
      st.execute("DROP TRIGGER rakor_event_no_update_or_delete");
      st.executeUpdate(
          "UPDATE rakor_event SET event_json = REPLACE(event_json, 'SECRETARIAT', 'CHAIR')"
              + " WHERE sequence = 5");
    }
    assertThatThrownBy(() -> JdbcStore.h2File(base))
        .isInstanceOf(DamagedStoreException.class)
        .hasMessageContaining(
            "CHAIN_BROKEN log 5: ALTERED: entry (sequence 5) does not hash to its stored hash");
  }

  @Test
  void theLastEventsRemovedByHandAreCaughtByTheRecordedHead() throws Exception {
    Path base = place(pristine);
    long total;
    try (JdbcStore store = JdbcStore.h2File(base)) {
      total = store.lastEvent().orElseThrow().sequence();
    }
    try (Connection c = DriverManager.getConnection(JdbcStore.h2FileUrl(base), "sa", "");
        Statement st = c.createStatement()) {
      st.execute("DROP TRIGGER rakor_event_no_update_or_delete");
      st.executeUpdate("DELETE FROM rakor_event WHERE sequence > " + (total - 3));
    }
    StoreVerifier chainOnly = StoreVerifier.builder().coverage(LogCoverage.NONE).build();
    assertThatThrownBy(() -> JdbcStore.builder(base).verifier(chainOnly).build())
        .isInstanceOf(DamagedStoreException.class)
        .hasMessageContaining(
            "HEAD_MISMATCH log " + (total - 3) + ": the store records its head as entry " + total)
        .hasMessageContaining("the last 3 entries are gone");
  }

  @Test
  void anAggregateRowDeletedByHandIsNamed() throws Exception {
    Path base = place(pristine);
    Commitment gone = scenario.commitments().get(1);
    try (Connection c = DriverManager.getConnection(JdbcStore.h2FileUrl(base), "sa", "");
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "DELETE FROM rakor_commitment_key WHERE commitment_id = '" + gone.id().value() + "'");
      st.executeUpdate("DELETE FROM rakor_commitment WHERE id = '" + gone.id().value() + "'");
    }
    assertThatThrownBy(() -> JdbcStore.h2File(base))
        .isInstanceOf(DamagedStoreException.class)
        .hasMessageContaining(
            "AGGREGATE_MISSING commitment " + gone.id().value() + ": the log names it in 2 events");
  }

  /**
   * A 4 KiB block of random bytes at 15 places through the file: each is refused, or (when the
   * block held only space H2 no longer uses) the store opens, verifies and holds exactly what was
   * written. Never a store that opens with something else.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
  void aBlockOverwrittenAnywhereIsRefusedOrHarmless(int sixteenth) throws IOException {
    byte[] damaged = pristine.clone();
    int at = (int) ((long) pristine.length * sixteenth / 16) / 4096 * 4096;
    byte[] noise = new byte[4096];
    new SplittableRandom(sixteenth).nextBytes(noise);
    System.arraycopy(noise, 0, damaged, at, Math.min(noise.length, damaged.length - at));
    Path base = place(damaged);
    Snapshot opened;
    try (JdbcStore store = JdbcStore.h2File(base)) {
      opened = Snapshot.of(store);
    } catch (DamagedStoreException refused) {
      assertThat(refused).hasMessageContaining(base.resolveSibling("rakor.mv.db").toString());
      return;
    }
    InMemoryStore written = new InMemoryStore();
    Fixtures.writeWithLog(written, scenario);
    assertThat(opened)
        .as("a file with a block overwritten at %s opened, so it must hold what was written", at)
        .isEqualTo(Snapshot.of(written));
  }

  private Path place(byte[] bytes) throws IOException {
    Path base = dir.resolve("rakor");
    Files.write(base.resolveSibling("rakor.mv.db"), bytes);
    return base;
  }
}
