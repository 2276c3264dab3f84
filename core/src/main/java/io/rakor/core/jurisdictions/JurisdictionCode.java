package io.rakor.core.jurisdictions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import io.rakor.core.RakorValidationException;
import io.rakor.core.RuleCodes;
import io.rakor.core.Violation;
import java.util.Locale;
import java.util.Optional;

/**
 * The hierarchical code that identifies a {@link Jurisdiction}: the Indonesian <i>kode wilayah</i>
 * of the Ministry of Home Affairs (Kemendagri), such as {@code 18} (Lampung), {@code 18.03}
 * (Lampung Utara), {@code 18.03.01} (a <i>kecamatan</i>), {@code 18.03.01.2001} (a village).
 *
 * <p>A code has one canonical form, so one place has one code: one to four dot-separated segments
 * of fixed width, 2 digits for a province, 2 for a regency or city, 2 for a sub-district and 4 for
 * a village or urban village; no segment is all zeros. {@code 18.3}, {@code 1803}, {@code 0} and
 * {@code 000000.000000} are not codes. Each code extends its parent's code by one segment, so a
 * code knows all its ancestors. Immutable and thread-safe; ordered so that a parent sorts before
 * its descendants.
 *
 * @param value the code's text
 * @since 0.1
 */
public record JurisdictionCode(@JsonValue String value) implements Comparable<JurisdictionCode> {
  /** The most segments a code may have: province, regency or city, sub-district, village. */
  public static final int MAX_DEPTH = 4;

  /** The canonical form, in words, as every rejection states it. */
  public static final String FORM =
      "must be a Kemendagri code: 2 digits for a province (18), then 2 for a regency or city"
          + " (18.03), 2 for a sub-district (18.03.01) and 4 for a village (18.03.01.2001),"
          + " separated by dots, no segment all zeros";

  private static final int[] WIDTHS = {2, 2, 2, 4};

  /**
   * Creates a code.
   *
   * @throws RakorValidationException if the text is not a code in the canonical form
   */
  public JurisdictionCode {
    if (value == null) {
      throw new RakorValidationException(
          Violation.of("JurisdictionCode", "value", null, "must not be null")
              .withCode(RuleCodes.NULL));
    }
    String problem = problem(value);
    if (problem != null) {
      throw new RakorValidationException(
          Violation.of("JurisdictionCode", "value", "\"" + value + "\"", FORM + "; " + problem)
              .withCode(RuleCodes.JURISDICTION_FORM));
    }
  }

  /**
   * Returns the code with the given text, for example {@code of("18.03.01")}; the same as {@link
   * #parse(CharSequence)}.
   *
   * @param value the text
   * @return the code
   * @throws RakorValidationException if the text is not a code in the canonical form
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static JurisdictionCode of(String value) {
    return new JurisdictionCode(value);
  }

  /**
   * Reads a code from text, for example {@code parse("18.03.01")}. Only the canonical form is read:
   * {@code 18.3} and {@code 1803} are rejected, never taken for {@code 18.03}.
   *
   * @param text the text
   * @return the code
   * @throws RakorValidationException if the text is not a code in the canonical form; the message
   *     states the form and what is wrong, with its position
   */
  public static JurisdictionCode parse(CharSequence text) {
    return new JurisdictionCode(text == null ? null : text.toString());
  }

  /**
   * Why a text is not a code in the canonical form, or null if it is one.
   *
   * @param value the text
   * @return the problem in words, with the position of the offending segment or character
   */
  private static String problem(String value) {
    if (value.isEmpty()) {
      return "it is empty";
    }
    int segment = 0;
    int start = 0;
    int length = value.length();
    for (int i = 0; i <= length; i++) {
      char c = i < length ? value.charAt(i) : '.';
      if (c == '.') {
        if (segment >= MAX_DEPTH) {
          return "it has more than " + MAX_DEPTH + " segments";
        }
        int width = i - start;
        if (width != WIDTHS[segment]) {
          return "segment "
              + (segment + 1)
              + " ('"
              + value.substring(start, i)
              + "', at index "
              + start
              + ") has "
              + width
              + (width == 1 ? " digit" : " digits")
              + ", not "
              + WIDTHS[segment];
        }
        boolean zeros = true;
        for (int k = start; k < i; k++) {
          zeros &= value.charAt(k) == '0';
        }
        if (zeros) {
          return "segment "
              + (segment + 1)
              + " ('"
              + value.substring(start, i)
              + "', at index "
              + start
              + ") is all zeros, which names no area";
        }
        segment++;
        start = i + 1;
      } else if (c < '0' || c > '9') {
        return c > 0x20 && c < 0x7F
            ? String.format(Locale.ROOT, "'%c' at index %d is not a digit or a dot", c, i)
            : String.format(Locale.ROOT, "U+%04X at index %d is not a digit or a dot", (int) c, i);
      }
    }
    return null;
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
   * @param segment the sub-jurisdiction's segment, of the width its level requires: 2 digits below
   *     a province or regency, 4 below a sub-district
   * @return this code extended by {@code segment}
   * @throws RakorValidationException if the segment is not digits of the right width, or this code
   *     is a village code already
   */
  public JurisdictionCode child(String segment) {
    return new JurisdictionCode(value + "." + segment);
  }

  /**
   * The code of a direct sub-jurisdiction by its number, written at the width its level requires:
   * {@code of("18").child(3)} is {@code 18.03}, {@code of("18.03.01").child(2001)} is {@code
   * 18.03.01.2001}.
   *
   * @param number the sub-jurisdiction's number, from 1 to 99 (or 9999 for a village)
   * @return this code extended by the number
   * @throws RakorValidationException if the number does not fit the level's width, or this code is
   *     a village code already
   */
  public JurisdictionCode child(int number) {
    int depth = depth();
    int width = depth < MAX_DEPTH ? WIDTHS[depth] : 1;
    String digits = Integer.toString(number);
    if (number >= 0 && digits.length() < width) {
      digits = "0".repeat(width - digits.length()) + digits;
    }
    return child(digits);
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

  /**
   * Orders codes segment by segment, numerically, so that a parent precedes its children. Because
   * every segment has its level's fixed width, this is the order of the texts.
   */
  @Override
  public int compareTo(JurisdictionCode other) {
    return value.compareTo(other.value);
  }

  /** Returns the code's text. */
  @Override
  public String toString() {
    return value;
  }
}
