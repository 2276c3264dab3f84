package io.rakor.persistence;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page to read: at most {@code size} items after a cursor, or from the start. Immutable and
 * thread-safe.
 *
 * @param size the most items to return, 1 to {@value #MAX_SIZE}
 * @param after the cursor of the previous page, or empty for the first page
 * @since 0.1
 */
public record PageRequest(int size, Optional<Cursor> after) {
  /** The largest page a store must serve. */
  public static final int MAX_SIZE = 1000;

  /**
   * Creates a request.
   *
   * @throws IllegalArgumentException if the size is not 1 to {@value #MAX_SIZE}
   */
  public PageRequest {
    Objects.requireNonNull(after, "after");
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page size must be 1 to " + MAX_SIZE + ", not " + size);
    }
  }

  /**
   * The first page.
   *
   * @param size the most items to return
   * @return the request
   * @throws IllegalArgumentException if the size is not 1 to {@value #MAX_SIZE}
   */
  public static PageRequest first(int size) {
    return new PageRequest(size, Optional.empty());
  }

  /**
   * The page after a cursor.
   *
   * @param size the most items to return
   * @param cursor the previous page's cursor
   * @return the request
   */
  public static PageRequest after(int size, Cursor cursor) {
    return new PageRequest(size, Optional.of(cursor));
  }

  /**
   * The request for the page after {@code page}, of the same size.
   *
   * @param page a page read with this request
   * @return the next request, or empty if {@code page} was the last
   */
  public Optional<PageRequest> next(Page<?> page) {
    return page.next().map(c -> after(size, c));
  }
}
