package io.rakor.core.meetings;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import org.immutables.value.Value;

/**
 * An obstacle (<i>hambatan</i>) a unit reports, in a category, described in words.
 *
 * <p>Invariants, checked when built: the description is not blank. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObstacle.class)
@JsonDeserialize(as = ImmutableObstacle.class)
public abstract class Obstacle implements WithObstacle {
  Obstacle() {}

  /**
   * Starts building a {@link Obstacle}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Obstacle} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Obstacle#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableObstacle.Builder {
    Builder() {}
  }

  /**
   * An obstacle.
   *
   * @param category what kind of obstacle
   * @param description what it is
   * @return the obstacle
   * @throws io.rakor.core.RakorValidationException if the description is blank
   */
  public static Obstacle of(ObstacleCategory category, String description) {
    return Obstacle.builder().category(category).description(description).build();
  }

  /**
   * What kind of obstacle this is.
   *
   * @return the category
   */
  public abstract ObstacleCategory category();

  /**
   * What the obstacle is, in words.
   *
   * @return the description
   */
  public abstract String description();

  @Value.Check
  void check() {
    Checker.of("Obstacle").text("description", description()).done();
  }
}
