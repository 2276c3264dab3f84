package io.rakor.persistence;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a query's results, in the query's order, and the cursor to read the next page.
 * Immutable and thread-safe if the items are.
 *
 * @param items the items, at most the size asked for
 * @param next the cursor after the last item, present if and only if further matching items existed
 *     when the page was read ({@link RakorStore} rule 303)
 * @param <T> the item type
 * @since 0.1
 */
public record Page<T>(List<T> items, Optional<Cursor> next) {
  /**
   * Creates a page.
   *
   * @throws NullPointerException if an argument is null
   */
  public Page {
    items = ImmutableList.copyOf(items);
    Objects.requireNonNull(next, "next");
  }

  /**
   * Whether another page may follow.
   *
   * @return true if {@link #next()} is present
   */
  public boolean hasNext() {
    return next.isPresent();
  }
}
