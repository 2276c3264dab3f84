package io.rakor.core.data.internal;

/**
 * Compares jurisdiction code texts in the order of {@link
 * io.rakor.core.jurisdictions.JurisdictionCode#compareTo}, without allocating. Not API: it may
 * change without notice.
 */
public final class CodeOrder {
  private CodeOrder() {}

  /**
   * Compares two valid code texts segment by segment, numerically, then by depth: a parent sorts
   * before its descendants. Each level of a valid code has digits of a fixed width (2, 2, 2, 4), so
   * the segments of two codes start at the same positions and their numeric order is the order of
   * their text: the codes compare as strings, with no number parsed.
   *
   * @param a a valid code text
   * @param b another valid code text
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  public static int compare(String a, String b) {
    return a.compareTo(b);
  }
}
