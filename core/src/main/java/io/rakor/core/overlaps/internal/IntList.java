package io.rakor.core.overlaps.internal;

import java.util.Arrays;

/** A growable list of primitive ints. Not API: it may change without notice. */
public final class IntList {
  private int[] items = new int[4];
  private int size;

  /** An empty list. */
  public IntList() {}

  /**
   * Appends an int.
   *
   * @param value the value
   */
  public void add(int value) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = value;
  }

  /**
   * Appends every int of another list.
   *
   * @param other the list to copy from
   */
  public void addAll(IntList other) {
    if (size + other.size > items.length) {
      items = Arrays.copyOf(items, Math.max(size + other.size, size * 2));
    }
    System.arraycopy(other.items, 0, items, size, other.size);
    size += other.size;
  }

  /**
   * The int at an index.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the value
   */
  public int get(int index) {
    return items[index];
  }

  /**
   * Removes the int at an index by moving the last one into its place.
   *
   * @param index from 0 to {@code size() - 1}
   */
  public void swapRemove(int index) {
    items[index] = items[--size];
  }

  /**
   * The number of ints held.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /** Empties the list, keeping its capacity. */
  public void clear() {
    size = 0;
  }
}
