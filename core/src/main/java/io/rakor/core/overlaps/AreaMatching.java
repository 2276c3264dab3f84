package io.rakor.core.overlaps;

import io.rakor.core.priorities.PriorityArea;
import java.util.Optional;

/**
 * When two commitments count as addressing "the same priority area".
 *
 * <p>The default, {@link #NESTED}, treats a sub-sector as the same area as its parent ({@code
 * basic-services.health} matches {@code basic-services}) but keeps sibling sub-sectors apart
 * ({@code basic-services.health} does not match {@code basic-services.education}): a programme
 * filed under the whole of basic services may well be doing health work, while a health programme
 * and a school programme are not duplicates of each other.
 *
 * @since 0.1
 */
public enum AreaMatching {
  /** Only the identical area matches. */
  EXACT,
  /** The identical area, or one area being a sub-sector (at any depth) of the other. */
  NESTED,
  /** Any two areas under the same top-level area, siblings included. */
  SAME_ROOT;

  /**
   * Whether two areas match under this rule.
   *
   * @param a one area
   * @param b another area
   * @return true if they count as the same priority area
   */
  public boolean matches(PriorityArea a, PriorityArea b) {
    return common(a, b).isPresent();
  }

  /**
   * What two areas have in common under this rule: the area itself for {@link #EXACT}, the broader
   * of the two for {@link #NESTED}, the deepest shared ancestor for {@link #SAME_ROOT}.
   *
   * @param a one area
   * @param b another area
   * @return the common area, or empty if they do not match
   */
  public Optional<PriorityArea> common(PriorityArea a, PriorityArea b) {
    switch (this) {
      case EXACT:
        return a.equals(b) ? Optional.of(a) : Optional.empty();
      case NESTED:
        if (a.isWithin(b)) {
          return Optional.of(b);
        }
        return b.isWithin(a) ? Optional.of(a) : Optional.empty();
      case SAME_ROOT:
        if (!a.root().equals(b.root())) {
          return Optional.empty();
        }
        PriorityArea shared = a;
        while (!b.isWithin(shared)) {
          shared = shared.parent().orElseThrow();
        }
        return Optional.of(shared);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * The key under which the index buckets an area; two matching areas always share a key.
   *
   * @param area an area
   * @return the area itself for {@link #EXACT}, its root otherwise
   */
  PriorityArea bucket(PriorityArea area) {
    return this == EXACT ? area : area.root();
  }
}
