package io.rakor.persistence;

import java.util.Objects;

/**
 * Where a page ended: the sort key and the id text of its last item. The page after a cursor holds
 * the items that sort strictly after it ({@link RakorStore} rule 304), so a cursor stays valid
 * whatever is written meanwhile. Callers treat it as opaque text; stores build and read it with
 * {@link #of(String, String)}, {@link #sortKey()} and {@link #idText()}. Immutable and thread-safe.
 *
 * @param value the cursor's text: the sort key, a {@code '|'}, the id text
 * @since 0.1
 */
public record Cursor(String value) {
  private static final char SEPARATOR = '|';

  /**
   * Creates a cursor from its text.
   *
   * @throws IllegalArgumentException if the text has no {@code '|'} separator
   */
  public Cursor {
    Objects.requireNonNull(value, "value");
    if (value.indexOf(SEPARATOR) < 0) {
      throw new IllegalArgumentException(
          "not a Rakor cursor: \"" + value + "\" (expected sort key|id)");
    }
  }

  /**
   * A cursor after the item with a sort key and an id.
   *
   * @param sortKey the item's sort key as text (an ISO date or instant; empty when ordered by id
   *     alone); must not contain {@code '|'}
   * @param idText the item's id text
   * @return the cursor
   * @throws IllegalArgumentException if the sort key contains {@code '|'}
   */
  public static Cursor of(String sortKey, String idText) {
    if (sortKey.indexOf(SEPARATOR) >= 0) {
      throw new IllegalArgumentException("a sort key must not contain '|': " + sortKey);
    }
    return new Cursor(sortKey + SEPARATOR + idText);
  }

  /**
   * The sort key of the last item of the page.
   *
   * @return the sort key text
   */
  public String sortKey() {
    return value.substring(0, value.indexOf(SEPARATOR));
  }

  /**
   * The id text of the last item of the page.
   *
   * @return the id text
   */
  public String idText() {
    return value.substring(value.indexOf(SEPARATOR) + 1);
  }

  /** Returns the cursor's text. */
  @Override
  public String toString() {
    return value;
  }
}
