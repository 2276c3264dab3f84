package io.rakor.core.monitoring;

/**
 * How far a parent commitment's children bound its health from below when the parent is judged by
 * its children ({@link HealthThresholds#parentFloor()}).
 *
 * @since 0.1
 */
public enum ParentFloor {
  /** The children's weighted progress alone decides. */
  NONE,
  /** No better than its worst overdue child: one overdue child makes the parent overdue. */
  OVERDUE_CHILD,
  /** No better than its worst child, whatever that child's health. */
  WORST_CHILD
}
