package io.rakor.core.workflow;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who asks for a command: a unit, optionally through a named official, acting in a {@link Role}.
 *
 * <p>Authenticating the person is the application's job; Rakor checks that the claimed role fits
 * the value acted on (see {@link Subject}) and that the role may take the action (see {@link
 * Policy}). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
public abstract class Actor implements WithActor {
  Actor() {}

  /**
   * Starts building a {@link Actor}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Actor} values, checking every invariant in {@link #build()}. Obtained from {@link
   * Actor#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }

  /**
   * A unit acting in a role, with no named official.
   *
   * @param unit the unit
   * @param role the role claimed
   * @return the actor
   */
  public static Actor of(UnitId unit, Role role) {
    return Actor.builder().unit(unit).role(role).build();
  }

  /**
   * An official of a unit acting in a role.
   *
   * @param unit the official's unit
   * @param official the official
   * @param role the role claimed
   * @return the actor
   */
  public static Actor of(UnitId unit, OfficialId official, Role role) {
    return Actor.builder().unit(unit).official(official).role(role).build();
  }

  /**
   * The unit acting.
   *
   * @return the unit's id
   */
  public abstract UnitId unit();

  /**
   * The official acting for the unit, if named.
   *
   * @return the official's id
   */
  public abstract Optional<OfficialId> official();

  /**
   * The role claimed.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * The same unit and official in another role.
   *
   * @param role the role
   * @return the actor in that role
   */
  public Actor as(Role role) {
    return this.withRole(role);
  }

  /** Returns {@code unit[/official] as ROLE}. */
  @Override
  public String toString() {
    return unit() + official().map(o -> "/" + o).orElse("") + " as " + role();
  }
}
