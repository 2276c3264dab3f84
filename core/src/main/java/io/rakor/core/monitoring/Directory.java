package io.rakor.core.monitoring;

import com.google.common.collect.ImmutableMap;
import io.rakor.core.meetings.Priority;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of units and priorities, so that lists of who is behind read with names, not only ids
 * (commitments carry their own name, their action). A unit or priority the directory does not know
 * is shown by its id. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Directory {
  private static final Directory EMPTY = new Directory(Map.of(), Map.of());

  private final ImmutableMap<UnitId, String> units;
  private final ImmutableMap<PriorityId, String> priorities;

  private Directory(Map<UnitId, String> units, Map<PriorityId, String> priorities) {
    this.units = ImmutableMap.copyOf(units);
    this.priorities = ImmutableMap.copyOf(priorities);
  }

  /**
   * A directory that knows no names: everything is shown by its id.
   *
   * @return the empty directory
   */
  public static Directory empty() {
    return EMPTY;
  }

  /**
   * A directory of the given units (by their {@code name}) and priorities (by their {@code title}).
   *
   * @param units the units
   * @param priorities the priorities
   * @return the directory
   */
  public static Directory of(Collection<ResponsibleUnit> units, Collection<Priority> priorities) {
    Map<UnitId, String> u = new HashMap<>();
    units.forEach(x -> u.put(x.id(), x.name()));
    Map<PriorityId, String> p = new HashMap<>();
    priorities.forEach(x -> p.put(x.id(), x.title()));
    return new Directory(u, p);
  }

  /**
   * A unit's name.
   *
   * @param id the unit
   * @return its name, or its id if unknown
   */
  public String name(UnitId id) {
    return units.getOrDefault(id, id.value());
  }

  /**
   * A priority's name.
   *
   * @param id the priority
   * @return its title, or its id if unknown
   */
  public String name(PriorityId id) {
    return priorities.getOrDefault(id, id.value());
  }
}
