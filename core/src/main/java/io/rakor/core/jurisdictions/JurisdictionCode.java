package io.rakor.core.jurisdictions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The hierarchical code that identifies a {@link Jurisdiction}, such as the Indonesian <i>kode
 * wilayah</i>: {@code 18} (Lampung), {@code 18.03} (Lampung Utara), {@code 18.03.01} (a
 * <i>kecamatan</i>), {@code 18.03.01.2001} (a village).
 *
 * <p>A code is a dot-separated sequence of one to eight segments of one to six digits. Each code
 * extends its parent's code by one segment, so a code knows all its ancestors. Immutable and
 * thread-safe; ordered so that a parent sorts before its descendants.
 *
 * @param value the code's text
 * @since 0.1
 */
public record JurisdictionCode(@JsonValue String value) implements Comparable<JurisdictionCode> {
  /** The most segments a code may have. */
  public static final int MAX_DEPTH = 8;

  private static final Pattern SHAPE = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,6}){0,7}");

  /**
   * Creates a code.
   *
   * @throws RakorValidationException if the text is not one to eight dot-separated segments of one
   *     to six digits
   */
  public JurisdictionCode {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new RakorValidationException(
          Violation.of(
              "JurisdictionCode",
              "value",
              value == null ? null : "\"" + value + "\"",
              "must be 1 to " + MAX_DEPTH + " dot-separated segments of 1 to 6 digits"));
    }
  }

  /**
   * Returns the code with the given text, for example {@code of("18.03.01")}.
   *
   * @param value the text
   * @return the code
   * @throws RakorValidationException if the text is not a valid code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static JurisdictionCode of(String value) {
    return new JurisdictionCode(value);
  }

  /**
   * The number of segments: 1 for {@code 18}, 4 for {@code 18.03.01.2001}.
   *
   * @return the depth, from 1 to {@value #MAX_DEPTH}
   */
  public int depth() {
    int depth = 1;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '.') {
        depth++;
      }
    }
    return depth;
  }

  /**
   * The segments of the code, outermost first.
   *
   * @return the segments, for example {@code [18, 03, 01]}
   */
  public ImmutableList<String> segments() {
    return ImmutableList.copyOf(value.split("\\."));
  }

  /**
   * The code of the enclosing jurisdiction, if any.
   *
   * @return the parent code, or empty for a top-level code
   */
  public Optional<JurisdictionCode> parent() {
    int dot = value.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(new JurisdictionCode(value.substring(0, dot)));
  }

  /**
   * The codes of every enclosing jurisdiction, outermost first.
   *
   * @return the ancestors, for example {@code [18, 18.03]} for {@code 18.03.01}; empty for a
   *     top-level code
   */
  public ImmutableList<JurisdictionCode> ancestors() {
    ImmutableList.Builder<JurisdictionCode> ancestors = ImmutableList.builder();
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '.') {
        ancestors.add(new JurisdictionCode(value.substring(0, i)));
      }
    }
    return ancestors.build();
  }

  /**
   * The code of a direct sub-jurisdiction.
   *
   * @param segment one to six digits
   * @return this code extended by {@code segment}
   * @throws RakorValidationException if the segment is not digits or this code is at {@value
   *     #MAX_DEPTH} segments already
   */
  public JurisdictionCode child(String segment) {
    return new JurisdictionCode(value + "." + segment);
  }

  /**
   * Whether this code strictly encloses {@code other}: {@code 18.03} encloses {@code 18.03.01} but
   * not {@code 18.03} or {@code 18.031}.
   *
   * @param other another code
   * @return true if this is a proper ancestor of {@code other}
   */
  public boolean isAncestorOf(JurisdictionCode other) {
    return other.value.length() > value.length()
        && other.value.startsWith(value)
        && other.value.charAt(value.length()) == '.';
  }

  /**
   * Whether this code is {@code other} or encloses it.
   *
   * @param other another code
   * @return true if equal to or an ancestor of {@code other}
   */
  public boolean contains(JurisdictionCode other) {
    return equals(other) || isAncestorOf(other);
  }

  /**
   * Whether two places intersect: one is the other, or encloses it.
   *
   * @param other another code
   * @return true if either contains the other
   */
  public boolean intersects(JurisdictionCode other) {
    return contains(other) || other.isAncestorOf(this);
  }

  /** Orders codes segment by segment, numerically, so that a parent precedes its children. */
  @Override
  public int compareTo(JurisdictionCode other) {
    ImmutableList<String> a = segments();
    ImmutableList<String> b = other.segments();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Long.compare(Long.parseLong(a.get(i)), Long.parseLong(b.get(i)));
      if (c == 0) {
        c = a.get(i).compareTo(b.get(i)); // "03" vs "3": keep the order total
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** Returns the code's text. */
  @Override
  public String toString() {
    return value;
  }
}
