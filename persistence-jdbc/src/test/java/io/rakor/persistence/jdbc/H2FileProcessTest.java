package io.rakor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.persistence.StoreException;
import io.rakor.persistence.integrity.DamagedStoreException;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.ScenarioSize;
import io.rakor.testkit.tck.internal.Snapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What H2's settings in Rakor mean between processes: the file lock (a second process is refused
 * with a clear error; several stores in one process share the file) and commits that survive the
 * process being killed right after them ({@code WRITE_DELAY=0}). Each test starts a second JVM
 * ({@link H2FileProcess}) on the test class path.
 */
class H2FileProcessTest {
  @TempDir Path dir;

  @Test
  void aSecondProcessCannotOpenTheFileAndIsToldWhy() throws Exception {
    Path base = dir.resolve("rakor");
    Path file = dir.resolve("rakor.mv.db");
    JdbcStore.h2File(base).close();
    Process holder = start("hold", base.toString());
    try {
      assertThat(firstLine(holder)).isEqualTo("open, empty");
      assertThatThrownBy(() -> JdbcStore.h2File(base))
          .isInstanceOf(StoreException.class)
          .isNotInstanceOf(DamagedStoreException.class)
          .hasMessageStartingWith(
              "The H2 file "
                  + file
                  + " is in use by another process: H2 locks the file while a store has it open,"
                  + " and an embedded H2 file serves one process at a time. Close the store in"
                  + " the other process first, or use PostgreSQL for several processes.");
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(60, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
    assertThat(holder.exitValue()).isZero();
    try (JdbcStore store = JdbcStore.h2File(base)) {
      assertThat(store.verify().intact()).isTrue();
    }
  }

  @Test
  void storesInOneProcessShareTheFile() {
    Path base = dir.resolve("rakor");
    try (JdbcStore first = JdbcStore.h2File(base)) {
      Fixtures.writeWithLog(first, Fixtures.scenario(3, ScenarioSize.small()));
      try (JdbcStore second = JdbcStore.h2File(base)) {
        assertThat(second.lastEvent()).isEqualTo(first.lastEvent());
        assertThat(second.verify().intact()).isTrue();
      }
      assertThat(first.verify().intact()).isTrue();
    }
  }

  @Test
  void everyCommitSurvivesTheProcessBeingKilledRightAfterIt() throws Exception {
    Path base = dir.resolve("rakor");
    Process writer = start("write-and-die", base.toString(), "11");
    assertThat(firstLine(writer)).isEqualTo("committed");
    assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(writer.exitValue()).as("the writer halted without closing the store").isEqualTo(3);
    InMemoryStore written = new InMemoryStore();
    Fixtures.writeWithLog(written, Fixtures.scenario(11, ScenarioSize.small()));
    try (JdbcStore store = JdbcStore.h2File(base)) {
      assertThat(Snapshot.of(store)).isEqualTo(Snapshot.of(written));
    }
  }

  private Process start(String... args) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                H2FileProcess.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectError(Files.createTempFile(dir, "process-", ".err").toFile())
        .start();
  }

  private static String firstLine(Process p) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    return line == null ? "(the process ended without output, exit " + waitExit(p) + ")" : line;
  }

  private static String waitExit(Process p) {
    try {
      return p.waitFor(30, TimeUnit.SECONDS) ? Integer.toString(p.exitValue()) : "(still running)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    }
  }
}
