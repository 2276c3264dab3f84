package io.rakor.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.rakor.core.RakorException;
import io.rakor.core.json.RakorJson;
import io.rakor.core.workflow.DomainEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Links domain events into a hash chain: each {@link LogEntry} carries the hash of the one before,
 * so that changing, removing or reordering any entry breaks every link after it.
 *
 * <p>The hash of an entry is SHA-256 (Guava {@code Hashing.sha256()}) over the UTF-8 bytes of
 * {@code sequence + "\n" + previousHash + "\n"} followed by the event's canonical JSON: the JSON of
 * {@link io.rakor.core.json.RakorJson#mapper()} with properties and map entries sorted by name, no
 * whitespace, instants as ISO-8601 text. The first entry's previous hash is {@link #GENESIS}.
 *
 * <p>Storage-agnostic: a store appends what {@link #first(DomainEvent)} and {@link #next(LogEntry,
 * DomainEvent)} makes and reads entries back for {@link ChainVerifier}. All methods are pure; the
 * class is thread-safe.
 *
 * @since 0.1
 */
public final class HashChain {
  /** The previous hash of the first entry: 64 zeros. */
  public static final String GENESIS = Strings.repeat("0", 64);

  private static final ObjectMapper CANONICAL = canonicalMapper();

  private HashChain() {}

  private static ObjectMapper canonicalMapper() {
    ObjectMapper base = RakorJson.mapper();
    if (!(base instanceof JsonMapper json)) {
      throw new IllegalStateException(
          "RakorJson.mapper() must be a JsonMapper to derive the canonical form, was "
              + base.getClass().getName());
    }
    return json.rebuild()
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /**
   * The first entry of an empty log.
   *
   * @param event the event to append
   * @return the entry with sequence 1, linked to the genesis hash
   */
  public static LogEntry first(DomainEvent event) {
    return entry(1L, GENESIS, event);
  }

  /**
   * The entry that follows {@code last}.
   *
   * @param last the last entry of the log
   * @param event the event to append
   * @return the new entry, linked to {@code last}
   */
  public static LogEntry next(LogEntry last, DomainEvent event) {
    return entry(last.sequence() + 1, last.hash(), event);
  }

  private static LogEntry entry(long sequence, String previous, DomainEvent event) {
    return LogEntry.builder()
        .sequence(sequence)
        .event(event)
        .previousHash(previous)
        .hash(hash(sequence, previous, event))
        .build();
  }

  /**
   * Appends events to a chain, linking each to the one before.
   *
   * @param chain the existing entries, in order (possibly empty)
   * @param events the events to append, in order
   * @return the new entries only
   */
  public static ImmutableList<LogEntry> append(List<LogEntry> chain, List<DomainEvent> events) {
    LogEntry last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
    ImmutableList.Builder<LogEntry> added = ImmutableList.builder();
    for (DomainEvent event : events) {
      LogEntry entry = last == null ? first(event) : next(last, event);
      added.add(entry);
      last = entry;
    }
    return added.build();
  }

  /**
   * The hash an entry must have.
   *
   * @param sequence the entry's sequence number
   * @param previousHash the hash of the entry before, or {@link #GENESIS}
   * @param event the event
   * @return 64 lower-case hex digits
   */
  public static String hash(long sequence, String previousHash, DomainEvent event) {
    Hasher hasher = Hashing.sha256().newHasher();
    hasher.putString(sequence + "\n" + previousHash + "\n", StandardCharsets.UTF_8);
    hasher.putBytes(canonicalBytes(event));
    return hasher.hash().toString();
  }

  /**
   * The canonical bytes of an event: sorted-key, whitespace-free JSON in UTF-8.
   *
   * @param event the event
   * @return the bytes
   * @throws RakorException if the event cannot be written as JSON
   */
  public static byte[] canonicalBytes(DomainEvent event) {
    try {
      return CANONICAL.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new RakorException("cannot write the canonical form of " + event, e);
    }
  }
}
