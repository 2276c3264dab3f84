package io.rakor.persistence.integrity.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.persistence.AggregateKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;

/**
 * Counts how many events of a log name each aggregate, in bounded memory: 8 bytes per event while
 * the log is read (up to twice that while the array grows), then 12 bytes per distinct aggregate
 * named. An aggregate is keyed by a 64-bit fingerprint of its kind's name and id text (FarmHash, so
 * two aggregates share a key with a probability of about n²/2⁶⁵: below one in a million for ten
 * million aggregates).
 *
 * <p>Use: {@link #add} every event's subject, {@link #seal()}, then {@link #count} each stored
 * aggregate (which marks it matched); what stays {@linkplain #unmatched() unmatched} is named in
 * the log but missing from the store, and {@link #takeUnmatched} finds it again on a second read of
 * the log. Not thread-safe.
 */
public final class SubjectLedger {
  private static final HashFunction FINGERPRINT = Hashing.farmHashFingerprint64();
  private static final ImmutableMap<String, AggregateKind<?, ?>> BY_SUBJECT_KIND =
      AggregateKind.all().stream()
          .collect(ImmutableMap.toImmutableMap(k -> k.valueType().getSimpleName(), k -> k));
  private static final int MAX_EVENTS = Integer.MAX_VALUE - 8;

  private long[] added = new long[1024];
  private int size;
  private long[] subjects;
  private int[] counts;
  private BitSet matched;

  /** Creates an empty ledger. */
  public SubjectLedger() {}

  /**
   * The kind of aggregate an event names: the kind whose value type's simple name is the event's
   * subject kind ({@code "Commitment"}, {@code "MonitoringCycle"}, {@code "ResponsibleUnit"}, ...).
   *
   * @param event the event
   * @return the kind, or empty if the subject kind names none
   */
  public static Optional<AggregateKind<?, ?>> kindOf(DomainEvent event) {
    return Optional.ofNullable(BY_SUBJECT_KIND.get(event.subjectKind()));
  }

  /**
   * Records one event naming an aggregate.
   *
   * @param kind the aggregate's kind
   * @param idText its id text
   * @throws IllegalStateException if the ledger is sealed or holds the most events it can
   */
  public void add(AggregateKind<?, ?> kind, String idText) {
    if (subjects != null) {
      throw new IllegalStateException("the ledger is sealed");
    }
    if (size == added.length) {
      if (size >= MAX_EVENTS) {
        throw new IllegalStateException("a log of more than " + MAX_EVENTS + " events");
      }
      added = Arrays.copyOf(added, (int) Math.min(MAX_EVENTS, size * 2L));
    }
    added[size++] = key(kind, idText);
  }

  /** Ends adding: sorts the keys and counts each distinct one. Idempotent. */
  public void seal() {
    if (subjects != null) {
      return;
    }
    long[] sorted = added;
    added = null;
    Arrays.sort(sorted, 0, size);
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        distinct++;
      }
    }
    subjects = new long[distinct];
    counts = new int[distinct];
    int d = -1;
    for (int i = 0; i < size; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        subjects[++d] = sorted[i];
      }
      counts[d]++;
    }
    matched = new BitSet(distinct);
  }

  /**
   * How many events named an aggregate; marks it matched.
   *
   * @param kind its kind
   * @param idText its id text
   * @return the number of events, 0 if none
   * @throws IllegalStateException if the ledger is not sealed
   */
  public int count(AggregateKind<?, ?> kind, String idText) {
    int i = indexOf(kind, idText);
    if (i < 0) {
      return 0;
    }
    matched.set(i);
    return counts[i];
  }

  /**
   * How many aggregates named by events have not been {@linkplain #count counted}.
   *
   * @return the number of distinct unmatched subjects
   * @throws IllegalStateException if the ledger is not sealed
   */
  public int unmatched() {
    requireSealed();
    return subjects.length - matched.cardinality();
  }

  /**
   * Whether an aggregate named by an event was never counted; if so, marks it matched, so that each
   * is found once.
   *
   * @param kind its kind
   * @param idText its id text
   * @return the number of events that name it if it was unmatched, otherwise 0
   * @throws IllegalStateException if the ledger is not sealed
   */
  public int takeUnmatched(AggregateKind<?, ?> kind, String idText) {
    int i = indexOf(kind, idText);
    if (i < 0 || matched.get(i)) {
      return 0;
    }
    matched.set(i);
    return counts[i];
  }

  private int indexOf(AggregateKind<?, ?> kind, String idText) {
    requireSealed();
    return Arrays.binarySearch(subjects, key(kind, idText));
  }

  private void requireSealed() {
    if (subjects == null) {
      throw new IllegalStateException("seal the ledger first");
    }
  }

  private static long key(AggregateKind<?, ?> kind, String idText) {
    return FINGERPRINT
        .newHasher()
        .putString(kind.name(), StandardCharsets.UTF_8)
        .putByte((byte) 0)
        .putString(idText, StandardCharsets.UTF_8)
        .hash()
        .asLong();
  }
}
