package io.rakor.persistence.integrity;

import com.google.common.base.Preconditions;
import io.rakor.core.audit.ChainVerification;
import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.HashChain;
import io.rakor.core.audit.LogEntry;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.integrity.internal.SubjectLedger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Proves that a store is whole, or says where it is not: reads any {@link RakorStore} through its
 * contract and checks
 *
 * <ol>
 *   <li>the hash chain of the whole event log ({@link ChainVerifier}, page by page), and that
 *       {@link RakorStore#lastEvent()} is its last entry (and, when the store records its head
 *       apart from the entries, that the head names that entry: {@link #verify(RakorStore, long,
 *       String)});
 *   <li>that every aggregate of every kind can be read ({@link RakorStore#list});
 *   <li>that the log explains every aggregate's version and names no aggregate the store lacks, as
 *       the {@link LogCoverage} says (by default {@link LogCoverage#EVERY_VERSION}).
 * </ol>
 *
 * <p>Each problem is a {@link Mismatch} naming its kind and id, in a {@link StoreVerification}. A
 * verification reads the log once (twice if it names aggregates the store lacks) and every
 * aggregate once, in pages; it keeps about 8 bytes per log entry and 12 per aggregate named in the
 * log, never the values themselves. It is not a snapshot: verify a store nobody writes to, or a
 * write between two pages may show as a mismatch.
 *
 * <p>Why a verifier beside the contract, not a method every store implements: it works for any
 * store, written by anyone, without the store's cooperation, and a store cannot vouch for itself
 * with a weaker check. A store that keeps more than the contract shows (the JDBC store records the
 * log's head in a row of its own, and checks its H2 file) offers a {@code verify()} of its own that
 * calls this one with that knowledge.
 *
 * <pre>{@code
 * StoreVerification v = StoreVerifier.defaults().verify(store);
 * if (!v.intact()) {
 *   v.mismatches().forEach(m -> log.warn("{}", m));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; a verification runs on the calling thread.
 *
 * @since 0.1
 */
public final class StoreVerifier {
  private static final StoreVerifier DEFAULTS = builder().build();

  private final LogCoverage coverage;
  private final int maxReported;
  private final int pageSize;

  private StoreVerifier(Builder b) {
    this.coverage = b.coverage;
    this.maxReported = b.maxReported;
    this.pageSize = b.pageSize;
  }

  /**
   * The verifier with the default settings: {@link LogCoverage#EVERY_VERSION}, at most 100
   * mismatches reported, pages of 500.
   *
   * @return the verifier
   */
  public static StoreVerifier defaults() {
    return DEFAULTS;
  }

  /**
   * Starts building a verifier from the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How completely the log must explain the aggregates.
   *
   * @return the coverage
   */
  public LogCoverage coverage() {
    return coverage;
  }

  /**
   * The most mismatches a verification lists; it counts all of them.
   *
   * @return the limit
   */
  public int maxReported() {
    return maxReported;
  }

  /**
   * How many aggregates or log entries a verification reads at a time.
   *
   * @return the page size
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * A builder with this verifier's settings, to change some.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().coverage(coverage).maxReported(maxReported).pageSize(pageSize);
  }

  /**
   * Verifies a store through its contract.
   *
   * @param store the store
   * @return what was found
   */
  public StoreVerification verify(RakorStore store) {
    return new Run(Objects.requireNonNull(store, "store"), null, Listener.NONE).run();
  }

  /**
   * Verifies a store through its contract and passes everything it reads to a listener, in the
   * order read: every log entry from the first, then every aggregate, kind by kind in {@link
   * AggregateKind#all()} order and each kind in id order. What an export builds on: one read of the
   * store both writes it out and proves it whole.
   *
   * @param store the store
   * @param listener what to tell; its exceptions propagate, ending the verification
   * @return what was found
   */
  public StoreVerification verify(RakorStore store, Listener listener) {
    return new Run(
            Objects.requireNonNull(store, "store"),
            null,
            Objects.requireNonNull(listener, "listener"))
        .run();
  }

  /**
   * Verifies a store that records the head of its log apart from the entries, so that a log whose
   * last entries are gone (which the chain alone cannot show) is caught too.
   *
   * @param store the store
   * @param recordedSequence the sequence number of the last entry as the store records it, 0 for an
   *     empty log
   * @param recordedHash that entry's hash as recorded, {@link HashChain#GENESIS} for an empty log
   * @return what was found
   */
  public StoreVerification verify(RakorStore store, long recordedSequence, String recordedHash) {
    Preconditions.checkArgument(
        recordedSequence >= 0, "a recorded sequence is at least 0, not %s", recordedSequence);
    return new Run(
            Objects.requireNonNull(store, "store"),
            new Head(recordedSequence, Objects.requireNonNull(recordedHash, "recordedHash")),
            Listener.NONE)
        .run();
  }

  /** Returns the settings. */
  @Override
  public String toString() {
    return "StoreVerifier[coverage "
        + coverage
        + ", maxReported "
        + maxReported
        + ", pageSize "
        + pageSize
        + "]";
  }

  /**
   * Told what a verification reads, as it reads it. Both methods do nothing unless overridden.
   *
   * @since 0.1
   */
  public interface Listener {
    /** A listener that does nothing. */
    Listener NONE = new Listener() {};

    /**
     * One log entry, in sequence order, after its link in the chain was checked (a broken chain is
     * reported in the verification; the entries after the break are still passed on).
     *
     * @param entry the entry
     */
    default void entry(LogEntry entry) {}

    /**
     * One aggregate, after every log entry.
     *
     * @param kind its kind
     * @param aggregate its value and version
     * @param <T> the value type
     * @param <K> the id type
     */
    default <T, K> void aggregate(AggregateKind<T, K> kind, Versioned<T> aggregate) {}
  }

  private record Head(long sequence, String hash) {}

  /** One verification: its state, on the calling thread. */
  private final class Run {
    private final RakorStore store;
    private final Head recorded;
    private final Listener listener;
    private final SubjectLedger ledger = new SubjectLedger();
    private final List<Mismatch> mismatches = new ArrayList<>();
    private final Set<String> unreadableKinds = new HashSet<>();
    private long mismatchCount;
    private long aggregates;
    private long events;

    Run(RakorStore store, Head recorded, Listener listener) {
      this.store = store;
      this.recorded = recorded;
      this.listener = listener;
    }

    StoreVerification run() {
      boolean logRead = readLog();
      ledger.seal();
      boolean compare = coverage != LogCoverage.NONE && logRead;
      for (AggregateKind<?, ?> kind : AggregateKind.all()) {
        readAggregates(kind, compare);
      }
      if (compare && ledger.unmatched() > 0) {
        findMissingAggregates();
      }
      return new StoreVerification(coverage, aggregates, events, mismatches, mismatchCount);
    }

    private void report(Mismatch.Type type, String kind, String id, String explanation) {
      mismatchCount++;
      if (mismatches.size() < maxReported) {
        mismatches.add(new Mismatch(type, kind, id, explanation));
      }
    }

    /** Reads the log, checks its chain and head, and counts its subjects; false if unreadable. */
    private boolean readLog() {
      long from = 1;
      String previous = HashChain.GENESIS;
      LogEntry last = null;
      boolean chainIntact = true;
      while (true) {
        List<LogEntry> batch;
        try {
          batch = store.events(from, pageSize);
        } catch (RuntimeException e) {
          report(
              Mismatch.Type.UNREADABLE,
              Mismatch.LOG,
              Long.toString(from),
              "the log cannot be read from sequence " + from + ": " + e.getMessage());
          return false;
        }
        if (batch.isEmpty()) {
          break;
        }
        if (chainIntact) {
          ChainVerification v = ChainVerifier.verifySegment(batch, from, previous);
          if (!v.intact()) {
            chainIntact = false;
            report(
                Mismatch.Type.CHAIN_BROKEN,
                Mismatch.LOG,
                Long.toString(from + v.firstBadIndex()),
                v.breach()
                    + ": "
                    + v.explanation().replaceFirst("^entry at index \\d+ ", "entry "));
          }
        }
        for (LogEntry entry : batch) {
          events++;
          count(entry);
          listener.entry(entry);
        }
        LogEntry end = batch.get(batch.size() - 1);
        if (end.sequence() < from) {
          report(
              Mismatch.Type.UNREADABLE,
              Mismatch.LOG,
              Long.toString(from),
              "events(" + from + ", ...) returned entries before " + from + "; reading stopped");
          return false;
        }
        last = end;
        previous = end.hash();
        from = end.sequence() + 1;
        if (batch.size() < pageSize) {
          break;
        }
      }
      checkHead(last);
      return true;
    }

    private void count(LogEntry entry) {
      Optional<AggregateKind<?, ?>> kind = SubjectLedger.kindOf(entry.event());
      if (kind.isPresent()) {
        ledger.add(kind.get(), entry.event().subjectId());
      } else if (coverage != LogCoverage.NONE) {
        report(
            Mismatch.Type.UNKNOWN_SUBJECT,
            Mismatch.LOG,
            Long.toString(entry.sequence()),
            "its subject kind \""
                + entry.event().subjectKind()
                + "\" is not the value type of any aggregate kind, so it explains nothing");
      }
    }

    private void checkHead(LogEntry last) {
      long lastSequence = last == null ? 0 : last.sequence();
      Optional<LogEntry> head;
      try {
        head = store.lastEvent();
      } catch (RuntimeException e) {
        report(
            Mismatch.Type.UNREADABLE,
            Mismatch.LOG,
            "head",
            "lastEvent() failed: " + e.getMessage());
        return;
      }
      if (!Objects.equals(head.orElse(null), last)) {
        report(
            Mismatch.Type.HEAD_MISMATCH,
            Mismatch.LOG,
            Long.toString(lastSequence),
            "lastEvent() is "
                + head.map(e -> "entry " + e.sequence()).orElse("empty")
                + " but the log read ends with "
                + (last == null ? "no entry" : "entry " + lastSequence));
      }
      if (recorded != null) {
        String lastHash = last == null ? HashChain.GENESIS : last.hash();
        if (recorded.sequence() != lastSequence || !recorded.hash().equals(lastHash)) {
          report(
              Mismatch.Type.HEAD_MISMATCH,
              Mismatch.LOG,
              Long.toString(lastSequence),
              "the store records its head as entry "
                  + recorded.sequence()
                  + " (hash "
                  + recorded.hash()
                  + ") but the log ends with "
                  + (last == null
                      ? "no entry"
                      : "entry " + lastSequence + " (hash " + lastHash + ")")
                  + (recorded.sequence() > lastSequence
                      ? ": the last " + (recorded.sequence() - lastSequence) + " entries are gone"
                      : ""));
        }
      }
    }

    private <T, K> void readAggregates(AggregateKind<T, K> kind, boolean compare) {
      Optional<PageRequest> request = Optional.of(PageRequest.first(pageSize));
      String lastId = null;
      while (request.isPresent()) {
        Page<Versioned<T>> page;
        try {
          page = store.list(kind, request.get());
        } catch (RuntimeException e) {
          unreadableKinds.add(kind.name());
          report(
              Mismatch.Type.UNREADABLE,
              kind.name(),
              lastId == null ? "(first page)" : "after " + lastId,
              "listing "
                  + kind
                  + (lastId == null ? "" : " after " + lastId)
                  + " failed, so the rest of this kind was not checked: "
                  + e.getMessage());
          return;
        }
        for (Versioned<T> v : page.items()) {
          aggregates++;
          String id = kind.idText(kind.idOf(v.value()));
          lastId = id;
          if (compare) {
            compare(kind, id, v.version(), ledger.count(kind, id));
          }
          listener.aggregate(kind, v);
        }
        request = request.get().next(page);
      }
    }

    private void compare(AggregateKind<?, ?> kind, String id, long version, int named) {
      if (coverage.explains(version, named)) {
        return;
      }
      if (named > version) {
        report(
            Mismatch.Type.VERSION_BEHIND_LOG,
            kind.name(),
            id,
            "it is at version "
                + version
                + " but the log names it in "
                + named
                + " events: the store lacks versions the log recorded");
      } else {
        long unexplained = version - named - (coverage == LogCoverage.EVERY_CHANGE ? 1 : 0);
        report(
            Mismatch.Type.VERSION_NOT_EXPLAINED,
            kind.name(),
            id,
            "it is at version "
                + version
                + " but the log names it in "
                + named
                + (named == 1 ? " event" : " events")
                + ": "
                + unexplained
                + (unexplained == 1 ? " version has" : " versions have")
                + " no event (coverage "
                + coverage
                + ")");
      }
    }

    /** Reads the log again to name the aggregates it names that the store does not hold. */
    private void findMissingAggregates() {
      long from = 1;
      while (ledger.unmatched() > 0) {
        List<LogEntry> batch;
        try {
          batch = store.events(from, pageSize);
        } catch (RuntimeException e) {
          report(
              Mismatch.Type.UNREADABLE,
              Mismatch.LOG,
              Long.toString(from),
              "the log cannot be read again from sequence " + from + ": " + e.getMessage());
          return;
        }
        for (LogEntry entry : batch) {
          Optional<AggregateKind<?, ?>> kind = SubjectLedger.kindOf(entry.event());
          if (kind.isEmpty() || unreadableKinds.contains(kind.get().name())) {
            continue;
          }
          String id = entry.event().subjectId();
          int named = ledger.takeUnmatched(kind.get(), id);
          if (named > 0) {
            report(
                Mismatch.Type.AGGREGATE_MISSING,
                kind.get().name(),
                id,
                "the log names it in "
                    + named
                    + (named == 1 ? " event" : " events")
                    + " (the first is entry "
                    + entry.sequence()
                    + ") but the store holds no such aggregate");
          }
        }
        if (batch.size() < pageSize || batch.get(batch.size() - 1).sequence() < from) {
          return;
        }
        from = batch.get(batch.size() - 1).sequence() + 1;
      }
    }
  }

  /**
   * Builds a {@link StoreVerifier}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private LogCoverage coverage = LogCoverage.EVERY_VERSION;
    private int maxReported = 100;
    private int pageSize = 500;

    private Builder() {}

    /**
     * How completely the log must explain the aggregates (default {@link
     * LogCoverage#EVERY_VERSION}).
     *
     * @param coverage the coverage
     * @return this builder
     */
    public Builder coverage(LogCoverage coverage) {
      this.coverage = Objects.requireNonNull(coverage, "coverage");
      return this;
    }

    /**
     * The most mismatches to list (default 100); all are counted.
     *
     * @param maxReported at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxReported(int maxReported) {
      Preconditions.checkArgument(
          maxReported >= 1, "maxReported is at least 1, not %s", maxReported);
      this.maxReported = maxReported;
      return this;
    }

    /**
     * How many aggregates or log entries to read at a time (default 500).
     *
     * @param pageSize 1 to {@value PageRequest#MAX_SIZE}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder pageSize(int pageSize) {
      Preconditions.checkArgument(
          pageSize >= 1 && pageSize <= PageRequest.MAX_SIZE,
          "the page size must be 1 to %s, not %s",
          PageRequest.MAX_SIZE,
          pageSize);
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     */
    public StoreVerifier build() {
      return new StoreVerifier(this);
    }
  }
}
