package io.rakor.testkit.internal.gen;

/** What text a generator makes: realistic words only, or mixed with arbitrary Unicode. */
public enum TextMix {
  /**
   * Realistic Indonesian words only (agency, <i>kecamatan</i> and village names, titles, actions),
   * so that seeded data sets read well.
   */
  REALISTIC,
  /**
   * Realistic words mixed with arbitrary Unicode wherever a field allows it, so that properties
   * meet the text the field will meet. Standalone values may also name references that resolve to
   * nothing, such as a successor.
   */
  MIXED
}
