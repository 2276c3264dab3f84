package io.rakor.core.data.internal;

/**
 * Compares jurisdiction code texts in the order of {@link
 * io.rakor.core.jurisdictions.JurisdictionCode#compareTo}, without allocating. Not API: it may
 * change without notice.
 */
public final class CodeOrder {
  private CodeOrder() {}

  /**
   * Compares two valid code texts segment by segment, numerically, then by segment text, then by
   * depth: a parent sorts before its descendants.
   *
   * @param a a valid code text
   * @param b another valid code text
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      boolean aDone = i >= a.length();
      boolean bDone = j >= b.length();
      if (aDone || bDone) {
        return aDone == bDone ? 0 : (aDone ? -1 : 1);
      }
      int ie = a.indexOf('.', i);
      ie = ie < 0 ? a.length() : ie;
      int je = b.indexOf('.', j);
      je = je < 0 ? b.length() : je;
      int c = Long.compare(Long.parseLong(a, i, ie, 10), Long.parseLong(b, j, je, 10));
      if (c == 0) {
        c = compareRegion(a, i, ie, b, j, je);
      }
      if (c != 0) {
        return c;
      }
      i = ie + 1;
      j = je + 1;
    }
  }

  private static int compareRegion(String a, int i, int ie, String b, int j, int je) {
    int la = ie - i;
    int lb = je - j;
    for (int k = 0; k < Math.min(la, lb); k++) {
      int c = Character.compare(a.charAt(i + k), b.charAt(j + k));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(la, lb);
  }
}
