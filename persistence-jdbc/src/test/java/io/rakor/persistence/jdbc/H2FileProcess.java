package io.rakor.persistence.jdbc;

import io.rakor.testkit.Fixtures;
import io.rakor.testkit.ScenarioSize;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for {@link H2FileProcessTest}: {@code hold <file>} opens a store in an H2 file,
 * prints {@code open} and keeps it open until its standard input ends; {@code write-and-die <file>
 * <seed>} writes a generated regency with its log, prints {@code committed} and halts at once, as a
 * process killed right after its last commit.
 */
public final class H2FileProcess {
  private H2FileProcess() {}

  /**
   * Runs one of the two roles.
   *
   * @param args the role, the file, and for {@code write-and-die} the seed
   * @throws IOException if standard input fails
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "hold" -> {
        try (JdbcStore store = JdbcStore.h2File(file)) {
          System.out.println(store.lastEvent().isPresent() ? "open" : "open, empty");
          System.out.flush();
          while (System.in.read() != -1) {
            // wait for the test to close our standard input
          }
        }
      }
      case "write-and-die" -> {
        JdbcStore store = JdbcStore.h2File(file);
        Fixtures.writeWithLog(
            store, Fixtures.scenario(Long.parseLong(args[2]), ScenarioSize.small()));
        System.out.println("committed");
        System.out.flush();
        Runtime.getRuntime().halt(3);
      }
      default -> throw new IllegalArgumentException("no role " + args[0]);
    }
  }
}
