package io.rakor.persistence;

/**
 * A version of the store contract, {@code major.minor}. A new minor version only adds (default
 * methods, new rules a store may opt into); a new major version may change rules. Immutable and
 * thread-safe.
 *
 * @param major the major version, at least 1
 * @param minor the minor version, at least 0
 * @since 0.1
 */
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {
  /**
   * The major version of the contract in this jar: a compile-time constant, so that {@code
   * SpiVersion.of(SpiVersion.MAJOR, SpiVersion.MINOR)} in a store's {@code spiVersion()} is copied
   * into the store's class file and keeps the version the store was compiled against.
   */
  public static final int MAJOR = 1;

  /**
   * The minor version of the contract in this jar; a compile-time constant, like {@link #MAJOR}.
   */
  public static final int MINOR = 0;

  /**
   * The version of the contract of the running library. A store must not return this from {@code
   * spiVersion()}: it is read when the store runs, not when it was compiled, so it would always
   * match. Return {@code SpiVersion.of(SpiVersion.MAJOR, SpiVersion.MINOR)} instead.
   */
  public static final SpiVersion CURRENT = new SpiVersion(MAJOR, MINOR);

  /**
   * Creates a version.
   *
   * @throws IllegalArgumentException if major is below 1 or minor below 0
   */
  public SpiVersion {
    if (major < 1 || minor < 0) {
      throw new IllegalArgumentException("not an SPI version: " + major + "." + minor);
    }
  }

  /**
   * The version {@code major.minor}.
   *
   * @param major the major version, at least 1
   * @param minor the minor version, at least 0
   * @return the version
   * @throws IllegalArgumentException if major is below 1 or minor below 0
   */
  public static SpiVersion of(int major, int minor) {
    return new SpiVersion(major, minor);
  }

  /**
   * Reads {@code "1.0"}.
   *
   * @param text the version text
   * @return the version
   * @throws IllegalArgumentException if the text is not {@code major.minor}
   */
  public static SpiVersion parse(String text) {
    String[] parts = text.split("\\.", -1);
    try {
      if (parts.length == 2) {
        return new SpiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException("not an SPI version (major.minor): \"" + text + "\"");
  }

  /**
   * Whether a library at {@code library} can use a store declaring this version: same major, and a
   * minor no newer than the library's.
   *
   * @param library the library's version, usually {@link #CURRENT}
   * @return true if supported
   */
  public boolean isSupportedBy(SpiVersion library) {
    return major == library.major && minor <= library.minor;
  }

  @Override
  public int compareTo(SpiVersion other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  /** Returns {@code major.minor}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
