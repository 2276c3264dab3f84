package io.rakor.testkit.tck.internal;

import io.rakor.persistence.Cursor;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the pages of one query or listing, following the cursors, and stops a pager that would
 * never end at its first repeated cursor (or, when nothing is written meanwhile, its first repeated
 * item) instead of after thousands of pages. Not API: it may change without notice.
 *
 * @param <T> the item type
 */
public final class PageWalk<T> {
  private final int rule;
  private final String what;
  private final Function<PageRequest, Page<T>> reader;
  private final Function<? super T, String> idOf;
  private final boolean writesBetweenPages;
  private final Map<Cursor, Integer> cursors = new HashMap<>();
  private final Map<String, Integer> items = new HashMap<>();
  private Optional<PageRequest> request;
  private int number;

  /**
   * Starts a walk at the first page.
   *
   * @param rule the rule a repeat breaks
   * @param what what is read, for messages ({@code "commitments CommitmentQuery{...}"})
   * @param size the page size
   * @param reader reads one page
   * @param idOf the id text of an item
   * @param writesBetweenPages whether the caller writes between pages (then an item may come again
   *     if its sort key moved past the cursor, and only a repeated cursor stops the walk)
   */
  public PageWalk(
      int rule,
      String what,
      int size,
      Function<PageRequest, Page<T>> reader,
      Function<? super T, String> idOf,
      boolean writesBetweenPages) {
    this.rule = rule;
    this.what = what;
    this.reader = reader;
    this.idOf = idOf;
    this.writesBetweenPages = writesBetweenPages;
    this.request = Optional.of(PageRequest.first(size));
  }

  /**
   * Reads every page.
   *
   * @param rule the rule a repeat breaks
   * @param what what is read, for messages
   * @param size the page size
   * @param reader reads one page
   * @param idOf the id text of an item
   * @param <T> the item type
   * @return every item, in order
   */
  public static <T> List<T> all(
      int rule,
      String what,
      int size,
      Function<PageRequest, Page<T>> reader,
      Function<? super T, String> idOf) {
    PageWalk<T> walk = new PageWalk<>(rule, what, size, reader, idOf, false);
    List<T> all = new ArrayList<>();
    for (Optional<Page<T>> page = walk.next(); page.isPresent(); page = walk.next()) {
      all.addAll(page.get().items());
    }
    return all;
  }

  /**
   * The request for the page {@link #next()} reads.
   *
   * @return the request, or empty once the last page was read
   */
  public Optional<PageRequest> request() {
    return request;
  }

  /**
   * The number of the page last read, from 1.
   *
   * @return the page number
   */
  public int number() {
    return number;
  }

  /**
   * Reads the next page.
   *
   * @return the page, or empty if the last page was read before
   * @throws AssertionError naming the rule, if the page repeats a cursor or an item
   */
  public Optional<Page<T>> next() {
    if (request.isEmpty()) {
      return Optional.empty();
    }
    PageRequest asked = request.get();
    Page<T> page = reader.apply(asked);
    number++;
    if (!writesBetweenPages) {
      for (T item : page.items()) {
        Integer first = items.putIfAbsent(idOf.apply(item), number);
        if (first != null) {
          throw new AssertionError(
              Describe.rule(rule)
                  + what
                  + " with pages of "
                  + asked.size()
                  + ": page "
                  + number
                  + " returns "
                  + idOf.apply(item)
                  + " again (first on page "
                  + first
                  + "), though nothing was written. The next page must hold only items strictly"
                  + " after the cursor, and the cursor must be cursorOf(the page's last item).");
        }
      }
    }
    if (page.next().isPresent()) {
      Cursor cursor = page.next().get();
      Integer first = cursors.putIfAbsent(cursor, number);
      if (first != null) {
        throw new AssertionError(
            Describe.rule(rule)
                + what
                + " with pages of "
                + asked.size()
                + ": page "
                + number
                + " returns the next cursor \""
                + Describe.cut(cursor.value())
                + "\" again (first on page "
                + first
                + "), so paging would never end. The cursor must be cursorOf(the page's last"
                + " item), and the next page must start strictly after it.");
      }
    }
    request = asked.next(page);
    return Optional.of(page);
  }
}
