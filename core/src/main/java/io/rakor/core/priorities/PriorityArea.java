package io.rakor.core.priorities;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.rakor.core.RakorValidationException;
import io.rakor.core.RuleCodes;
import io.rakor.core.Violation;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A development area a priority addresses (<i>isu prioritas</i>). Open to more than the well-known
 * constants: an area is any dotted lower-case code, and a dot marks a sub-sector, so {@code
 * basic-services.health} is within {@code basic-services}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code one to four dot-separated segments of {@code [a-z][a-z0-9-]*}, at most 100 characters
 * @since 0.1
 */
public record PriorityArea(@JsonValue String code) implements Comparable<PriorityArea> {
  private static final Pattern SHAPE =
      Pattern.compile("[a-z][a-z0-9-]{0,30}(\\.[a-z][a-z0-9-]{0,30}){0,3}");

  /** Basic services (<i>layanan dasar</i>). */
  public static final PriorityArea BASIC_SERVICES = new PriorityArea("basic-services");

  /** Education, a basic service. */
  public static final PriorityArea EDUCATION = BASIC_SERVICES.sub("education");

  /** Health, a basic service. */
  public static final PriorityArea HEALTH = BASIC_SERVICES.sub("health");

  /** Basic infrastructure (roads, bridges, electricity), a basic service. */
  public static final PriorityArea BASIC_INFRASTRUCTURE = BASIC_SERVICES.sub("infrastructure");

  /** Clean water (<i>air bersih</i>), a basic service. */
  public static final PriorityArea CLEAN_WATER = BASIC_SERVICES.sub("clean-water");

  /** Sanitation, a basic service. */
  public static final PriorityArea SANITATION = BASIC_SERVICES.sub("sanitation");

  /** Integrated data, "one regional data" (<i>data terpadu</i>, <i>satu data</i>). */
  public static final PriorityArea INTEGRATED_DATA = new PriorityArea("integrated-data");

  /** Stunting prevention and reduction. */
  public static final PriorityArea STUNTING = new PriorityArea("stunting");

  /** Disaster preparedness (<i>kesiapsiagaan bencana</i>). */
  public static final PriorityArea DISASTER_PREPAREDNESS =
      new PriorityArea("disaster-preparedness");

  /** Security, order and stability (<i>keamanan dan ketertiban</i>). */
  public static final PriorityArea SECURITY_AND_ORDER = new PriorityArea("security-and-order");

  /** Local economy and cooperatives (<i>ekonomi kerakyatan, koperasi</i>). */
  public static final PriorityArea LOCAL_ECONOMY = new PriorityArea("local-economy");

  /**
   * Creates an area.
   *
   * @throws RakorValidationException if the code is not a valid area code
   */
  public PriorityArea {
    if (code == null || code.length() > 100 || !SHAPE.matcher(code).matches()) {
      throw new RakorValidationException(
          Violation.of(
                  "PriorityArea",
                  "code",
                  code == null ? null : "\"" + code + "\"",
                  "must be 1 to 4 dot-separated segments of [a-z][a-z0-9-]*")
              .withCode(RuleCodes.AREA_FORM));
    }
  }

  /**
   * Returns the area with the given code, for example {@code of("stunting")}.
   *
   * @param code the code
   * @return the area
   * @throws RakorValidationException if the code is not a valid area code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PriorityArea of(String code) {
    return new PriorityArea(code);
  }

  /**
   * A sub-sector of this area.
   *
   * @param segment the sub-sector's own code, {@code [a-z][a-z0-9-]*}
   * @return for example {@code basic-services.health}
   * @throws RakorValidationException if the result is not a valid area code
   */
  public PriorityArea sub(String segment) {
    return new PriorityArea(code + "." + segment);
  }

  /**
   * The area this one is a sub-sector of.
   *
   * @return the parent area, or empty for a top-level area
   */
  public Optional<PriorityArea> parent() {
    int dot = code.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(new PriorityArea(code.substring(0, dot)));
  }

  /**
   * The top-level area: {@code basic-services} for {@code basic-services.health}.
   *
   * @return the root of this area
   */
  public PriorityArea root() {
    int dot = code.indexOf('.');
    return dot < 0 ? this : new PriorityArea(code.substring(0, dot));
  }

  /**
   * Whether this area is {@code other} or one of its sub-sectors.
   *
   * @param other another area
   * @return true if this is within {@code other}
   */
  public boolean isWithin(PriorityArea other) {
    return code.equals(other.code)
        || (code.startsWith(other.code) && code.charAt(other.code.length()) == '.');
  }

  @Override
  public int compareTo(PriorityArea other) {
    return code.compareTo(other.code);
  }

  /** Returns the area's code. */
  @Override
  public String toString() {
    return code;
  }
}
