package io.rakor.core.meetings;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a meeting's ordered agenda, identified within the meeting by its position.
 *
 * <p>Invariants, checked when built: the position is at least 1; the title is not blank. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgendaItem.class)
@JsonDeserialize(as = ImmutableAgendaItem.class)
public abstract class AgendaItem implements WithAgendaItem {
  AgendaItem() {}

  /**
   * Starts building an agenda item.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AgendaItem} values, checking every invariant in {@link #build()}. Obtained from
   * {@link AgendaItem#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableAgendaItem.Builder {
    Builder() {}
  }

  /**
   * The item's place in the agenda, from 1; unique within the meeting.
   *
   * @return the position
   */
  public abstract int position();

  /**
   * The item's title, for example {@code "Percepatan data terpadu"}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The priority the item discusses, if any.
   *
   * @return the priority's id
   */
  public abstract Optional<PriorityId> priority();

  /**
   * The unit that presents the item, if any.
   *
   * @return the presenting unit's id
   */
  public abstract Optional<UnitId> presenter();

  @Value.Check
  void check() {
    Checker.of("AgendaItem")
        .require(position() >= 1, "position", position(), "must be at least 1")
        .name("title", title())
        .done();
  }
}
