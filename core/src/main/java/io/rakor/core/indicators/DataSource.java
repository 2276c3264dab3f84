package io.rakor.core.indicators;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an {@link Indicator}'s figures come from: the kind of source and, if stated, its name, such
 * as a {@link DataSourceKind#SURVEY} named {@code "SSGI"} or a {@link DataSourceKind#REGISTER}
 * named {@code "e-PPGBM"}.
 *
 * <p>Invariants, checked when built: the name, if given, is a name (a single visible line of at
 * most {@code Limits.NAME_LENGTH} characters). Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDataSource.class)
@JsonDeserialize(as = ImmutableDataSource.class)
public abstract class DataSource implements WithDataSource {
  DataSource() {}

  /**
   * Starts building a {@link DataSource}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DataSource} values, checking every invariant in {@link #build()}. Obtained from
   * {@link DataSource#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableDataSource.Builder {
    Builder() {}
  }

  /**
   * A source of the given kind, unnamed.
   *
   * @param kind the kind
   * @return the source
   */
  public static DataSource of(DataSourceKind kind) {
    return builder().kind(kind).build();
  }

  /**
   * A named source, such as {@code of(DataSourceKind.SURVEY, "SSGI")}.
   *
   * @param kind the kind
   * @param name its name
   * @return the source
   * @throws io.rakor.core.RakorValidationException if the name is not a valid name
   */
  public static DataSource of(DataSourceKind kind, String name) {
    return builder().kind(kind).name(name).build();
  }

  /**
   * The kind of source.
   *
   * @return the kind
   */
  public abstract DataSourceKind kind();

  /**
   * The source's name, such as {@code "SSGI"}, {@code "e-PPGBM"} or {@code "Laporan Puskesmas"}.
   *
   * @return the name, if stated
   */
  public abstract Optional<String> name();

  @Value.Check
  void check() {
    Checker c = Checker.of("DataSource");
    name().ifPresent(n -> c.name("name", n));
    c.done();
  }
}
