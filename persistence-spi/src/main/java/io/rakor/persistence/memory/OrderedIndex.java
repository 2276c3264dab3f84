package io.rakor.persistence.memory;

import io.rakor.persistence.Versioned;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The values of one aggregate kind in a query's order (a sort key, then the id text), for keyset
 * paging. Not thread-safe: {@link InMemoryStore} guards it.
 *
 * @param <T> the value type
 */
final class OrderedIndex<T> {
  /** A position in the order. */
  record Key(Comparable<Object> primary, String id) implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::primary).thenComparing(Key::id);

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }
  }

  private final TreeMap<Key, Versioned<T>> entries = new TreeMap<>();
  private final Function<T, ? extends Comparable<?>> primary;
  private final Function<T, String> id;

  OrderedIndex(Function<T, ? extends Comparable<?>> primary, Function<T, String> id) {
    this.primary = primary;
    this.id = id;
  }

  @SuppressWarnings("unchecked")
  static Key key(Comparable<?> primary, String id) {
    return new Key((Comparable<Object>) primary, id);
  }

  private Key keyOf(T value) {
    return key(primary.apply(value), id.apply(value));
  }

  void replace(Versioned<T> old, Versioned<T> saved) {
    if (old != null) {
      entries.remove(keyOf(old.value()));
    }
    entries.put(keyOf(saved.value()), saved);
  }

  Collection<Versioned<T>> from(Optional<Key> after) {
    return after.map(k -> entries.tailMap(k, false).values()).orElse(entries.values());
  }
}
