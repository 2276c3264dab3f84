package io.rakor.reports.matrix.internal;

import io.rakor.core.meetings.Priority;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The units and priorities an import may name instead of their ids: a cell holds an id the
 * directory knows, or a unit's name or short name (a priority's title), compared without case and
 * with runs of spaces as one. An id wins over a name; a name of more than one unit is ambiguous; a
 * text that is neither is unknown. Immutable.
 *
 * @param <I> the id type
 */
public final class NameIndex<I> {
  private final Set<I> ids;
  private final Map<String, Set<I>> byName;
  private final Function<String, I> parse;

  private NameIndex(Set<I> ids, Map<String, Set<I>> byName, Function<String, I> parse) {
    this.ids = ids;
    this.byName = byName;
    this.parse = parse;
  }

  /** Why a text names no single unit or priority. */
  public static final class Unresolved extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The ids a text names, sorted: empty when it names none. */
    // A list of strings, never serialized: the exception stays in the reader.
    @SuppressWarnings("serial")
    public final List<String> candidates;

    Unresolved(List<String> candidates) {
      super(null, null, false, false);
      this.candidates = candidates;
    }
  }

  /**
   * The units of a directory, by id, name and short name.
   *
   * @param units the units
   * @return the index
   */
  public static NameIndex<UnitId> units(Collection<ResponsibleUnit> units) {
    Map<String, Set<UnitId>> names = new HashMap<>();
    Set<UnitId> ids = new HashSet<>();
    for (ResponsibleUnit u : units) {
      ids.add(u.id());
      add(names, u.name(), u.id());
      u.shortName().ifPresent(s -> add(names, s, u.id()));
    }
    return new NameIndex<>(ids, names, UnitId::of);
  }

  /**
   * The priorities of a directory, by id and title.
   *
   * @param priorities the priorities
   * @return the index
   */
  public static NameIndex<PriorityId> priorities(Collection<Priority> priorities) {
    Map<String, Set<PriorityId>> names = new HashMap<>();
    Set<PriorityId> ids = new HashSet<>();
    for (Priority p : priorities) {
      ids.add(p.id());
      add(names, p.title(), p.id());
    }
    return new NameIndex<>(ids, names, PriorityId::of);
  }

  private static <I> void add(Map<String, Set<I>> names, String name, I id) {
    names.computeIfAbsent(normal(name), n -> new LinkedHashSet<>()).add(id);
  }

  private static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether this index knows anything: an import without a directory reads ids only.
   *
   * @return true if it has units or priorities
   */
  public boolean isEmpty() {
    return ids.isEmpty();
  }

  /**
   * The id a cell's text names.
   *
   * @param text the cell's text, stripped
   * @return the id
   * @throws Unresolved if the text names no unit or priority of the directory, or more than one
   * @throws io.rakor.core.RakorValidationException never for a known name; for an unknown text that
   *     is not an id either, the {@code Unresolved} comes first
   */
  public I resolve(String text) {
    Optional<I> id = asKnownId(text);
    if (id.isPresent()) {
      return id.get();
    }
    Set<I> named = byName.getOrDefault(normal(text), Set.of());
    if (named.size() == 1) {
      return named.iterator().next();
    }
    throw new Unresolved(named.stream().map(Object::toString).sorted().toList());
  }

  private Optional<I> asKnownId(String text) {
    try {
      I id = parse.apply(text);
      return ids.contains(id) ? Optional.of(id) : Optional.empty();
    } catch (io.rakor.core.RakorValidationException e) {
      return Optional.empty();
    }
  }
}
