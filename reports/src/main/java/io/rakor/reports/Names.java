package io.rakor.reports;

import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.Directory;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.Forum;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.Official;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The names a report shows instead of ids: units, priorities, officials, forums, jurisdictions and
 * indicators. An id without a name is shown as the id itself. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Names {
  private static final Names EMPTY =
      new Names(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  private final Map<UnitId, ResponsibleUnit> units;
  private final Map<PriorityId, Priority> priorities;
  private final Map<OfficialId, Official> officials;
  private final Map<ForumId, Forum> forums;
  private final Map<JurisdictionCode, Jurisdiction> jurisdictions;
  private final Map<IndicatorId, Indicator> indicators;

  private Names(
      Collection<ResponsibleUnit> units,
      Collection<Priority> priorities,
      Collection<Official> officials,
      Collection<Forum> forums,
      Collection<Jurisdiction> jurisdictions,
      Collection<Indicator> indicators) {
    this.units = index(units, ResponsibleUnit::id);
    this.priorities = index(priorities, Priority::id);
    this.officials = index(officials, Official::id);
    this.forums = index(forums, Forum::id);
    this.jurisdictions = index(jurisdictions, Jurisdiction::code);
    this.indicators = index(indicators, Indicator::id);
  }

  private static <K, V> Map<K, V> index(Collection<V> values, Function<V, K> key) {
    Objects.requireNonNull(values, "values");
    return values.stream().collect(Collectors.toUnmodifiableMap(key, v -> v, (a, b) -> b));
  }

  /**
   * No names: every id is shown as itself.
   *
   * @return the empty names
   */
  public static Names empty() {
    return EMPTY;
  }

  /**
   * The names of units, priorities, officials and forums (enough for every report).
   *
   * @param units the units
   * @param priorities the priorities
   * @param officials the officials (the chair and the participants of the minutes)
   * @param forums the forums (the convening forums of the minutes)
   * @return the names
   */
  public static Names of(
      Collection<ResponsibleUnit> units,
      Collection<Priority> priorities,
      Collection<Official> officials,
      Collection<Forum> forums) {
    return new Names(units, priorities, officials, forums, List.of(), List.of());
  }

  /**
   * These names and the names of jurisdictions (places) and indicators.
   *
   * @param jurisdictions the jurisdictions, shown by name instead of by code
   * @param indicators the indicators, shown by name instead of by id
   * @return new names
   */
  public Names withPlaces(
      Collection<Jurisdiction> jurisdictions, Collection<Indicator> indicators) {
    return new Names(
        units.values(),
        priorities.values(),
        officials.values(),
        forums.values(),
        jurisdictions,
        indicators);
  }

  /**
   * The name of a unit.
   *
   * @param id the unit's id
   * @return its name, or the id
   */
  public String unit(UnitId id) {
    return Optional.ofNullable(units.get(id)).map(ResponsibleUnit::name).orElse(id.value());
  }

  /**
   * The title of a priority.
   *
   * @param id the priority's id
   * @return its title, or the id
   */
  public String priority(PriorityId id) {
    return Optional.ofNullable(priorities.get(id)).map(Priority::title).orElse(id.value());
  }

  /**
   * The full name of an official, with academic titles, and the position held.
   *
   * @param id the official's id
   * @return for example {@code Dr. Ir. Hamartoni Ahadis, M.Si. (Bupati Lampung Utara)}, or the id
   */
  public String official(OfficialId id) {
    return Optional.ofNullable(officials.get(id))
        .map(o -> o.name().fullName() + " (" + o.position() + ")")
        .orElse(id.value());
  }

  /**
   * The name of a forum.
   *
   * @param id the forum's id
   * @return its name, or the id
   */
  public String forum(ForumId id) {
    return Optional.ofNullable(forums.get(id)).map(Forum::name).orElse(id.value());
  }

  /**
   * The name of a jurisdiction.
   *
   * @param code its code
   * @return its name, or the code
   */
  public String place(JurisdictionCode code) {
    return Optional.ofNullable(jurisdictions.get(code))
        .map(Jurisdiction::name)
        .orElse(code.value());
  }

  /**
   * The name of an indicator.
   *
   * @param id its id
   * @return its name, or the id
   */
  public String indicator(IndicatorId id) {
    return Optional.ofNullable(indicators.get(id)).map(Indicator::name).orElse(id.value());
  }

  /**
   * The names of units and priorities as core's monitoring wants them ({@code whoIsBehind}).
   *
   * @return a directory of the same names
   */
  public Directory directory() {
    return Directory.of(units.values(), priorities.values());
  }
}
