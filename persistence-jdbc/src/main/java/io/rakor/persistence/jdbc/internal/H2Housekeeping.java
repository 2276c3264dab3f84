package io.rakor.persistence.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The housekeeping H2 no longer does for an H2 file opened with {@code WRITE_DELAY=0}: rewriting
 * the file's chunks that are mostly dead, so that their space can be used again.
 *
 * <p>H2 keeps its file as a log of chunks, one per written version. With {@code WRITE_DELAY=0} each
 * commit writes its own chunk (that is what makes the commit survive the process being killed), and
 * H2 stops the background thread that would otherwise batch commits and compact the file. A chunk
 * is freed only when nothing in it is live, but the event log's pages, written once and kept, leave
 * a little live data in almost every chunk: measured on the store's own transactions (a commitment
 * saved and an event appended), the file grew by about 25 KB per transaction and kept it after
 * close (530 MB after 20,000 transactions, against 15 MB with H2's default delay). The store
 * therefore asks H2 to rewrite partly live chunks every {@link #EVERY} commits; once the retention
 * time H2 keeps old chunks for (45 s) has passed, their space is used again, and closing the store
 * shrinks the file (9 MB after 15,000 transactions).
 *
 * <p>Loaded only for H2, through H2's engine classes (the store is built and tested against the H2
 * version the project pins). Housekeeping never fails a transaction: it runs after the commit, and
 * a failure is logged at debug level and skipped. Stateless and thread-safe.
 */
public final class H2Housekeeping {
  /**
   * How many commits of one store pass between two compactions. A compaction of a file written by
   * 500 transactions takes a few milliseconds to a few tens of milliseconds.
   */
  public static final int EVERY = 500;

  /** Chunks are rewritten while the file's fill rate is below this percentage. */
  private static final int TARGET_FILL_RATE = 90;

  /** At most this many bytes are rewritten by one compaction. */
  private static final int MAX_REWRITE_BYTES = 16 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

  private H2Housekeeping() {}

  /**
   * Rewrites the partly live chunks of the H2 file behind a connection, if it is an embedded H2
   * file that is open for writing; does nothing for an in-memory or remote H2 database.
   *
   * @param connection a connection to the H2 database, its transaction committed
   */
  public static void compact(Connection connection) {
    try {
      Session session = connection.unwrap(JdbcConnection.class).getSession();
      if (session instanceof SessionLocal local) {
        MVStore store = local.getDatabase().getStore().getMvStore();
        if (store.getFileStore() != null && !store.isReadOnly() && !store.isClosed()) {
          store.compact(TARGET_FILL_RATE, MAX_REWRITE_BYTES);
        }
      }
    } catch (SQLException | RuntimeException e) {
      LOG.debug("H2 housekeeping (compacting the file) was skipped", e);
    }
  }
}
