package io.rakor.testkit;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.rakor.core.commitments.Budget;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Attendance;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.MeetingKind;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.ObstacleCategory;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.Priority;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.monitoring.Cadence;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.CycleStatus;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.Forum;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.ForumKind;
import io.rakor.core.units.Official;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.units.UnitKind;
import io.rakor.testkit.internal.Words;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The one entry point to Rakor's QuickTheories generators: a {@link Gen} for every core type and
 * for whole {@linkplain Scenario scenarios}. Type {@code RakorGen.} and pick.
 *
 * <pre>{@code
 * qt().forAll(RakorGen.commitments())
 *     .checkAssert(c -> assertThat(c.due()).isAfterOrEqualTo(c.start()));
 * }</pre>
 *
 * <p>Every generated value is valid by construction: it passes every invariant its type checks when
 * built. Generators are composed from each other and draw all their randomness from the one source
 * QuickTheories gives them, so a failing property shrinks to a small counterexample on any
 * composition. Text mixes realistic Indonesian names (agencies, <i>kecamatan</i>, villages, titles)
 * with arbitrary Unicode where a field allows it. Values refer to other values by id; in the
 * single-type generators those ids need not resolve to anything, while {@link #scenarios()} gives a
 * world in which every reference resolves.
 *
 * <p>The generators are stateless and thread-safe. For reproducible data without a property run,
 * see {@link Fixtures}.
 *
 * @since 0.1
 */
public final class RakorGen {
  /** The zones Indonesia spans: western, central and eastern Indonesian time. */
  public static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"), ZoneId.of("Asia/Jayapura"));

  static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ID_CHARS = ALNUM + "._:/-";
  private static final List<Currency> CURRENCIES =
      List.of(
          Currency.getInstance("IDR"),
          Currency.getInstance("USD"),
          Currency.getInstance("JPY"),
          Currency.getInstance("KWD"));

  private RakorGen() {}

  // ---------------------------------------------------------------- primitives

  static Gen<Integer> ints(int min, int max) {
    return integers().between(min, max);
  }

  static <T> Gen<T> pick(List<T> values) {
    return Generate.pick(values);
  }

  static Gen<Boolean> coin() {
    return booleans().all();
  }

  /** True with about the given percentage; shrinks towards false. */
  static Gen<Boolean> chance(int percent) {
    return cached(List.of("chance", percent), () -> ints(0, 99).map(i -> i >= 100 - percent));
  }

  static <T> Gen<T> weighted(int weight1, Gen<T> gen1, int weight2, Gen<T> gen2) {
    // Like Generate.frequency, shrinking towards the first, but cheap to build.
    Gen<Integer> choice = ints(1, weight1 + weight2);
    return src -> choice.generate(src) <= weight1 ? gen1.generate(src) : gen2.generate(src);
  }

  private static final Map<Object, Gen<?>> CACHE = new ConcurrentHashMap<>();

  /** A generator built once per key: building some generators costs more than running them. */
  @SuppressWarnings("unchecked")
  static <T> Gen<T> cached(Object key, Supplier<Gen<T>> build) {
    Gen<?> gen = CACHE.get(key);
    if (gen == null) {
      gen = build.get();
      Gen<?> raced = CACHE.putIfAbsent(key, gen);
      if (raced != null) {
        gen = raced;
      }
    }
    return (Gen<T>) gen;
  }

  private static final Gen<Integer> CODE_POINTS =
      Generate.frequency(
          List.of(
              Pair.of(6, integers().between(0x20, 0x7E)),
              Pair.of(2, integers().between(0xA0, 0x24F)),
              Pair.of(1, integers().between(0x600, 0x6FF)),
              Pair.of(1, integers().between(0xA980, 0xA9CD)),
              Pair.of(1, integers().between(0x4E00, 0x9FFF)),
              Pair.of(1, integers().between(0x1F300, 0x1F64F))));

  static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return src -> coin().generate(src) ? Optional.of(gen.generate(src)) : Optional.empty();
  }

  static <T> Gen<List<T>> listOf(Gen<T> gen, int min, int max) {
    return lists().of(gen).ofSizeBetween(min, max);
  }

  /** A list of distinct values: draws up to {@code max} and drops repeats. */
  static <T> Gen<List<T>> distinctListOf(Gen<T> gen, int min, int max) {
    return listOf(gen, min, max).map(list -> List.copyOf(new LinkedHashSet<>(list)));
  }

  /** Draws from {@code values} without repetition, up to {@code max} of them. */
  static <T> Gen<List<T>> subsetOf(List<T> values, int min, int max) {
    if (values.isEmpty()) {
      return Generate.constant(List.of());
    }
    int upper = Math.min(max, values.size());
    return distinctListOf(pick(values), Math.min(min, upper), upper);
  }

  /**
   * Arbitrary non-blank Unicode text of the given length range in code points: Latin, Latin-1,
   * Arabic, Javanese and CJK letters, punctuation, and emoji outside the basic plane.
   */
  static Gen<String> unicode(int minCodePoints, int maxCodePoints) {
    return cached(
        List.of("unicode", minCodePoints, maxCodePoints),
        () -> buildUnicode(minCodePoints, maxCodePoints));
  }

  private static Gen<String> buildUnicode(int minCodePoints, int maxCodePoints) {
    return listOf(CODE_POINTS, Math.max(1, minCodePoints), Math.max(1, maxCodePoints))
        .map(
            cps -> {
              StringBuilder s = new StringBuilder();
              cps.forEach(s::appendCodePoint);
              String text = s.toString();
              return text.isBlank() ? "x" + text : text;
            });
  }

  /** Mostly a realistic word from the list, sometimes arbitrary Unicode. */
  static Gen<String> realistic(List<String> words) {
    return weighted(5, pick(words), 1, unicode(1, 30));
  }

  /** Realistic words, mixed with arbitrary Unicode only if {@code mixed}. */
  static Gen<String> words(List<String> words, boolean mixed) {
    return mixed ? realistic(words) : pick(words);
  }

  /** Realistic text, mixed (one in {@code weight + 1}) with longer Unicode if {@code mixed}. */
  static Gen<String> words(List<String> words, int weight, int maxCodePoints, boolean mixed) {
    return mixed ? weighted(weight, pick(words), 1, unicode(1, maxCodePoints)) : pick(words);
  }

  static Gen<LocalDate> dates() {
    return ints((int) EARLIEST.toEpochDay(), (int) LATEST.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  static Gen<ZoneId> zones() {
    return pick(ZONES);
  }

  static Gen<Double> finiteDoubles() {
    return weighted(
        3, ints(-100_000, 1_000_000).map(i -> i / 100.0), 1, doubles().between(-1e12, 1e12));
  }

  static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  // ---------------------------------------------------------------- identifiers

  /**
   * The text of an identifier: mostly {@code prefix-n}, sometimes any valid identifier shape (1 to
   * 25 characters of {@code [A-Za-z0-9._:/-]}, starting with a letter or digit).
   *
   * @param prefix the readable prefix, for example {@code "unit"}: characters of {@code
   *     [A-Za-z0-9._:/-]}, starting with a letter or digit, so that the texts are valid identifiers
   * @return a generator of identifier texts
   */
  public static Gen<String> idTexts(String prefix) {
    return cached(List.of("id", prefix), () -> buildIdTexts(prefix));
  }

  private static Gen<String> buildIdTexts(String prefix) {
    Gen<String> readable = ints(1, 9999).map(n -> prefix + "-" + n);
    Gen<String> arbitrary =
        pick(chars(ALNUM))
            .zip(
                listOf(pick(chars(ID_CHARS)), 0, 24),
                (first, rest) -> {
                  StringBuilder s = new StringBuilder().append(first);
                  rest.forEach(s::append);
                  return s.toString();
                });
    return weighted(4, readable, 1, arbitrary);
  }

  private static final Map<String, List<Character>> CHARS = new ConcurrentHashMap<>();

  private static List<Character> chars(String text) {
    return CHARS.computeIfAbsent(text, RakorGen::buildChars);
  }

  private static List<Character> buildChars(String text) {
    List<Character> chars = new ArrayList<>(text.length());
    for (char c : text.toCharArray()) {
      chars.add(c);
    }
    return List.copyOf(chars);
  }

  /**
   * Unit identifiers.
   *
   * @return a generator of valid {@link UnitId}s
   */
  public static Gen<UnitId> unitIds() {
    return idTexts("unit").map(UnitId::of).describedAs(UnitId::value);
  }

  /**
   * Forum identifiers.
   *
   * @return a generator of valid {@link ForumId}s
   */
  public static Gen<ForumId> forumIds() {
    return idTexts("forum").map(ForumId::of).describedAs(ForumId::value);
  }

  /**
   * Official identifiers.
   *
   * @return a generator of valid {@link OfficialId}s
   */
  public static Gen<OfficialId> officialIds() {
    return idTexts("official").map(OfficialId::of).describedAs(OfficialId::value);
  }

  /**
   * Meeting identifiers.
   *
   * @return a generator of valid {@link MeetingId}s
   */
  public static Gen<MeetingId> meetingIds() {
    return idTexts("rakor").map(MeetingId::of).describedAs(MeetingId::value);
  }

  /**
   * Priority identifiers.
   *
   * @return a generator of valid {@link PriorityId}s
   */
  public static Gen<PriorityId> priorityIds() {
    return idTexts("priority").map(PriorityId::of).describedAs(PriorityId::value);
  }

  /**
   * Indicator identifiers.
   *
   * @return a generator of valid {@link IndicatorId}s
   */
  public static Gen<IndicatorId> indicatorIds() {
    return idTexts("indicator").map(IndicatorId::of).describedAs(IndicatorId::value);
  }

  /**
   * Commitment identifiers.
   *
   * @return a generator of valid {@link CommitmentId}s
   */
  public static Gen<CommitmentId> commitmentIds() {
    return idTexts("rtl").map(CommitmentId::of).describedAs(CommitmentId::value);
  }

  /**
   * Milestone identifiers.
   *
   * @return a generator of valid {@link MilestoneId}s
   */
  public static Gen<MilestoneId> milestoneIds() {
    return idTexts("milestone").map(MilestoneId::of).describedAs(MilestoneId::value);
  }

  /**
   * Monitoring plan identifiers.
   *
   * @return a generator of valid {@link MonitoringPlanId}s
   */
  public static Gen<MonitoringPlanId> monitoringPlanIds() {
    return idTexts("monev").map(MonitoringPlanId::of).describedAs(MonitoringPlanId::value);
  }

  /**
   * Monitoring cycle identifiers.
   *
   * @return a generator of valid {@link CycleId}s
   */
  public static Gen<CycleId> cycleIds() {
    return idTexts("cycle").map(CycleId::of).describedAs(CycleId::value);
  }

  /**
   * Progress report identifiers.
   *
   * @return a generator of valid {@link ProgressReportId}s
   */
  public static Gen<ProgressReportId> progressReportIds() {
    return idTexts("report").map(ProgressReportId::of).describedAs(ProgressReportId::value);
  }

  // ---------------------------------------------------------------- jurisdictions

  /**
   * Jurisdiction codes of depth 1 to 4, shaped like Indonesian <i>kode wilayah</i> ({@code 18},
   * {@code 18.03}, {@code 18.03.05}, {@code 18.03.05.2001}), sometimes deeper or with other digit
   * counts, up to the eight segments a code may have.
   *
   * @return a generator of valid {@link JurisdictionCode}s
   */
  public static Gen<JurisdictionCode> jurisdictionCodes() {
    Gen<JurisdictionCode> realistic = ints(1, 4).flatMap(RakorGen::jurisdictionCodes);
    Gen<JurisdictionCode> arbitrary =
        listOf(longs().between(0, 999_999).map(Object::toString), 1, JurisdictionCode.MAX_DEPTH)
            .map(segments -> JurisdictionCode.of(String.join(".", segments)));
    return weighted(4, realistic, 1, arbitrary).describedAs(JurisdictionCode::value);
  }

  /**
   * Realistic jurisdiction codes of the given depth.
   *
   * @param depth 1 (province) to 4 (village)
   * @return a generator of codes with exactly {@code depth} segments
   */
  public static Gen<JurisdictionCode> jurisdictionCodes(int depth) {
    if (depth < 1 || depth > 4) {
      throw new IllegalArgumentException("depth must be 1 to 4, was " + depth);
    }
    return src -> {
      JurisdictionCode code = JurisdictionCode.of(pick(Words.PROVINCES).generate(src).code());
      if (depth >= 2) {
        code = code.child(twoDigits(ints(1, 79).generate(src)));
      }
      if (depth >= 3) {
        code = code.child(twoDigits(ints(1, 40).generate(src)));
      }
      if (depth >= 4) {
        code =
            code.child(
                Integer.toString((coin().generate(src) ? 2000 : 1000) + ints(1, 60).generate(src)));
      }
      return code;
    };
  }

  /**
   * Jurisdictions at every level, with a code of the level's depth and the code's parent.
   *
   * @return a generator of valid {@link Jurisdiction}s
   */
  public static Gen<Jurisdiction> jurisdictions() {
    Gen<Jurisdiction> gen =
        src -> {
          JurisdictionLevel level = Generate.enumValues(JurisdictionLevel.class).generate(src);
          JurisdictionCode code = jurisdictionCodes(level.depth()).generate(src);
          String name = realistic(namesFor(level)).generate(src);
          return Jurisdiction.builder()
              .code(code)
              .name(name)
              .level(level)
              .parent(code.parent())
              .build();
        };
    return gen.describedAs(j -> j.level() + " " + j.code() + " " + j.name());
  }

  static List<String> namesFor(JurisdictionLevel level) {
    switch (level) {
      case PROVINCE:
        return Words.PROVINCES.stream().map(Words.Province::name).toList();
      case REGENCY:
      case CITY:
        return Words.REGENCIES;
      case SUB_DISTRICT:
        return Words.SUB_DISTRICTS;
      default:
        return Words.VILLAGES;
    }
  }

  /**
   * Priority areas: the standard ones and arbitrary well-formed codes.
   *
   * @return a generator of valid {@link PriorityArea}s
   */
  public static Gen<PriorityArea> priorityAreas() {
    List<PriorityArea> standard =
        List.of(
            PriorityArea.BASIC_SERVICES,
            PriorityArea.EDUCATION,
            PriorityArea.HEALTH,
            PriorityArea.BASIC_INFRASTRUCTURE,
            PriorityArea.CLEAN_WATER,
            PriorityArea.SANITATION,
            PriorityArea.INTEGRATED_DATA,
            PriorityArea.STUNTING,
            PriorityArea.DISASTER_PREPAREDNESS,
            PriorityArea.SECURITY_AND_ORDER,
            PriorityArea.LOCAL_ECONOMY);
    Gen<String> segment =
        pick(chars("abcdefghijklmnopqrstuvwxyz"))
            .zip(
                listOf(pick(chars("abcdefghijklmnopqrstuvwxyz0123456789-")), 0, 19),
                (first, rest) -> {
                  StringBuilder s = new StringBuilder().append(first);
                  rest.forEach(s::append);
                  return s.toString();
                });
    Gen<PriorityArea> arbitrary =
        listOf(segment, 1, 4).map(segments -> PriorityArea.of(String.join(".", segments)));
    return weighted(3, pick(standard), 1, arbitrary).describedAs(PriorityArea::code);
  }

  // ---------------------------------------------------------------- units

  /**
   * Person names with Indonesian academic titles before and after.
   *
   * @return a generator of valid {@link PersonName}s
   */
  public static Gen<PersonName> personNames() {
    return personNames(true);
  }

  static Gen<PersonName> personNames(boolean mixed) {
    return cached(List.of("personNames", mixed), () -> buildPersonNames(mixed));
  }

  private static Gen<PersonName> buildPersonNames(boolean mixed) {
    Gen<String> realName =
        pick(Words.GIVEN_NAMES).zip(pick(Words.FAMILY_NAMES), (g, f) -> g + " " + f);
    Gen<String> name = mixed ? weighted(5, realName, 1, unicode(1, 30)) : realName;
    Gen<PersonName> gen =
        listOf(words(Words.TITLES_BEFORE, mixed), 0, 2)
            .zip(
                name,
                listOf(words(Words.TITLES_AFTER, mixed), 0, 2),
                (before, n, after) ->
                    PersonName.builder().titlesBefore(before).name(n).titlesAfter(after).build());
    return gen.describedAs(PersonName::fullName);
  }

  /**
   * Responsible units of every kind, with an optional parent other than the unit itself.
   *
   * @return a generator of valid {@link ResponsibleUnit}s
   */
  public static Gen<ResponsibleUnit> units() {
    Gen<ResponsibleUnit> gen =
        src -> {
          UnitId id = unitIds().generate(src);
          Words.Agency agency = pick(Words.AGENCIES).generate(src);
          String regency = realistic(Words.REGENCIES).generate(src);
          boolean arbitraryName = chance(15).generate(src);
          String name =
              arbitraryName
                  ? unicode(1, 60).generate(src)
                  : agency.name() + " Kabupaten " + regency;
          Optional<String> shortName =
              coin().generate(src) ? Optional.of(agency.shortName()) : Optional.empty();
          Optional<UnitId> parent = optional(unitIds()).generate(src).filter(p -> !p.equals(id));
          return ResponsibleUnit.builder()
              .id(id)
              .name(name)
              .shortName(shortName)
              .kind(Generate.enumValues(UnitKind.class).generate(src))
              .jurisdiction(jurisdictionCodes().generate(src))
              .parent(parent)
              .build();
        };
    return gen.describedAs(u -> u.id() + " " + u.displayName());
  }

  /**
   * Forums with one to eight distinct members.
   *
   * @return a generator of valid {@link Forum}s
   */
  public static Gen<Forum> forums() {
    Gen<Forum> gen =
        src ->
            Forum.builder()
                .id(forumIds().generate(src))
                .name(
                    realistic(
                            List.of(
                                "Forkopimda Kabupaten Lampung Utara",
                                "Tim Percepatan Penurunan Stunting",
                                "Forum Satu Data Daerah",
                                "Kelompok Kerja Air Minum dan Sanitasi"))
                        .generate(src))
                .kind(Generate.enumValues(ForumKind.class).generate(src))
                .jurisdiction(jurisdictionCodes().generate(src))
                .members(distinctListOf(unitIds(), 1, 8).generate(src))
                .build();
    return gen.describedAs(f -> f.id() + " " + f.name() + " " + f.members());
  }

  /**
   * Officials: a titled person holding a position in a unit.
   *
   * @return a generator of valid {@link Official}s
   */
  public static Gen<Official> officials() {
    Gen<String> position =
        weighted(
            5,
            pick(List.of("Bupati", "Camat", "Kepala Desa", "Kepala Dinas", "Ketua Koperasi"))
                .zip(pick(Words.SUB_DISTRICTS), (p, place) -> p + " " + place),
            1,
            unicode(1, 40));
    Gen<Official> gen =
        officialIds()
            .zip(
                personNames(),
                position,
                unitIds(),
                (id, name, pos, unit) ->
                    Official.builder().id(id).name(name).position(pos).unit(unit).build());
    return gen.describedAs(o -> o.id() + " " + o.name().fullName() + ", " + o.position());
  }

  // ---------------------------------------------------------------- meetings

  /**
   * Meeting participants in any role and attendance.
   *
   * @return a generator of valid {@link Participant}s
   */
  public static Gen<Participant> participants() {
    return unitIds()
        .zip(
            optional(officialIds()),
            Generate.enumValues(ParticipantRole.class),
            Generate.enumValues(Attendance.class),
            (unit, official, role, attendance) ->
                Participant.builder()
                    .unit(unit)
                    .official(official)
                    .role(role)
                    .attendance(attendance)
                    .build());
  }

  /**
   * Agenda items at positions 1 to 50.
   *
   * @return a generator of valid {@link AgendaItem}s
   */
  public static Gen<AgendaItem> agendaItems() {
    return ints(1, 50)
        .zip(
            agendaTitles(),
            optional(priorityIds()),
            optional(unitIds()),
            (position, title, priority, presenter) ->
                AgendaItem.builder()
                    .position(position)
                    .title(title)
                    .priority(priority)
                    .presenter(presenter)
                    .build());
  }

  private static Gen<String> agendaTitles() {
    return realistic(Words.PRIORITIES.stream().map(Words.PriorityTemplate::title).toList());
  }

  /**
   * Obstacles: realistic ones (budget limits, geography, human resources, ...) and arbitrary text.
   *
   * @return a generator of valid {@link Obstacle}s
   */
  public static Gen<Obstacle> obstacles() {
    return obstacles(true);
  }

  static Gen<Obstacle> obstacles(boolean mixed) {
    return cached(List.of("obstacles", mixed), () -> buildObstacles(mixed));
  }

  private static Gen<Obstacle> buildObstacles(boolean mixed) {
    Gen<Obstacle> realistic =
        pick(Words.OBSTACLES).map(t -> Obstacle.of(t.category(), t.description()));
    Gen<Obstacle> arbitrary =
        Generate.enumValues(ObstacleCategory.class).zip(unicode(1, 80), Obstacle::of);
    return mixed ? weighted(4, realistic, 1, arbitrary) : realistic;
  }

  /**
   * Unit reports with at least one achievement, obstacle or plan.
   *
   * @return a generator of valid {@link UnitReport}s
   */
  public static Gen<UnitReport> unitReports() {
    return unitIds().flatMap(unit -> unitReports(unit, List.of(), true));
  }

  /**
   * Reports by the given unit, on one of the given agenda positions (or none).
   *
   * @param unit the reporting unit
   * @param agendaPositions positions the report may refer to; if empty, any position 1 to 20
   * @param mixed whether text mixes in arbitrary Unicode
   * @return a generator of valid {@link UnitReport}s
   */
  static Gen<UnitReport> unitReports(UnitId unit, List<Integer> agendaPositions, boolean mixed) {
    Gen<Integer> position = agendaPositions.isEmpty() ? ints(1, 20) : pick(agendaPositions);
    return src -> {
      List<String> achievements = listOf(words(Words.ACHIEVEMENTS, mixed), 0, 3).generate(src);
      List<Obstacle> obstacles = listOf(obstacles(mixed), 0, 3).generate(src);
      List<String> plans = listOf(words(Words.PLANS, mixed), 0, 2).generate(src);
      if (achievements.isEmpty() && obstacles.isEmpty() && plans.isEmpty()) {
        achievements = List.of(Words.ACHIEVEMENTS.get(0));
      }
      return UnitReport.builder()
          .unit(unit)
          .agendaPosition(optional(position).generate(src))
          .achievements(achievements)
          .obstacles(obstacles)
          .plans(plans)
          .build();
    };
  }

  /**
   * Decisions numbered 1 to 30, optionally on an agenda position.
   *
   * @return a generator of valid {@link Decision}s
   */
  public static Gen<Decision> decisions() {
    return ints(1, 30)
        .zip(
            optional(ints(1, 20)),
            decisionTexts(),
            (number, position, text) ->
                Decision.builder().number(number).agendaPosition(position).text(text).build());
  }

  private static Gen<String> decisionTexts() {
    return weighted(
        4,
        pick(Words.ACTIONS).map(a -> "Menyepakati rencana tindak lanjut: " + a),
        1,
        unicode(1, 200));
  }

  /**
   * Meetings with participants (exactly one chair), an agenda with strictly increasing positions,
   * reports by participants on agenda positions and decisions, all internally consistent. The
   * units, officials and priorities they name are arbitrary ids; use {@link #scenarios()} for
   * meetings whose references resolve.
   *
   * @return a generator of valid {@link Meeting}s
   */
  public static Gen<Meeting> meetings() {
    Gen<Meeting> gen =
        src -> {
          MeetingId id = meetingIds().generate(src);
          List<UnitId> units = distinctListOf(unitIds(), 1, 6).generate(src);
          OfficialId chair = officialIds().generate(src);
          List<Participant> participants = new ArrayList<>();
          for (int i = 0; i < units.size(); i++) {
            participants.add(
                Participant.builder()
                    .unit(units.get(i))
                    .official(i == 0 ? Optional.of(chair) : optional(officialIds()).generate(src))
                    .role(
                        i == 0
                            ? ParticipantRole.CHAIR
                            : pick(List.of(
                                    ParticipantRole.MEMBER,
                                    ParticipantRole.PRESENTER,
                                    ParticipantRole.SECRETARIAT,
                                    ParticipantRole.OBSERVER))
                                .generate(src))
                    .attendance(Generate.enumValues(Attendance.class).generate(src))
                    .build());
          }
          List<AgendaItem> agenda = new ArrayList<>();
          int count = ints(0, 5).generate(src);
          int position = 0;
          for (int i = 0; i < count; i++) {
            position += ints(1, 3).generate(src);
            agenda.add(
                AgendaItem.builder()
                    .position(position)
                    .title(agendaTitles().generate(src))
                    .priority(optional(priorityIds()).generate(src))
                    .presenter(optional(pick(units)).generate(src))
                    .build());
          }
          List<Integer> positions = agenda.stream().map(AgendaItem::position).toList();
          List<UnitReport> reports = new ArrayList<>();
          for (UnitId unit : subsetOf(units, 0, 4).generate(src)) {
            reports.add(reportOn(unit, positions).generate(src));
          }
          List<Decision> decisions = new ArrayList<>();
          int decisionCount = ints(0, 4).generate(src);
          for (int n = 1; n <= decisionCount; n++) {
            decisions.add(
                Decision.builder()
                    .number(n)
                    .agendaPosition(
                        positions.isEmpty()
                            ? Optional.empty()
                            : optional(pick(positions)).generate(src))
                    .text(decisionTexts().generate(src))
                    .build());
          }
          ZonedDateTime start = meetingStarts().generate(src);
          return Meeting.builder()
              .id(id)
              .title(meetingTitles().generate(src))
              .kind(Generate.enumValues(MeetingKind.class).generate(src))
              .jurisdiction(jurisdictionCodes().generate(src))
              .convener(units.get(0))
              .coConveners(distinctListOf(forumIds(), 0, 2).generate(src))
              .chair(chair)
              .venue(realistic(Words.VENUES).generate(src))
              .start(start)
              .end(start.plusMinutes(ints(15, 600).generate(src)))
              .participants(participants)
              .agenda(agenda)
              .reports(reports)
              .decisions(decisions)
              .minutes(optional(unicode(1, 200)).generate(src))
              .status(Generate.enumValues(MeetingStatus.class).generate(src))
              .build();
        };
    return gen.describedAs(RakorGen::describe);
  }

  private static Gen<UnitReport> reportOn(UnitId unit, List<Integer> positions) {
    if (positions.isEmpty()) {
      return unitReports(unit, List.of(), true).map(r -> copyWithoutPosition(r));
    }
    return unitReports(unit, positions, true);
  }

  private static UnitReport copyWithoutPosition(UnitReport report) {
    return UnitReport.builder().from(report).agendaPosition(Optional.empty()).build();
  }

  static Gen<String> meetingTitles() {
    return weighted(
        4,
        realistic(Words.REGENCIES).map(r -> "Rapat Koordinasi Lintas Sektor Kabupaten " + r),
        1,
        unicode(1, 80));
  }

  static Gen<ZonedDateTime> meetingStarts() {
    return dates()
        .zip(
            ints(7 * 60, 16 * 60),
            zones(),
            (date, minute, zone) ->
                ZonedDateTime.of(date, LocalTime.of(minute / 60, minute % 60), zone));
  }

  static String describe(Meeting m) {
    return "Meeting "
        + m.id()
        + " \""
        + m.title()
        + "\" "
        + m.start()
        + ", "
        + m.participants().size()
        + " participants, agenda "
        + m.agenda().stream().map(AgendaItem::position).toList()
        + ", "
        + m.reports().size()
        + " reports, "
        + m.decisions().size()
        + " decisions";
  }

  // ---------------------------------------------------------------- priorities and indicators

  /**
   * Dated values with finite numbers.
   *
   * @return a generator of valid {@link DatedValue}s
   */
  public static Gen<DatedValue> datedValues() {
    return finiteDoubles().zip(dates(), DatedValue::of);
  }

  /**
   * Indicators with a baseline and zero to four targets dated strictly after it, in order.
   *
   * @return a generator of valid {@link Indicator}s
   */
  public static Gen<Indicator> indicators() {
    Gen<Indicator> gen =
        src ->
            indicators(indicatorIds().generate(src), unitIds().generate(src), dates().generate(src))
                .generate(src);
    return gen.describedAs(RakorGen::describe);
  }

  static Gen<Indicator> indicators(IndicatorId id, UnitId steward, LocalDate baselineDate) {
    return src -> {
      Words.IndicatorTemplate template = pick(Words.INDICATORS).generate(src);
      boolean arbitrary = chance(15).generate(src);
      List<DatedValue> targets = new ArrayList<>();
      LocalDate date = baselineDate;
      int count = ints(0, 4).generate(src);
      for (int i = 0; i < count; i++) {
        date = date.plusDays(ints(1, 400).generate(src));
        targets.add(DatedValue.of(finiteDoubles().generate(src), date));
      }
      return Indicator.builder()
          .id(id)
          .name(arbitrary ? unicode(1, 60).generate(src) : template.name())
          .definition(optional(unicode(1, 120)).generate(src))
          .unitOfMeasure(arbitrary ? unicode(1, 10).generate(src) : template.unitOfMeasure())
          .direction(
              arbitrary ? Generate.enumValues(Direction.class).generate(src) : template.direction())
          .baseline(DatedValue.of(finiteDoubles().generate(src), baselineDate))
          .targets(targets)
          .dataSteward(steward)
          .build();
    };
  }

  static String describe(Indicator i) {
    return "Indicator "
        + i.id()
        + " \""
        + i.name()
        + "\" baseline "
        + i.baseline()
        + " targets "
        + i.targets();
  }

  /**
   * Priorities whose contributors are distinct and exclude the lead.
   *
   * @return a generator of valid {@link Priority}s
   */
  public static Gen<Priority> priorities() {
    Gen<Priority> gen =
        src -> {
          UnitId lead = unitIds().generate(src);
          Words.PriorityTemplate template = pick(Words.PRIORITIES).generate(src);
          boolean arbitrary = chance(15).generate(src);
          return Priority.builder()
              .id(priorityIds().generate(src))
              .title(arbitrary ? unicode(1, 60).generate(src) : template.title())
              .area(arbitrary ? priorityAreas().generate(src) : template.area())
              .jurisdiction(jurisdictionCodes().generate(src))
              .originMeeting(optional(meetingIds()).generate(src))
              .lead(lead)
              .contributors(
                  distinctListOf(unitIds(), 0, 5).generate(src).stream()
                      .filter(u -> !u.equals(lead))
                      .toList())
              .indicators(distinctListOf(indicatorIds(), 0, 4).generate(src))
              .build();
        };
    return gen.describedAs(p -> "Priority " + p.id() + " \"" + p.title() + "\" lead " + p.lead());
  }

  // ---------------------------------------------------------------- commitments

  /**
   * Targets on an indicator.
   *
   * @return a generator of valid {@link Target}s
   */
  public static Gen<Target> targets() {
    return indicatorIds().zip(finiteDoubles(), dates(), Target::of);
  }

  /**
   * Milestones.
   *
   * @return a generator of valid {@link Milestone}s
   */
  public static Gen<Milestone> milestones() {
    return milestoneIds().zip(milestoneDescriptions(true), dates(), Milestone::of);
  }

  private static Gen<String> milestoneDescriptions(boolean mixed) {
    return words(
        List.of(
            "Dokumen rencana kerja ditetapkan",
            "Data sasaran diverifikasi",
            "Pengadaan selesai",
            "Kegiatan dilaksanakan di seluruh desa lokus",
            "Laporan akhir diserahkan ke Bappeda"),
        4,
        80,
        mixed);
  }

  /**
   * Budgets: non-negative amounts with no more decimals than the currency allows, mostly in rupiah.
   *
   * @return a generator of valid {@link Budget}s
   */
  public static Gen<Budget> budgets() {
    return cached("budgets", RakorGen::buildBudgets);
  }

  private static Gen<Budget> buildBudgets() {
    return weighted(4, Generate.constant(Currency.getInstance("IDR")), 1, pick(CURRENCIES))
        .zip(
            longs().between(0, 50_000_000_000_000L),
            Generate.enumValues(FundingSource.class),
            (currency, units, source) -> {
              int digits = Math.max(0, currency.getDefaultFractionDigits());
              return Budget.of(BigDecimal.valueOf(units, digits), currency, source);
            })
        .describedAs(b -> b.amount().toPlainString() + " " + b.currency() + " " + b.source());
  }

  /**
   * Commitments: measurable (at least one target or milestone, dated within the commitment's
   * window), with supporters distinct from the lead, a non-empty distinct scope, and an optional
   * budget and parent. Referenced ids are arbitrary; use {@link #scenarios()} for commitments whose
   * references resolve.
   *
   * @return a generator of valid {@link Commitment}s
   */
  public static Gen<Commitment> commitments() {
    Gen<Commitment> gen =
        src -> {
          CommitmentId id = commitmentIds().generate(src);
          UnitId lead = unitIds().generate(src);
          List<UnitId> supporters =
              distinctListOf(unitIds(), 0, 4).generate(src).stream()
                  .filter(u -> !u.equals(lead))
                  .toList();
          Optional<CommitmentId> parent =
              optional(commitmentIds()).generate(src).filter(p -> !p.equals(id));
          CommitmentShape shape =
              new CommitmentShape(
                  id,
                  meetingIds().generate(src),
                  optional(ints(1, 20)).generate(src),
                  lead,
                  supporters,
                  priorityIds().generate(src),
                  priorityAreas().generate(src),
                  distinctListOf(jurisdictionCodes(), 1, 4).generate(src),
                  distinctListOf(indicatorIds(), 0, 3).generate(src),
                  dates().generate(src),
                  parent,
                  finiteDoubles(),
                  Generate.enumValues(CommitmentStatus.class));
          return commitment(shape, 0, 365, true).generate(src);
        };
    return gen.describedAs(RakorGen::describe);
  }

  /** What a commitment refers to; the generator fills in the rest. */
  record CommitmentShape(
      CommitmentId id,
      MeetingId originMeeting,
      Optional<Integer> agendaPosition,
      UnitId lead,
      List<UnitId> supporters,
      PriorityId priority,
      PriorityArea area,
      List<JurisdictionCode> scope,
      List<IndicatorId> indicators,
      LocalDate start,
      Optional<CommitmentId> parent,
      Gen<Double> targetValues,
      Gen<CommitmentStatus> statuses) {}

  static Gen<Commitment> commitment(
      CommitmentShape shape, int minDays, int maxDays, boolean mixed) {
    return src -> {
      LocalDate start = shape.start();
      LocalDate due = start.plusDays(ints(minDays, maxDays).generate(src));
      int window = (int) (due.toEpochDay() - start.toEpochDay());
      Gen<LocalDate> within = ints(0, window).map(start::plusDays);
      List<Target> targets = new ArrayList<>();
      LinkedHashSet<String> seen = new LinkedHashSet<>();
      for (IndicatorId indicator : subsetOf(shape.indicators(), 0, 2).generate(src)) {
        Target target =
            Target.of(indicator, shape.targetValues().generate(src), within.generate(src));
        if (seen.add(target.indicator() + "@" + target.by())) {
          targets.add(target);
        }
      }
      int count = ints(targets.isEmpty() ? 1 : 0, 3).generate(src);
      List<String> descriptions = new ArrayList<>(count);
      List<LocalDate> dues = new ArrayList<>(count);
      for (int i = 1; i <= count; i++) {
        descriptions.add(milestoneDescriptions(mixed).generate(src));
        dues.add(within.generate(src));
      }
      dues.sort(null);
      List<Milestone> milestones = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        milestones.add(
            Milestone.of(MilestoneId.of("m" + (i + 1)), descriptions.get(i), dues.get(i)));
      }
      Commitment.Builder builder =
          Commitment.builder()
              .id(shape.id())
              .originMeeting(shape.originMeeting())
              .agendaPosition(shape.agendaPosition())
              .action(words(Words.ACTIONS, 5, 200, mixed).generate(src))
              .lead(shape.lead())
              .supporters(shape.supporters())
              .priority(shape.priority())
              .area(shape.area())
              .scope(shape.scope())
              .targets(targets)
              .milestones(milestones)
              .start(start)
              .due(due)
              .budget(optional(budgets()).generate(src))
              .parent(shape.parent())
              .weight(
                  weighted(3, Generate.constant(1.0), 1, ints(1, 40).map(w -> w / 4.0))
                      .generate(src));
      // The status is drawn last, then its reason and successor, so that adding them left the
      // earlier draws (and how generated commitments shrink) unchanged.
      CommitmentStatus status = shape.statuses().generate(src);
      boolean ended = status == CommitmentStatus.CANCELLED || status == CommitmentStatus.SUPERSEDED;
      Optional<String> statusReason =
          ended ? optional(words(Words.ACTIONS, 3, 200, mixed)).generate(src) : Optional.empty();
      // Only standalone commitments name a successor: in a scenario every reference resolves.
      Optional<CommitmentId> successor =
          status == CommitmentStatus.SUPERSEDED && mixed
              ? optional(commitmentIds()).generate(src).filter(s -> !s.equals(shape.id()))
              : Optional.empty();
      return builder.status(status).statusReason(statusReason).successor(successor).build();
    };
  }

  static String describe(Commitment c) {
    return "Commitment "
        + c.id()
        + " \""
        + c.action()
        + "\" lead "
        + c.lead()
        + " supporters "
        + c.supporters()
        + " "
        + c.start()
        + ".."
        + c.due()
        + " targets "
        + c.targets().size()
        + " milestones "
        + c.milestones().size();
  }

  // ---------------------------------------------------------------- monitoring

  /**
   * Monitoring plans in Indonesia's three zones, starting on the first of a month.
   *
   * @return a generator of valid {@link MonitoringPlan}s
   */
  public static Gen<MonitoringPlan> monitoringPlans() {
    Gen<MonitoringPlan> gen =
        src ->
            MonitoringPlan.builder()
                .id(monitoringPlanIds().generate(src))
                .name(
                    weighted(
                            4,
                            realistic(Words.REGENCIES)
                                .map(r -> "Monitoring rencana tindak lanjut Kabupaten " + r),
                            1,
                            unicode(1, 60))
                        .generate(src))
                .owner(unitIds().generate(src))
                .jurisdiction(jurisdictionCodes().generate(src))
                .originMeeting(optional(meetingIds()).generate(src))
                .cadence(Generate.enumValues(Cadence.class).generate(src))
                .zone(zones().generate(src))
                .firstPeriodStart(dates().generate(src).withDayOfMonth(1))
                .reportingWindowDays(
                    weighted(5, ints(0, 31), 1, ints(0, MonitoringPlan.MAX_REPORTING_WINDOW_DAYS))
                        .generate(src))
                .build();
    return gen.describedAs(
        p ->
            "Plan "
                + p.id()
                + " "
                + p.cadence()
                + " from "
                + p.firstPeriodStart()
                + " "
                + p.zone());
  }

  /**
   * The first {@code count} cycles of a plan: consecutive half-open periods of the plan's cadence,
   * each due {@code reportingWindowDays} after its period ends (at the start of that day in the
   * plan's zone); every cycle but the last is closed, the last is open. Deterministic.
   *
   * @param plan the plan
   * @param count how many cycles, at least 1
   * @return the cycles, in order
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public static List<MonitoringCycle> cyclesOf(MonitoringPlan plan, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    List<MonitoringCycle> cycles = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      cycles.add(cycleOf(plan, i, i < count ? CycleStatus.CLOSED : CycleStatus.OPEN));
    }
    return List.copyOf(cycles);
  }

  static MonitoringCycle cycleOf(MonitoringPlan plan, int sequence, CycleStatus status) {
    int months = plan.cadence().months();
    LocalDate start = plan.firstPeriodStart().plusMonths((long) (sequence - 1) * months);
    LocalDate end = plan.firstPeriodStart().plusMonths((long) sequence * months);
    return MonitoringCycle.builder()
        .id(
            CycleId.of(
                plan.id().value() + "/" + start.getYear() + "-" + twoDigits(start.getMonthValue())))
        .plan(plan.id())
        .sequence(sequence)
        .periodStart(start)
        .periodEnd(end)
        .reportDue(end.atStartOfDay(plan.zone()).plusDays(plan.reportingWindowDays()))
        .status(status)
        .build();
  }

  /**
   * Monitoring cycles of generated plans (sequence 1 to 24), with any status.
   *
   * @return a generator of valid {@link MonitoringCycle}s
   */
  public static Gen<MonitoringCycle> monitoringCycles() {
    return monitoringPlans()
        .zip(
            ints(1, 24),
            Generate.enumValues(CycleStatus.class),
            (plan, sequence, status) -> cycleOf(plan, sequence, status))
        .describedAs(
            c ->
                "Cycle "
                    + c.id()
                    + " #"
                    + c.sequence()
                    + " ["
                    + c.periodStart()
                    + ", "
                    + c.periodEnd()
                    + ") due "
                    + c.reportDue());
  }

  /**
   * Measured values of an indicator.
   *
   * @return a generator of valid {@link MeasuredValue}s
   */
  public static Gen<MeasuredValue> measuredValues() {
    return indicatorIds().zip(finiteDoubles(), dates(), MeasuredValue::of);
  }

  /**
   * Milestone completions: done with a date, or not done without one.
   *
   * @return a generator of valid {@link MilestoneCompletion}s
   */
  public static Gen<MilestoneCompletion> milestoneCompletions() {
    return milestoneIds()
        .zip(
            optional(dates()),
            (id, date) ->
                date.map(d -> MilestoneCompletion.done(id, d))
                    .orElseGet(() -> MilestoneCompletion.notDone(id)));
  }

  /**
   * Evidence references: absolute {@code https} and {@code urn} URIs with optional descriptions.
   *
   * @return a generator of valid {@link EvidenceRef}s
   */
  public static Gen<EvidenceRef> evidenceRefs() {
    return evidenceRefs(true);
  }

  static Gen<EvidenceRef> evidenceRefs(boolean mixed) {
    return cached(List.of("evidence", mixed), () -> buildEvidenceRefs(mixed));
  }

  private static Gen<EvidenceRef> buildEvidenceRefs(boolean mixed) {
    if (!mixed) {
      // Realistic evidence for fixtures: one of a fixed pool of documents, shared between reports
      // (parsing a URI for each of millions of reports would dominate a portfolio's cost).
      List<String> kinds = List.of("foto-kegiatan", "berita-acara", "daftar-hadir", "laporan");
      List<String> descriptions =
          List.of("Foto kegiatan", "Berita acara", "Daftar hadir", "Laporan");
      List<EvidenceRef> pool = new ArrayList<>();
      for (int n = 1; n <= 250; n++) {
        int kind = n % kinds.size();
        pool.add(
            EvidenceRef.of(
                URI.create("https://data.rakor.go.id/bukti/" + kinds.get(kind) + "-" + n + ".pdf"),
                descriptions.get(kind)));
      }
      return pick(List.copyOf(pool));
    }
    Gen<URI> uris =
        weighted(
            3,
            idTexts("bukti")
                .map(
                    id ->
                        URI.create(
                            "https://data.lampungutarakab.go.id/rakor/"
                                + id.replace(':', '-')
                                + ".pdf")),
            1,
            ints(1, 1_000_000).map(n -> URI.create("urn:rakor:evidence:" + n)));
    return uris.zip(
        optional(words(List.of("Foto kegiatan", "Berita acara", "Daftar hadir", "Laporan"), mixed)),
        (uri, description) -> EvidenceRef.builder().uri(uri).description(description).build());
  }

  /**
   * Progress reports on generated commitments in generated cycles.
   *
   * @return a generator of valid {@link ProgressReport}s
   */
  public static Gen<ProgressReport> progressReports() {
    Gen<ProgressReport> gen =
        src ->
            progressReport(
                commitments().generate(src), monitoringCycles().generate(src), 0, 100, true, src);
    return gen.describedAs(RakorGen::describe);
  }

  /**
   * Progress reports by the commitment's lead on one commitment in one cycle: values for the
   * commitment's target indicators dated within the period, completions of its milestones,
   * submitted after the period ends (mostly by the due moment, sometimes late).
   *
   * @param commitment the commitment reported on
   * @param cycle the cycle reported in
   * @return a generator of valid reports that refer to both
   */
  public static Gen<ProgressReport> progressReports(Commitment commitment, MonitoringCycle cycle) {
    return src -> progressReport(commitment, cycle, 0, 100, true, src);
  }

  static ProgressReport progressReport(
      Commitment commitment,
      MonitoringCycle cycle,
      double minimumPercent,
      double maximumPercent,
      boolean mixed,
      RandomnessSource src) {
    int periodDays = (int) (cycle.periodEnd().toEpochDay() - cycle.periodStart().toEpochDay());
    Gen<LocalDate> inPeriod = ints(0, periodDays - 1).map(d -> cycle.periodStart().plusDays(d));
    int minimum = (int) Math.ceil(minimumPercent);
    int maximum = (int) Math.floor(maximumPercent);
    double percent = ints(Math.min(maximum, minimum), maximum).generate(src);
    List<MeasuredValue> values = new ArrayList<>();
    LinkedHashSet<IndicatorId> indicators = new LinkedHashSet<>();
    for (Target target : commitment.targets()) {
      if (indicators.add(target.indicator()) && chance(80).generate(src)) {
        // Near the share of the target that the reported progress claims, within 10%.
        double factor = ints(90, 110).generate(src) / 100.0;
        double value = Math.round(target.value() * percent * factor) / 100.0;
        values.add(MeasuredValue.of(target.indicator(), value, inPeriod.generate(src)));
      }
    }
    List<MilestoneCompletion> completions = new ArrayList<>();
    for (Milestone m : commitment.milestones()) {
      if (!m.due().isBefore(cycle.periodEnd()) && !chance(30).generate(src)) {
        continue;
      }
      boolean done = coin().generate(src);
      LocalDate earliest = commitment.start();
      LocalDate latest = cycle.periodEnd().minusDays(1);
      completions.add(
          done && !earliest.isAfter(latest)
              ? MilestoneCompletion.done(
                  m.id(),
                  earliest.plusDays(
                      ints(0, (int) (latest.toEpochDay() - earliest.toEpochDay())).generate(src)))
              : MilestoneCompletion.notDone(m.id()));
    }
    ZonedDateTime periodEndsAt = cycle.periodEnd().atStartOfDay(cycle.reportDue().getZone());
    long onTimeSeconds =
        Math.max(0, cycle.reportDue().toEpochSecond() - periodEndsAt.toEpochSecond());
    long lateSeconds = 10L * 24 * 3600;
    Instant submittedAt =
        periodEndsAt
            .toInstant()
            .plusSeconds(
                weighted(
                        5,
                        longs().between(0, onTimeSeconds),
                        1,
                        longs().between(0, onTimeSeconds + lateSeconds))
                    .generate(src));
    return ProgressReport.builder()
        .id(ProgressReportId.of(commitment.id().value() + "/" + cycle.sequence()))
        .commitment(commitment.id())
        .cycle(cycle.id())
        .reportingUnit(commitment.lead())
        .submittedAt(submittedAt)
        .values(values)
        .milestones(completions)
        .progressPercent(percent)
        .narrative(
            cached(List.of("narratives", mixed), () -> optional(words(Words.PLANS, 4, 200, mixed)))
                .generate(src))
        .obstacles(
            cached(List.of("reportObstacles", mixed), () -> listOf(obstacles(mixed), 0, 2))
                .generate(src))
        .evidence(
            cached(List.of("reportEvidence", mixed), () -> listOf(evidenceRefs(mixed), 0, 2))
                .generate(src))
        .build();
  }

  static String describe(ProgressReport r) {
    return "ProgressReport "
        + r.id()
        + " on "
        + r.commitment()
        + " in "
        + r.cycle()
        + " by "
        + r.reportingUnit()
        + " "
        + r.progressPercent()
        + "%";
  }

  // ---------------------------------------------------------------- scenarios

  /**
   * Small whole scenarios (one to three sub-districts, a handful of commitments and cycles), for
   * properties: every reference resolves and every date is in order. Sizes shrink with the rest.
   *
   * @return a generator of consistent {@link Scenario}s
   */
  public static Gen<Scenario> scenarios() {
    return scenarioSizes(ScenarioSize.small()).flatMap(RakorGen::scenarios);
  }

  /**
   * Scenarios of exactly the given size.
   *
   * @param size how many sub-districts, villages, agencies, commitments, cycles, ...
   * @return a generator of consistent {@link Scenario}s
   */
  public static Gen<Scenario> scenarios(ScenarioSize size) {
    return scenarios(size, true);
  }

  static Gen<Scenario> scenarios(ScenarioSize size, boolean mixed) {
    Gen<Scenario> gen = src -> ScenarioGen.generate(size, mixed, src);
    return gen.describedAs(Scenario::toString);
  }

  /**
   * Scenario sizes from all ones up to {@code max} in every dimension.
   *
   * @param max the largest size in each dimension
   * @return a generator of sizes, shrinking towards one of everything
   */
  public static Gen<ScenarioSize> scenarioSizes(ScenarioSize max) {
    return src ->
        new ScenarioSize(
            ints(1, max.subDistricts()).generate(src),
            ints(1, max.villagesPerSubDistrict()).generate(src),
            ints(1, max.agencies()).generate(src),
            ints(1, max.indicators()).generate(src),
            ints(1, max.priorities()).generate(src),
            ints(1, max.commitments()).generate(src),
            ints(1, max.cycles()).generate(src));
  }
}
