package io.rakor.core.units;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.List;
import org.immutables.value.Value;

/**
 * A person's name with the academic and honorific titles Indonesian usage puts before and after it:
 * {@code Dr. Ir. Hamartoni Ahadis, M.Si.} has titles before {@code [Dr., Ir.]}, name {@code
 * Hamartoni Ahadis} and titles after {@code [M.Si.]}.
 *
 * <p>Invariants, checked when built: the name and every title are not blank. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonName.class)
@JsonDeserialize(as = ImmutablePersonName.class)
public abstract class PersonName implements WithPersonName {
  PersonName() {}

  /**
   * Starts building a name.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link PersonName} values, checking every invariant in {@link #build()}. Obtained from
   * {@link PersonName#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutablePersonName.Builder {
    Builder() {}
  }

  /**
   * A name without titles.
   *
   * @param name the name
   * @return the name
   * @throws io.rakor.core.RakorValidationException if the name is blank
   */
  public static PersonName of(String name) {
    return builder().name(name).build();
  }

  /**
   * Titles written before the name, in order, for example {@code [Dr., Ir.]}.
   *
   * @return the titles, possibly empty
   */
  @AllowNulls
  public abstract List<String> titlesBefore();

  /**
   * The name itself, for example {@code Hamartoni Ahadis}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Titles written after the name, in order, for example {@code [M.Si.]}.
   *
   * @return the titles, possibly empty
   */
  @AllowNulls
  public abstract List<String> titlesAfter();

  /**
   * The name as it is written in full: titles before, separated by spaces; the name; then each
   * title after, preceded by a comma.
   *
   * @return for example {@code "Dr. Ir. Hamartoni Ahadis, M.Si."}
   */
  public String fullName() {
    StringBuilder full = new StringBuilder();
    titlesBefore().forEach(t -> full.append(t).append(' '));
    full.append(name());
    titlesAfter().forEach(t -> full.append(", ").append(t));
    return full.toString();
  }

  @Value.Check
  void check() {
    Checker.of("PersonName")
        .names("titlesBefore", titlesBefore())
        .name("name", name())
        .names("titlesAfter", titlesAfter())
        .done();
  }
}
