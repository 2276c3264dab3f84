package io.rakor.persistence.jdbc.internal;

import com.google.common.collect.ImmutableList;
import io.rakor.core.audit.HashChain;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.ConcurrencyConflictException;
import io.rakor.persistence.StaleVersionException;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.Transaction;
import io.rakor.persistence.Versioned;
import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One SPI transaction on one JDBC connection in manual-commit mode. Saves are buffered and written
 * as JDBC batches (one per run of saves of the same table and kind of write) before any read and at
 * commit; a write that finds its aggregate at another version dooms the transaction. Appends lock
 * the log's head row, so appenders queue and the sequence has no gaps. Not thread-safe: it belongs
 * to the thread running the work.
 */
public final class JdbcTransaction implements Transaction {
  /** Saves buffered before they are written as a batch. */
  static final int BATCH_SIZE = 500;

  private final Connection connection;
  private final Dialect dialect;
  private final DecodedBodies bodies;
  private final List<Pending<?>> pending = new ArrayList<>();

  /** Saves written, told to {@link #bodies} once committed (none past {@link #BATCH_SIZE}). */
  private final List<Pending<?>> written = new ArrayList<>();

  /** Commitments as this transaction loaded or saved them, by id: their key rows are known. */
  private final Map<String, Versioned<Commitment>> knownCommitments = new HashMap<>();

  private long headSequence;
  private String headHash;
  private boolean headLocked;
  private RuntimeException doomed;
  private boolean open = true;

  /**
   * Starts a transaction on a connection that is already in manual-commit mode.
   *
   * @param connection the connection
   * @param dialect its database's dialect
   * @param bodies the store's decoded bodies, read through and told of what this transaction
   *     commits
   */
  public JdbcTransaction(Connection connection, Dialect dialect, DecodedBodies bodies) {
    this.connection = connection;
    this.dialect = dialect;
    this.bodies = bodies;
  }

  private record Pending<T>(Table<T> table, T value, String idText, String json, long expected) {
    boolean insert() {
      return expected == Versioned.NONE;
    }

    boolean sameBatchAs(Pending<?> other) {
      return table == other.table && insert() == other.insert();
    }
  }

  @Override
  @SuppressWarnings("unchecked") // a COMMITMENT's values are commitments
  public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
    checkUsable();
    flush();
    Table<T> table = Table.of(kind);
    String idText = kind.idText(id);
    try {
      Optional<Versioned<T>> loaded = Reads.load(connection, bodies, table, idText);
      if (kind == AggregateKind.COMMITMENT && loaded.isPresent()) {
        knownCommitments.put(idText, (Versioned<Commitment>) loaded.get());
      }
      return loaded;
    } catch (SQLException e) {
      throw fail(SqlErrors.translate("loading " + kind + " " + idText, e));
    }
  }

  @Override
  public <T, K> Versioned<T> save(AggregateKind<T, K> kind, T value, long expectedVersion) {
    checkUsable();
    Objects.requireNonNull(value, "value");
    if (expectedVersion < Versioned.NONE) {
      throw new IllegalArgumentException(
          "an expected version is " + Versioned.NONE + " or more, not " + expectedVersion);
    }
    Table<T> table = Table.of(kind);
    String idText = kind.idText(kind.idOf(value));
    pending.add(new Pending<>(table, value, idText, RakorJson.write(value), expectedVersion));
    if (pending.size() >= BATCH_SIZE) {
      flush();
    }
    return Versioned.of(value, expectedVersion + 1);
  }

  @Override
  public List<LogEntry> append(List<DomainEvent> events) {
    checkUsable();
    List<DomainEvent> toAppend = ImmutableList.copyOf(events);
    if (toAppend.isEmpty()) {
      return ImmutableList.of();
    }
    try {
      lockHead();
      ImmutableList.Builder<LogEntry> added = ImmutableList.builder();
      try (PreparedStatement ps =
          connection.prepareStatement(
              "INSERT INTO rakor_event (sequence, event_type, subject_kind, subject_id,"
                  + " previous_hash, hash, event_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (DomainEvent event : toAppend) {
          long sequence = headSequence + 1;
          String previous = headHash;
          String canonical = new String(HashChain.canonicalBytes(event), StandardCharsets.UTF_8);
          LogEntry entry =
              LogEntry.builder()
                  .sequence(sequence)
                  .event(event)
                  .previousHash(previous)
                  .hash(HashChain.hash(sequence, previous, event))
                  .build();
          ps.setLong(1, sequence);
          ps.setString(2, event.type().name());
          ps.setString(3, event.subjectKind());
          ps.setString(4, event.subjectId());
          ps.setString(5, previous);
          ps.setString(6, entry.hash());
          ps.setString(7, canonical);
          ps.addBatch();
          added.add(entry);
          headSequence = sequence;
          headHash = entry.hash();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps =
          connection.prepareStatement(
              "UPDATE rakor_event_head SET last_sequence = ?, last_hash = ? WHERE singleton = 1")) {
        ps.setLong(1, headSequence);
        ps.setString(2, headHash);
        ps.executeUpdate();
      }
      return added.build();
    } catch (SQLException e) {
      if (SqlErrors.violates(e, "rakor_event_pk")) {
        // The head row serializes appenders; should the database still let two read one head,
        // the log's key refuses the second, and the loser retries like any other conflict.
        throw fail(
            new ConcurrencyConflictException(
                "Another transaction appended to the event log at the same sequence while"
                    + " appending "
                    + toAppend.size()
                    + " events; nothing of this transaction was committed",
                e));
      }
      throw fail(SqlErrors.translate("appending " + toAppend.size() + " events", e));
    }
  }

  private void lockHead() throws SQLException {
    if (headLocked) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      // Lock the head row with an UPDATE, then read it. An UPDATE waits for a concurrent appender
      // and then works on the row it committed, in H2 as in PostgreSQL; H2's SELECT ... FOR UPDATE
      // may return the value it read before it waited, so two appenders could take one sequence.
      if (s.executeUpdate(
              "UPDATE rakor_event_head SET last_sequence = last_sequence WHERE singleton = 1")
          != 1) {
        throw new StoreException(
            "The event log's head row is missing from rakor_event_head; the schema is damaged");
      }
    }
    // The head row records the last entry's sequence and hash, all the next entry needs: the
    // entry itself is not read back (verification checks that the two agree).
    LogHead recorded = LogHead.read(connection);
    headSequence = recorded.sequence();
    headHash = recorded.hash();
    headLocked = true;
  }

  /**
   * Writes the buffered saves, as batches.
   *
   * @throws StaleVersionException if a save found its aggregate at another version
   * @throws StoreException if the database fails
   */
  public void flush() {
    checkUsable();
    int start = 0;
    try {
      while (start < pending.size()) {
        int end = start + 1;
        while (end < pending.size() && pending.get(end).sameBatchAs(pending.get(start))) {
          end++;
        }
        writeBatch(pending.subList(start, end));
        start = end;
      }
      pending.clear();
    } catch (SQLException e) {
      int count = pending.size();
      pending.clear();
      throw fail(SqlErrors.translate("saving " + count + " aggregates", e));
    }
  }

  private void writeBatch(List<Pending<?>> batch) throws SQLException {
    Table<?> table = batch.get(0).table();
    boolean insert = batch.get(0).insert();
    int[] counts;
    try (PreparedStatement ps =
        connection.prepareStatement(insert ? table.insertSql(dialect) : table.updateSql(dialect))) {
      for (Pending<?> p : batch) {
        bind(ps, p);
        ps.addBatch();
      }
      try {
        counts = ps.executeBatch();
      } catch (BatchUpdateException e) {
        if (insert && dialect == Dialect.H2 && isDuplicateKey(e)) {
          counts = e.getUpdateCounts();
        } else {
          throw e;
        }
      }
    }
    for (int i = 0; i < batch.size(); i++) {
      int count = i < counts.length ? counts[i] : Statement.EXECUTE_FAILED;
      if (count == Statement.SUCCESS_NO_INFO) {
        checkWritten(batch.get(i));
      } else if (count != 1) {
        throw fail(stale(batch.get(i)));
      }
    }
    if (table.kind() == AggregateKind.COMMITMENT) {
      writeCommitmentKeys(batch, insert);
    }
    if (written.size() + batch.size() <= BATCH_SIZE) {
      written.addAll(batch);
    }
  }

  /**
   * Replaces the rows of rakor_commitment_key of the commitments just written, except where the
   * commitment's keys are those of the version this transaction loaded and the write replaced: most
   * commands (agree, start, report, verify) change no key, and rewriting the rows would cost a
   * delete and an insert per key for nothing.
   */
  private void writeCommitmentKeys(List<Pending<?>> batch, boolean insert) throws SQLException {
    List<Pending<?>> changed = new ArrayList<>(batch.size());
    for (Pending<?> p : batch) {
      Commitment now = (Commitment) p.value();
      Versioned<Commitment> before = insert ? null : knownCommitments.get(p.idText());
      if (before == null || before.version() != p.expected() || !sameKeys(before.value(), now)) {
        changed.add(p);
      }
      knownCommitments.put(p.idText(), Versioned.of(now, p.expected() + 1));
    }
    if (changed.isEmpty()) {
      return;
    }
    if (!insert) {
      try (PreparedStatement ps =
          connection.prepareStatement("DELETE FROM rakor_commitment_key WHERE commitment_id = ?")) {
        for (Pending<?> p : changed) {
          ps.setString(1, p.idText());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO rakor_commitment_key (key_kind, key_value, sort_due, commitment_id)"
                + " VALUES (?, ?, ?, ?)")) {
      for (Pending<?> p : changed) {
        Commitment c = (Commitment) p.value();
        for (String[] key : Table.commitmentKeys(c)) {
          ps.setString(1, key[0]);
          ps.setString(2, key[1]);
          ps.setObject(3, c.due());
          ps.setString(4, p.idText());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static boolean sameKeys(Commitment before, Commitment now) {
    if (!before.due().equals(now.due())) {
      return false;
    }
    List<String[]> a = Table.commitmentKeys(before);
    List<String[]> b = Table.commitmentKeys(now);
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Arrays.equals(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDuplicateKey(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if ("23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return "23505".equals(e.getSQLState());
  }

  private <T> void bind(PreparedStatement ps, Pending<T> p) throws SQLException {
    if (p.insert()) {
      p.table().bindInsert(ps, connection, p.value(), p.idText(), p.json());
    } else {
      p.table().bindUpdate(ps, connection, p.value(), p.idText(), p.json(), p.expected());
    }
  }

  private void checkWritten(Pending<?> p) throws SQLException {
    long actual = Reads.version(connection, p.table(), p.idText());
    if (actual != p.expected() + 1) {
      throw fail(stale(p, actual));
    }
  }

  private RuntimeException stale(Pending<?> p) throws SQLException {
    return stale(p, Reads.version(connection, p.table(), p.idText()));
  }

  private static RuntimeException stale(Pending<?> p, long actual) {
    if (actual == p.expected()) {
      return new ConcurrencyConflictException(
          "Another transaction is writing "
              + p.table().kind()
              + " "
              + p.idText()
              + " at the same time; reload it and apply the change again");
    }
    return new StaleVersionException(p.table().kind(), p.idText(), p.expected(), actual);
  }

  /**
   * Makes the transaction unable to commit and returns the failure to throw.
   *
   * @param failure the failure
   * @return the same failure
   */
  RuntimeException fail(RuntimeException failure) {
    if (doomed == null) {
      doomed = failure;
    }
    return failure;
  }

  /**
   * Writes what is buffered and commits.
   *
   * @throws StaleVersionException if a save was stale (then nothing is committed)
   * @throws StoreException if the database fails
   */
  public void commit() {
    flush();
    if (doomed != null) {
      throw doomed;
    }
    try {
      connection.commit();
    } catch (SQLException e) {
      throw fail(SqlErrors.translate("committing", e));
    } finally {
      open = false;
    }
    for (Pending<?> p : written) {
      bodies.written(p.table(), p.idText(), p.expected() + 1, p.json(), p.value());
    }
  }

  /**
   * The failure that doomed the transaction, if any.
   *
   * @return the failure
   */
  public Optional<RuntimeException> doomedBy() {
    return Optional.ofNullable(doomed);
  }

  /** Ends the transaction's use; later calls fail. */
  public void close() {
    open = false;
  }

  /**
   * The connection, for reads inside the transaction; call {@link #flush()} first.
   *
   * @return the connection
   */
  public Connection connection() {
    return connection;
  }

  private void checkUsable() {
    if (!open) {
      throw new StoreException("This transaction has ended; use it only inside its work");
    }
    if (doomed != null) {
      throw doomed;
    }
  }
}
