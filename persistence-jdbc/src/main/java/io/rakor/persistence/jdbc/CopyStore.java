package io.rakor.persistence.jdbc;

import io.rakor.core.RakorException;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.integrity.LogCoverage;
import io.rakor.persistence.integrity.StoreVerification;
import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.persistence.transfer.StoreTransfer;
import io.rakor.persistence.transfer.TransferSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The command that moves a store: copies a whole store into an empty one with {@link
 * StoreTransfer#copy(RakorStore, RakorStore)}, then verifies the copy. Typically a district's
 * embedded H2 file into PostgreSQL:
 *
 * <pre>{@code
 * java -cp <the application's class path> io.rakor.persistence.jdbc.CopyStore \
 *     rakor-data/rakor jdbc:postgresql://db.example:5432/rakor
 * }</pre>
 *
 * <p>Each of the two arguments is an H2 file, given as its path without the {@code .mv.db} suffix
 * (opened with {@link JdbcStore#builder(Path)}: an existing file is checked), or a JDBC URL ({@code
 * jdbc:postgresql:...} or {@code jdbc:h2:...}). The user and password for a URL come from the
 * system properties {@code rakor.from.user}, {@code rakor.from.password}, {@code rakor.to.user} and
 * {@code rakor.to.password}, or else the environment variables {@code RAKOR_FROM_USER}, {@code
 * RAKOR_FROM_PASSWORD}, {@code RAKOR_TO_USER} and {@code RAKOR_TO_PASSWORD}; an H2 URL defaults to
 * the user {@code sa}. The system property {@code rakor.coverage} ({@code EVERY_VERSION}, the
 * default, {@code EVERY_CHANGE} or {@code NONE}) sets the {@link LogCoverage} both stores are held
 * to. The target must be empty: a new H2 file, or a PostgreSQL database without Rakor data.
 *
 * <p>Prints what it copied and the verification of the copy. Exits with 0 when the copy is made and
 * verifies, 1 when a store is refused, damaged or fails, and 2 for a wrong command line.
 *
 * @since 0.1
 */
public final class CopyStore {
  private CopyStore() {}

  /**
   * Runs the command and exits with a non-zero status if it fails.
   *
   * @param args the source and the target
   */
  public static void main(String[] args) {
    int status =
        run(
            List.of(args),
            name -> {
              String property = System.getProperty(name);
              return property != null
                  ? property
                  : System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
            },
            System.out,
            System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the command.
   *
   * @param args the source and the target
   * @param settings the settings by system property name ({@code rakor.to.user}, ...), null if
   *     unset
   * @param out where to report
   * @param err where to report failures
   * @return the exit status: 0 copied and verified, 1 failed, 2 wrong command line
   */
  static int run(
      List<String> args, UnaryOperator<String> settings, PrintStream out, PrintStream err) {
    if (args.size() != 2) {
      err.println(
          "Usage: CopyStore <from> <to>, each an H2 file path without .mv.db or a JDBC URL"
              + " (see the Javadoc of io.rakor.persistence.jdbc.CopyStore)");
      return 2;
    }
    LogCoverage coverage;
    try {
      String name = settings.apply("rakor.coverage");
      coverage = name == null ? LogCoverage.EVERY_VERSION : LogCoverage.valueOf(name);
    } catch (IllegalArgumentException e) {
      err.println(
          "rakor.coverage is one of " + List.of(LogCoverage.values()) + ", not " + e.getMessage());
      return 2;
    }
    StoreVerifier verifier = StoreVerifier.builder().coverage(coverage).build();
    try (JdbcStore from = open(args.get(0), "rakor.from", settings, verifier);
        JdbcStore to = open(args.get(1), "rakor.to", settings, verifier)) {
      TransferSummary copied = StoreTransfer.builder().verifier(verifier).build().copy(from, to);
      StoreVerification check = to.verify(verifier);
      out.println(
          "Copied "
              + copied.aggregates()
              + " aggregates and "
              + copied.events()
              + " log entries from "
              + args.get(0)
              + " to "
              + args.get(1)
              + "; the copy is "
              + check.summary());
      return check.intact() ? 0 : 1;
    } catch (RakorException e) {
      err.println(
          "Nothing was copied, or the target holds part of the copy (discard it): "
              + e.getMessage());
      return 1;
    }
  }

  private static JdbcStore open(
      String where, String prefix, UnaryOperator<String> settings, StoreVerifier verifier) {
    if (!where.regionMatches(true, 0, "jdbc:", 0, 5)) {
      // The copy verifies the source itself; the target is new or empty.
      return JdbcStore.builder(Path.of(where)).verifier(verifier).verifyOnOpen(false).build();
    }
    String user = settings.apply(prefix + ".user");
    if (user == null && where.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
      user = "sa";
    }
    String password = settings.apply(prefix + ".password");
    JdbcStore store = JdbcStore.open(where, user, password == null ? "" : password, 4);
    return store;
  }
}
