package io.rakor.persistence.jdbc.internal;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.rakor.core.json.RakorJson;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.Versioned;

/**
 * The values a store decoded from (or encoded to) its rows' JSON bodies, by kind and id, so that a
 * row read again with the very same body is not decoded again: a transition reads the commitment
 * the previous one wrote, and the same meetings, cycles, plans and units over and over. A value is
 * reused only when the row's version, body version and body text all equal the ones it was decoded
 * from or encoded to, so a row changed in any way (by another process, by hand) is decoded afresh;
 * reusing a value is then the same as decoding it again, since every kind reads back equal to what
 * was written (SPI rule 101). Bounded by the length of the bodies kept, least recently used first
 * out. Thread-safe.
 */
public final class DecodedBodies {
  /** The most characters of body text kept (with their values): 16 to 32 MB of strings. */
  public static final long MAX_CHARS = 16_000_000L;

  /** An empty cache. */
  public DecodedBodies() {}

  private record Key(AggregateKind<?, ?> kind, String id) {}

  private record Entry(long version, int bodyVersion, String body, Object value) {}

  private final Cache<Key, Entry> cache =
      CacheBuilder.newBuilder()
          .maximumWeight(MAX_CHARS)
          .weigher((Key k, Entry e) -> e.body().length() + k.id().length())
          .build();

  /**
   * A row's value and version, decoded unless the same body was decoded or written before.
   *
   * @param table the kind's table
   * @param idText the row's id
   * @param version the version column
   * @param bodyVersion the body_version column
   * @param body the body column
   * @param <T> the value type
   * @return the versioned value
   * @throws io.rakor.persistence.StoreException if the body cannot be read ({@link
   *     Reads#versioned})
   */
  public <T> Versioned<T> versioned(
      Table<T> table, String idText, long version, int bodyVersion, String body) {
    Key key = new Key(table.kind(), idText);
    Entry e = cache.getIfPresent(key);
    if (e != null
        && e.version() == version
        && e.bodyVersion() == bodyVersion
        && e.body().equals(body)) {
      return Versioned.of(table.kind().valueType().cast(e.value()), version);
    }
    Versioned<T> read = Reads.versioned(table, idText, version, bodyVersion, body);
    cache.put(key, new Entry(version, bodyVersion, body, read.value()));
    return read;
  }

  /**
   * Records a value a committed transaction wrote, in the current JSON schema version.
   *
   * @param table the kind's table
   * @param idText its id
   * @param version the version it was written at
   * @param json its body
   * @param value the value
   */
  public void written(Table<?> table, String idText, long version, String json, Object value) {
    cache.put(
        new Key(table.kind(), idText), new Entry(version, RakorJson.SCHEMA_VERSION, json, value));
  }
}
