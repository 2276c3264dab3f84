package io.rakor.core.units;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.List;
import org.immutables.value.Value;

/**
 * A named group of units that meets and decides together, such as the <i>Forkopimda</i> or a
 * stunting task force.
 *
 * <p>Invariants, checked when built: the name is not blank; there is at least one member; no member
 * is listed twice. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForum.class)
@JsonDeserialize(as = ImmutableForum.class)
public abstract class Forum implements WithForum {
  Forum() {}

  /**
   * Starts building a forum.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Forum} values, checking every invariant in {@link #build()}. Obtained from {@link
   * Forum#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableForum.Builder {
    Builder() {}
  }

  /**
   * The forum's identifier.
   *
   * @return the id
   */
  public abstract ForumId id();

  /**
   * The forum's name, for example {@code "Forkopimda Kabupaten Lampung Utara"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What sort of group this is.
   *
   * @return the kind
   */
  public abstract ForumKind kind();

  /**
   * The area the forum serves.
   *
   * @return the jurisdiction's code
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * The member units, in the order they are listed.
   *
   * @return the members, never empty, no duplicates
   */
  @AllowNulls
  public abstract List<UnitId> members();

  @Value.Check
  void check() {
    Checker.of("Forum")
        .references("members", members())
        .checkpoint()
        .name("name", name())
        .require(!members().isEmpty(), "members", members(), "must have at least one member")
        .distinct("members", members(), m -> m)
        .done();
  }
}
