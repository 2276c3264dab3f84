package io.rakor.persistence;

import com.google.common.collect.ImmutableMap;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.data.Observation;
import io.rakor.core.monitoring.ProgressReport;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A store of every Rakor aggregate and of the append-only, hash-chained event log. This interface
 * is the contract; each rule below is numbered, and the contract test kit ({@code
 * io.rakor.testkit.tck.RakorStoreTck} in {@code rakor-testkit}) checks each one in a test whose
 * name carries the number ({@code required_spi103_...}).
 *
 * <h2>1. Aggregates</h2>
 *
 * <ol>
 *   <li value="101"><b>Every kind round-trips.</b> A store keeps every {@link AggregateKind}; after
 *       a committed save, {@link #load} returns a value {@code equals} to the one saved, with the
 *       version the save returned. An id never saved loads as empty.
 *   <li value="102"><b>Versions count saves.</b> The first save of an id expects {@link
 *       Versioned#NONE} and gives version 1; each later save expects the current version {@code v}
 *       and gives {@code v + 1}.
 *   <li value="103"><b>A stale write fails and changes nothing.</b> A save whose expected version
 *       is not the committed version throws {@link StaleVersionException} naming the kind, id,
 *       expected and actual versions; the stored value and version stay as they were.
 *   <li value="104"><b>Load by many ids.</b> {@link #loadAll} returns the aggregates found, in the
 *       order of the ids given (a repeated id once), and leaves out ids not found. It need not read
 *       one consistent state (the default loads the ids one by one).
 *   <li value="105"><b>Kinds are separate name spaces.</b> The same id text under two kinds names
 *       two aggregates.
 *   <li value="106"><b>Listing.</b> {@link #list} returns every aggregate of a kind in id-text
 *       order, paged like a query (rules 303, 304).
 *   <li value="107"><b>Nothing is shared across the boundary.</b> Every collection a store returns
 *       ({@link #events}, {@link Transaction#append}, {@link #loadAll}, a page's items) is a
 *       snapshot: later writes never change it, and changing it, if it can be changed, leaves the
 *       store as it was. A collection given to the store ({@link Transaction#append}, {@link
 *       #loadAll}) may be changed by the caller once the call returns, without effect.
 * </ol>
 *
 * <h2>2. Transactions</h2>
 *
 * <ol>
 *   <li value="201"><b>All or nothing.</b> The saves and appends of one {@link
 *       #inTransaction(TransactionWork)} become visible together when the work returns, or none
 *       does.
 *   <li value="202"><b>Failure rolls back.</b> If the work throws, nothing of it is committed and
 *       the exception propagates to the caller unchanged.
 *   <li value="203"><b>A stale save dooms its transaction.</b> A transaction with a stale save
 *       never commits: {@link StaleVersionException} propagates from {@code inTransaction} even if
 *       the work caught it.
 *   <li value="204"><b>Isolation.</b> Inside a transaction, loads see the transaction's own saves;
 *       other readers see none of them until it commits.
 *   <li value="205"><b>No lost update.</b> Of concurrent transactions that save the same aggregate
 *       expecting the same version, at most one commits; the others fail with {@link
 *       ConcurrencyConflictException} (usually {@link StaleVersionException}). Threads that reload
 *       and retry lose no update.
 *   <li value="206"><b>No nesting.</b> Calling {@code inTransaction} from inside a work on the same
 *       thread throws {@link StoreException} instead of deadlocking or silently joining.
 * </ol>
 *
 * <h2>3. Queries</h2>
 *
 * <ol>
 *   <li value="301"><b>Exactly the matches.</b> {@link #commitments}, {@link #progressReports} and
 *       {@link #observations} return exactly the committed aggregates for which the query's {@code
 *       matches} holds.
 *   <li value="302"><b>Stable order.</b> Results come in the query's {@code ORDER}, which ends with
 *       the id text, so the order is total.
 *   <li value="303"><b>Pages.</b> A page holds at most the size asked for; its {@code next} cursor
 *       is present if and only if further matching items existed after its last item when it was
 *       read; the cursor is made by the query's {@code cursorOf} from that last item.
 *   <li value="304"><b>Keyset paging.</b> The page after a cursor holds the first matching items
 *       that sort strictly after it ({@code isAfter}), never items at an offset. So, under
 *       concurrent writes, an item that matches throughout and whose sort key does not change is
 *       returned exactly once; an item is returned twice only if its sort key moved past the cursor
 *       while the caller was paging.
 *   <li value="305"><b>Bad arguments are refused.</b> A {@code null} argument throws {@link
 *       NullPointerException} or {@link IllegalArgumentException}; {@link #events(long, int)} with
 *       a first sequence below 1 or a limit outside 1 to {@value PageRequest#MAX_SIZE} throws
 *       {@link IllegalArgumentException}; a cursor not made for the read (a listing's cursor given
 *       to a query, a query's cursor given to a listing, a cursor whose sort key is not the query's
 *       kind of key) throws {@link StoreException}. Nothing is written. A cursor names a position
 *       in an order, not a query: a cursor of another query of the same type (other criteria) is a
 *       valid position, and the page after it holds the matching items that sort after it.
 * </ol>
 *
 * <h2>4. The event log</h2>
 *
 * <ol>
 *   <li value="401"><b>Append in the transaction.</b> Events appended through {@link
 *       Transaction#append} become visible when the transaction commits, in the order appended,
 *       with sequence numbers 1, 2, 3, ... across the whole log and no gap left by a rolled-back
 *       transaction.
 *   <li value="402"><b>Hash chain.</b> Entries are made by {@link io.rakor.core.audit.HashChain}
 *       from the log's head; the whole log verifies with {@link
 *       io.rakor.core.audit.ChainVerifier#verify(java.util.List)}, and each entry reads back equal
 *       to the entry {@code append} returned.
 *   <li value="403"><b>Read in order.</b> {@link #events(long, int)} returns the committed entries
 *       from a sequence number on, ascending, at most the limit asked for.
 *   <li value="404"><b>Head.</b> {@link #lastEvent()} is the committed entry with the highest
 *       sequence number.
 * </ol>
 *
 * <h2>5. Providers and versions</h2>
 *
 * <ol>
 *   <li value="501"><b>Declared SPI version.</b> {@link #spiVersion()} is the version of this
 *       contract the store was written against; the library refuses a store whose version is not
 *       {@linkplain SpiVersion#isSupportedBy(SpiVersion) supported} ({@link
 *       io.rakor.persistence.spi.Stores#checked(RakorStore)}).
 *   <li value="502"><b>Explicit construction first.</b> A store is usable when built with its
 *       constructor; discovery through {@link io.rakor.persistence.spi.StoreProvider} and {@link
 *       io.rakor.persistence.spi.Stores#open(String)} is a convenience.
 * </ol>
 *
 * <h2>6. Threads</h2>
 *
 * <ol>
 *   <li value="601"><b>Thread-safe.</b> Every method of a store may be called from many threads at
 *       once.
 * </ol>
 *
 * <h2>7. Whole stores</h2>
 *
 * <p>These rules follow from the ones above; the kit checks them end to end, because backups,
 * restores and moves depend on them.
 *
 * <ol>
 *   <li value="701"><b>Verifiable.</b> {@link io.rakor.persistence.integrity.StoreVerifier} reads a
 *       store through {@link #list}, {@link #events} and {@link #lastEvent} alone. A store written
 *       with one log event naming each saved version verifies intact, every aggregate and entry
 *       read; a version saved without its event, and an event naming an aggregate the store does
 *       not hold, are reported by kind and id.
 *   <li value="702"><b>Export and import.</b> An export ({@link
 *       io.rakor.persistence.transfer.StoreTransfer#export(RakorStore, java.nio.file.Path)})
 *       imported into an empty store of any kind gives an equal store: every aggregate with an
 *       equal value at the same version, and an equal log.
 *   <li value="703"><b>Copy.</b> {@link io.rakor.persistence.transfer.StoreTransfer#copy} into an
 *       empty store gives an equal store; a copy into a store that is not empty is refused with a
 *       {@link StoreException} and changes nothing.
 * </ol>
 *
 * <p>Nothing in the contract mentions {@code java.sql}: a store maps these rules onto whatever it
 * wraps.
 *
 * @since 0.1
 */
public interface RakorStore extends AutoCloseable {
  /**
   * The version of this contract the store implements (rule 501).
   *
   * @return the version
   */
  SpiVersion spiVersion();

  /**
   * Loads an aggregate by id (rule 101).
   *
   * @param kind the kind of aggregate
   * @param id its id
   * @param <T> the value type
   * @param <K> the id type
   * @return the committed value and version, or empty if it does not exist
   * @throws StoreException if the store fails
   */
  <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id);

  /**
   * Loads aggregates by id (rule 104). The default loads them one by one; a store may do better.
   *
   * @param kind the kind of aggregate
   * @param ids the ids
   * @param <T> the value type
   * @param <K> the id type
   * @return the aggregates found, keyed by id, in the order of {@code ids}
   * @throws StoreException if the store fails
   */
  default <T, K> ImmutableMap<K, Versioned<T>> loadAll(
      AggregateKind<T, K> kind, Collection<K> ids) {
    ImmutableMap.Builder<K, Versioned<T>> found = ImmutableMap.builder();
    ids.stream().distinct().forEach(id -> load(kind, id).ifPresent(v -> found.put(id, v)));
    return found.buildOrThrow();
  }

  /**
   * Runs work in one transaction and commits it (rules 201 to 206).
   *
   * @param work the loads, saves and appends to do
   * @param <R> what the work returns
   * @return what the work returned, once committed
   * @throws StaleVersionException if a save was stale (nothing is committed)
   * @throws ConcurrencyConflictException if another transaction got in the way (nothing is
   *     committed)
   * @throws StoreException if the store fails or the call is nested (rule 206)
   * @throws RuntimeException whatever the work threw (nothing is committed)
   */
  <R> R inTransaction(TransactionWork<R> work);

  /**
   * Does work that returns nothing in one transaction, with the same guarantees as {@link
   * #inTransaction(TransactionWork)}.
   *
   * @param work the loads, saves and appends to do
   * @throws StaleVersionException if a save was stale (nothing is committed)
   * @throws ConcurrencyConflictException if another transaction got in the way (nothing is
   *     committed)
   * @throws StoreException if the store fails or the call is nested (rule 206)
   * @throws RuntimeException whatever the work threw (nothing is committed)
   */
  default void useTransaction(Consumer<Transaction> work) {
    inTransaction(
        tx -> {
          work.accept(tx);
          return null;
        });
  }

  /**
   * Saves one aggregate in a transaction of its own.
   *
   * @param kind the kind of aggregate
   * @param value the new value
   * @param expectedVersion the version the caller last saw, {@link Versioned#NONE} for a new one
   * @param <T> the value type
   * @param <K> the id type
   * @return the value at its new version
   * @throws StaleVersionException if the aggregate is not at {@code expectedVersion}
   * @throws StoreException if the store fails
   */
  default <T, K> Versioned<T> save(AggregateKind<T, K> kind, T value, long expectedVersion) {
    return inTransaction(tx -> tx.save(kind, value, expectedVersion));
  }

  /**
   * Lists every aggregate of a kind in id-text order (rule 106).
   *
   * @param kind the kind of aggregate
   * @param page which page
   * @param <T> the value type
   * @param <K> the id type
   * @return the page
   * @throws StoreException if the store fails or the cursor is not a listing cursor
   */
  <T, K> Page<Versioned<T>> list(AggregateKind<T, K> kind, PageRequest page);

  /**
   * Finds commitments (rules 301 to 304).
   *
   * @param query the criteria
   * @param page which page
   * @return the page, in {@link CommitmentQuery#ORDER}
   * @throws StoreException if the store fails or the cursor is not a commitment cursor
   */
  Page<Versioned<Commitment>> commitments(CommitmentQuery query, PageRequest page);

  /**
   * Finds progress reports (rules 301 to 304).
   *
   * @param query the criteria
   * @param page which page
   * @return the page, in {@link ProgressReportQuery#ORDER}
   * @throws StoreException if the store fails or the cursor is not a progress-report cursor
   */
  Page<Versioned<ProgressReport>> progressReports(ProgressReportQuery query, PageRequest page);

  /**
   * Finds observations (rules 301 to 304).
   *
   * @param query the criteria
   * @param page which page
   * @return the page, in {@link ObservationQuery#ORDER}
   * @throws StoreException if the store fails or the cursor is not an observation cursor
   */
  Page<Versioned<Observation>> observations(ObservationQuery query, PageRequest page);

  /**
   * Reads the event log (rule 403).
   *
   * @param fromSequence the first sequence number wanted, at least 1
   * @param limit the most entries to return, 1 to {@value PageRequest#MAX_SIZE}
   * @return the committed entries with sequence {@code >= fromSequence}, ascending
   * @throws IllegalArgumentException if {@code fromSequence} or {@code limit} is out of range
   * @throws StoreException if the store fails
   */
  List<LogEntry> events(long fromSequence, int limit);

  /**
   * The head of the event log (rule 404).
   *
   * @return the last committed entry, or empty for an empty log
   * @throws StoreException if the store fails
   */
  Optional<LogEntry> lastEvent();

  /**
   * Releases what the store holds. The default does nothing. A closed store need not serve further
   * calls.
   *
   * @throws StoreException if releasing fails
   */
  @Override
  default void close() {}
}
