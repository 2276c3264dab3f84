package io.rakor.core.overlaps.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every pair of items whose places intersect in a code hierarchy and whose day windows
 * overlap, without comparing all pairs. Not API: it may change without notice.
 *
 * <p>Each item registers once per place at the node of that code in a trie of dotted codes. Two
 * places intersect exactly when one is the other or an ancestor of it, so every intersecting pair
 * of registrations meets at the node of the broader place: there, the node's own registrations are
 * swept against each other and against the registrations of its strict descendants. A sweep sorts
 * by start day and keeps the windows still open, so it costs its sort plus the pairs it emits. The
 * total cost is {@code O(R · d · log R + K)} for {@code R} registrations, depth {@code d} and
 * {@code K} emitted pairs; only nodes with registrations of their own do any work.
 *
 * <p>An item with several places can meet another item at several nodes; callers that need each
 * pair once must remove repeats, which can only involve such items.
 */
public final class IntervalHierarchyIndex {
  /** Receives candidate pairs. */
  @FunctionalInterface
  public interface PairSink {
    /**
     * One candidate pair of distinct items.
     *
     * @param a an item index
     * @param b another item index
     */
    void pair(int a, int b);
  }

  private static final class Node {
    final List<Node> children = new ArrayList<>(0);
    final IntList own = new IntList();
  }

  private final Map<String, Node> nodes = new HashMap<>();
  private final List<Node> registered = new ArrayList<>();
  private final int[] start;
  private final int[] end;

  /**
   * An index over items with the given windows.
   *
   * @param startDay each item's first day (inclusive), by item index
   * @param endDay each item's last day (inclusive), by item index
   */
  public IntervalHierarchyIndex(int[] startDay, int[] endDay) {
    this.start = startDay;
    this.end = endDay;
  }

  /**
   * Registers an item at a place.
   *
   * @param item the item index
   * @param code a dotted code such as {@code 18.03.01}
   */
  public void add(int item, String code) {
    Node node = node(code);
    if (node.own.size() == 0) {
      registered.add(node);
    }
    node.own.add(item);
  }

  private Node node(String code) {
    Node node = nodes.get(code);
    if (node != null) {
      return node;
    }
    node = new Node();
    nodes.put(code, node);
    int dot = code.lastIndexOf('.');
    if (dot > 0) {
      node(code.substring(0, dot)).children.add(node);
    }
    return node;
  }

  /**
   * Emits every pair of distinct items that intersect in place and time, at least once.
   *
   * @param sink receives the pairs
   */
  public void emit(PairSink sink) {
    IntList below = new IntList();
    for (Node node : registered) {
      long[] own = sortedByStart(node.own);
      sweepWithin(own, sink);
      below.clear();
      for (Node child : node.children) {
        collect(child, below);
      }
      if (below.size() > 0) {
        sweepAcross(own, sortedByStart(below), sink);
      }
    }
  }

  private static void collect(Node node, IntList into) {
    into.addAll(node.own);
    for (Node child : node.children) {
      collect(child, into);
    }
  }

  private long[] sortedByStart(IntList items) {
    long[] keys = new long[items.size()];
    for (int i = 0; i < keys.length; i++) {
      int item = items.get(i);
      keys[i] = ((long) start[item] << 32) | (item & 0xFFFFFFFFL);
    }
    Arrays.sort(keys);
    return keys;
  }

  private void sweepWithin(long[] sorted, PairSink sink) {
    IntList active = new IntList();
    for (long key : sorted) {
      int item = (int) key;
      emitAgainst(item, active, sink);
      active.add(item);
    }
  }

  private void sweepAcross(long[] left, long[] right, PairSink sink) {
    IntList activeLeft = new IntList();
    IntList activeRight = new IntList();
    int i = 0;
    int j = 0;
    while (i < left.length || j < right.length) {
      if (j >= right.length || (i < left.length && left[i] <= right[j])) {
        int item = (int) left[i++];
        emitAgainst(item, activeRight, sink);
        activeLeft.add(item);
      } else {
        int item = (int) right[j++];
        emitAgainst(item, activeLeft, sink);
        activeRight.add(item);
      }
    }
  }

  /** Pairs {@code item} with every open window, dropping those that closed before it started. */
  private void emitAgainst(int item, IntList active, PairSink sink) {
    int from = start[item];
    int k = 0;
    while (k < active.size()) {
      int other = active.get(k);
      if (end[other] < from) {
        active.swapRemove(k);
      } else {
        if (other != item) {
          sink.pair(other, item);
        }
        k++;
      }
    }
  }
}
