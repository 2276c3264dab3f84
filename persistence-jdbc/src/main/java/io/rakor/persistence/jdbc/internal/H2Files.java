package io.rakor.persistence.jdbc.internal;

import com.google.common.base.Throwables;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.integrity.DamagedStoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * The checks the JDBC store makes on an H2 database file before and after H2 opens it, so that a
 * damaged file is reported instead of silently used. Loaded only for H2 files, so a deployment on
 * PostgreSQL needs no H2 jar. Stateless and thread-safe.
 *
 * <p>H2 keeps a file as a log of chunks, each holding one version of the store, and two copies of a
 * header that records the newest version when it was last written (on every clean close). When the
 * newest chunks are gone or unreadable, H2 silently opens the newest version it can still read: a
 * file truncated to half opens with an older, smaller, but self-consistent store. So before H2
 * opens the file, it is opened here read-only with H2's own MVStore, and the version it can read is
 * compared with the version the header records: a store older than its header lost its newest data.
 */
public final class H2Files {
  /** H2's suffix for its database file. */
  public static final String SUFFIX = ".mv.db";

  private static final String RESTORE =
      " Do not use the file: restore the store from a backup (an export, see docs/jdbc-store.md),"
          + " or move the file aside to start a new, empty store.";

  private H2Files() {}

  /**
   * The database file H2 keeps for a path given without its suffix.
   *
   * @param base the path without {@value #SUFFIX}
   * @return the file
   */
  public static Path file(Path base) {
    return base.resolveSibling(base.getFileName() + SUFFIX);
  }

  /**
   * Checks an existing H2 file before H2 opens it: not empty, readable by H2, and not rolled back
   * to an older version than its header records. A file that another process (or this one) has open
   * is locked and not checked here; H2 then refuses a second process ({@link #openFailure}), and a
   * store in this process shares the database already open and checked.
   *
   * @param file the {@value #SUFFIX} file, which exists
   * @throws DamagedStoreException if the file is damaged
   * @throws StoreException if the file cannot be read
   */
  public static void checkBeforeOpen(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new StoreException("Cannot read the H2 file " + file + ": " + e.getMessage(), e);
    }
    if (size == 0) {
      throw new DamagedStoreException(
          "The H2 file "
              + file
              + " is empty (0 bytes), so it holds no Rakor store; H2 would silently make a new,"
              + " empty database of it. It was probably truncated."
              + RESTORE,
          (Throwable) null);
    }
    MVStore store;
    try {
      store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
    } catch (MVStoreException e) {
      if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
        return;
      }
      throw damaged(file, size, e);
    } catch (RuntimeException e) {
      throw damaged(file, size, e);
    }
    try {
      Map<String, Object> header = store.getStoreHeader();
      long recorded = DataUtils.readHexLong(header, "version", 0);
      long readable = store.getCurrentVersion();
      if (readable < recorded) {
        throw new DamagedStoreException(
            "The H2 file "
                + file
                + " ("
                + size
                + " bytes) is damaged: its header records that version "
                + recorded
                + " of the database was written, but H2 can read no version newer than "
                + readable
                + ", so the newest data is lost (the file was truncated or overwritten). H2 would"
                + " silently open the older version."
                + RESTORE,
            (Throwable) null);
      }
    } catch (RuntimeException e) {
      if (e instanceof DamagedStoreException d) {
        throw d;
      }
      throw damaged(file, size, e);
    } finally {
      try {
        store.close();
      } catch (RuntimeException e) {
        // Closing a read-only store writes nothing; a failure here changes no verdict.
      }
    }
  }

  private static DamagedStoreException damaged(Path file, long size, Exception e) {
    return new DamagedStoreException(
        "The H2 file "
            + file
            + " ("
            + size
            + " bytes) is damaged: H2 cannot read it ("
            + Throwables.getRootCause(e).getMessage()
            + ")."
            + RESTORE,
        e);
  }

  /**
   * The exception for a failure to open the database file: the library's own, naming the file.
   *
   * @param file the {@value #SUFFIX} file
   * @param failure what opening threw (a pool's exception, with H2's cause)
   * @return a {@link StoreException}, a {@link DamagedStoreException} if H2 found the file corrupt
   */
  public static StoreException openFailure(Path file, RuntimeException failure) {
    Optional<SQLException> sql =
        Throwables.getCausalChain(failure).stream()
            .filter(SQLException.class::isInstance)
            .map(SQLException.class::cast)
            .findFirst();
    int code = sql.map(SQLException::getErrorCode).orElse(0);
    String reason =
        sql.map(SQLException::getMessage).orElseGet(() -> String.valueOf(failure.getMessage()));
    if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
      return new StoreException(
          "The H2 file "
              + file
              + " is in use by another process: H2 locks the file while a store has it open, and"
              + " an embedded H2 file serves one process at a time. Close the store in the other"
              + " process first, or use PostgreSQL for several processes. ("
              + reason
              + ")",
          failure);
    }
    if (code == ErrorCode.FILE_CORRUPTED_1
        || code == ErrorCode.FILE_VERSION_ERROR_1
        || (code == ErrorCode.GENERAL_ERROR_1 && unreadablePage(failure))) {
      return new DamagedStoreException(
          "The H2 file " + file + " is damaged: H2 cannot open it (" + reason + ")." + RESTORE,
          failure);
    }
    return new StoreException("Cannot open the H2 file " + file + ": " + reason, failure);
  }

  /**
   * The exception for an existing file that H2 opened but whose Rakor store cannot be read,
   * migrated or verified: a table or page that should be there is gone, so the file is refused as
   * damaged.
   *
   * @param file the {@value #SUFFIX} file
   * @param failure what reading the store threw
   * @return the failure itself if it already says the file is damaged, or a {@link
   *     DamagedStoreException} naming the file
   */
  public static DamagedStoreException unreadableStore(Path file, StoreException failure) {
    if (failure instanceof DamagedStoreException damaged) {
      return damaged;
    }
    return new DamagedStoreException(
        "The H2 file "
            + file
            + " is damaged: H2 opens it, but the Rakor store in it cannot be read ("
            + failure.getMessage()
            + ")."
            + RESTORE,
        failure);
  }

  /**
   * Whether H2's file layer failed to read the file: a page it could not read surfaces as a general
   * error wrapping (or quoting) H2's {@code MVStoreException}, when bytes it needs are overwritten.
   */
  private static boolean unreadablePage(RuntimeException failure) {
    return Throwables.getCausalChain(failure).stream()
        .anyMatch(
            t ->
                t instanceof MVStoreException
                    || String.valueOf(t.getMessage()).contains(MVStoreException.class.getName()));
  }

  /**
   * Checks that an existing file holds a Rakor store: the table in which the store records its
   * schema migrations exists. Run before migrating, which would otherwise turn any H2 database into
   * a new, empty Rakor store.
   *
   * @param dataSource the open database
   * @param file the {@value #SUFFIX} file, for the message
   * @throws DamagedStoreException if the table is missing
   * @throws StoreException if the database cannot be read
   */
  public static void requireRakorSchema(DataSource dataSource, Path file) {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      boolean found;
      try (ResultSet rs = meta.getTables(null, null, Migrations.HISTORY_TABLE, null)) {
        found = rs.next();
      }
      if (!found) {
        throw new DamagedStoreException(
            "The H2 file "
                + file
                + " is not a Rakor store: it has no "
                + Migrations.HISTORY_TABLE
                + " table, in which every Rakor store records its schema. It is another"
                + " application's database, or a Rakor store whose file was cut short or"
                + " overwritten."
                + RESTORE,
            (Throwable) null);
      }
    } catch (SQLException e) {
      throw SqlErrors.translate("checking that " + file + " is a Rakor store", e);
    }
  }
}
