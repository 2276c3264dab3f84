package io.rakor.persistence;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads every page of a query lazily, one page at a time, following the cursors. Stateless and
 * thread-safe; each stream it returns is for one thread.
 *
 * <pre>{@code
 * Pages.stream(500, page -> store.commitments(query, page)).forEach(...);
 * }</pre>
 *
 * @since 0.1
 */
public final class Pages {
  private Pages() {}

  /**
   * The items of every page, in order; a page is read only when the stream reaches it.
   *
   * @param pageSize the size of each page, 1 to {@value PageRequest#MAX_SIZE}
   * @param reader reads one page, for example {@code page -> store.commitments(query, page)}
   * @param <T> the item type
   * @return the items
   * @throws IllegalArgumentException if the page size is out of range
   */
  public static <T> Stream<T> stream(int pageSize, Function<PageRequest, Page<T>> reader) {
    PageRequest first = PageRequest.first(pageSize);
    Iterator<T> items =
        new Iterator<>() {
          private Optional<PageRequest> nextRequest = Optional.of(first);
          private Iterator<T> current = java.util.Collections.emptyIterator();

          @Override
          public boolean hasNext() {
            while (!current.hasNext() && nextRequest.isPresent()) {
              PageRequest request = nextRequest.get();
              Page<T> page = reader.apply(request);
              current = page.items().iterator();
              nextRequest = request.next(page);
            }
            return current.hasNext();
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return current.next();
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
