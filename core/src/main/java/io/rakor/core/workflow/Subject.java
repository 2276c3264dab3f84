package io.rakor.core.workflow;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link Policy} knows of the value acted on: its kind and id, and which units hold which
 * role on it, as the value itself says. Lifecycles build it from the value (the commitment's lead
 * and supporters, the meeting's chair and participants, the monitoring plan's owner).
 *
 * <p>A role absent from {@link #holders()} is one the value cannot vouch for (for example, who
 * chairs the forum that agreed a commitment): the policy then takes the actor's claim as the
 * application asserted it.
 *
 * <p>The value may also <i>grant</i> a role an action beyond what the policy's own table allows,
 * when the value's rules say so (a monitoring plan that lets partners report progress grants {@link
 * Role#PARTNER} the action {@link Action#REPORT_PROGRESS}); {@link DefaultPolicy} honours grants.
 * Immutable and thread-safe.
 *
 * @param kind what sort of value, for example {@code "Commitment"}
 * @param id the value's id as text
 * @param holders for each role the value can vouch for, the units that hold it
 * @param chairOfficial the official who chairs, if the value names one
 * @param grants the actions the value grants roles beyond the policy's table
 * @since 0.1
 */
public record Subject(
    String kind,
    String id,
    ImmutableMap<Role, ImmutableSet<UnitId>> holders,
    Optional<OfficialId> chairOfficial,
    ImmutableSetMultimap<Action, Role> grants) {

  /**
   * Creates a subject.
   *
   * @throws NullPointerException if any argument is null
   */
  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(holders, "holders");
    Objects.requireNonNull(chairOfficial, "chairOfficial");
    Objects.requireNonNull(grants, "grants");
  }

  /**
   * Creates a subject that grants nothing beyond the policy's table.
   *
   * @param kind what sort of value
   * @param id the value's id as text
   * @param holders for each role the value can vouch for, its holders
   * @param chairOfficial the chairing official, if any
   * @throws NullPointerException if any argument is null
   */
  public Subject(
      String kind,
      String id,
      ImmutableMap<Role, ImmutableSet<UnitId>> holders,
      Optional<OfficialId> chairOfficial) {
    this(kind, id, holders, chairOfficial, ImmutableSetMultimap.of());
  }

  /**
   * The same subject, also granting a role an action.
   *
   * @param action the action
   * @param role the role granted it
   * @return the subject with the grant
   * @since 0.1
   */
  public Subject withGrant(Action action, Role role) {
    return new Subject(
        kind,
        id,
        holders,
        chairOfficial,
        ImmutableSetMultimap.<Action, Role>builder().putAll(grants).put(action, role).build());
  }

  /**
   * Whether the value grants a role an action.
   *
   * @param action the action
   * @param role the role
   * @return true if granted
   * @since 0.1
   */
  public boolean grants(Action action, Role role) {
    return grants.containsEntry(action, role);
  }

  /**
   * A subject that vouches for the given roles.
   *
   * @param kind what sort of value
   * @param id the value's id as text
   * @param holders for each role the value can vouch for, its holders
   * @param chairOfficial the chairing official, if any
   * @return the subject
   */
  public static Subject of(
      String kind,
      String id,
      Map<Role, ? extends Set<UnitId>> holders,
      Optional<OfficialId> chairOfficial) {
    ImmutableMap.Builder<Role, ImmutableSet<UnitId>> copy = ImmutableMap.builder();
    holders.forEach((role, units) -> copy.put(role, ImmutableSet.copyOf(units)));
    return new Subject(kind, id, copy.buildOrThrow(), chairOfficial);
  }

  /**
   * Whether the value vouches for who holds a role.
   *
   * @param role the role
   * @return true if the value names the holders of that role
   */
  public boolean vouchesFor(Role role) {
    return holders.containsKey(role) || (role == Role.CHAIR && chairOfficial.isPresent());
  }

  /**
   * Whether the actor's claimed role is borne out by the value. A role the value cannot vouch for
   * is taken as claimed. The chair is recognised by the chairing official, or by a unit listed as
   * chair.
   *
   * @param actor the actor
   * @return true if the claim holds or cannot be checked
   */
  public boolean confirms(Actor actor) {
    Role role = actor.role();
    if (!vouchesFor(role)) {
      return true;
    }
    if (role == Role.CHAIR && chairOfficial.isPresent() && actor.official().equals(chairOfficial)) {
      return true;
    }
    return holders.getOrDefault(role, ImmutableSet.of()).contains(actor.unit());
  }

  /** Returns {@code Kind id}. */
  @Override
  public String toString() {
    return kind + " " + id;
  }
}
