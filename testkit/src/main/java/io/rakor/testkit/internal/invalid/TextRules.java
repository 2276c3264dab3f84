package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.plus;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.Priority;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.units.Forum;
import io.rakor.core.units.Official;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.testkit.internal.gen.CommitmentGens;
import io.rakor.testkit.internal.gen.Gens;
import io.rakor.testkit.internal.gen.IndicatorGens;
import io.rakor.testkit.internal.gen.JurisdictionGens;
import io.rakor.testkit.internal.gen.MeetingGens;
import io.rakor.testkit.internal.gen.MonitoringGens;
import io.rakor.testkit.internal.gen.PriorityGens;
import io.rakor.testkit.internal.gen.UnitGens;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.quicktheories.core.Gen;

/**
 * The invalid-input rules of text (issue 10, section 1): in every kind of text field, names and
 * free texts, an unpaired surrogate, a control character (for a name also a tab or line break) and
 * a bidirectional override or isolate control, each inserted into valid text at any position.
 */
final class TextRules {
  private TextRules() {}

  /** Lone surrogates: high ones not followed by a low one, low ones not preceded by a high one. */
  private static final List<String> SURROGATES = List.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF");

  /** Control characters no text may hold: C0 (but tab and line breaks), DEL, C1. */
  private static final List<String> CONTROLS =
      List.of(
          "\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F",
          "\u0080", "\u0085", "\u009B", "\u009F");

  /** What a name or title may not hold besides: tab and line breaks. */
  private static final List<String> LINE_BREAKS =
      List.of("\t", "\n", "\r", "\r\n", "\u2028", "\u2029");

  /** The bidirectional embedding, override and isolate controls. */
  private static final List<String> BIDI =
      List.of(
          "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069");

  /** One text field of one type: how to put a text into a generated value. */
  private record Field<T>(
      Class<?> type, String name, boolean multiLine, Gen<T> values, BiFunction<T, String, ?> set) {}

  private static <T> Field<T> name(
      Class<?> type, String name, Gen<T> values, BiFunction<T, String, ?> set) {
    return new Field<>(type, name, false, values, set);
  }

  private static <T> Field<T> text(
      Class<?> type, String name, Gen<T> values, BiFunction<T, String, ?> set) {
    return new Field<>(type, name, true, values, set);
  }

  private static List<Field<?>> fields() {
    Gen<Meeting> meetings = MeetingGens.meetings();
    Gen<Commitment> commitments = CommitmentGens.commitments();
    Gen<ProgressReport> reports = MonitoringGens.progressReports();
    return List.of(
        name(Jurisdiction.class, "name", JurisdictionGens.jurisdictions(), Jurisdiction::withName),
        name(ResponsibleUnit.class, "name", UnitGens.units(), ResponsibleUnit::withName),
        name(ResponsibleUnit.class, "shortName", UnitGens.units(), ResponsibleUnit::withShortName),
        name(Forum.class, "name", UnitGens.forums(), Forum::withName),
        name(Official.class, "position", UnitGens.officials(), Official::withPosition),
        name(PersonName.class, "name", UnitGens.personNames(), PersonName::withName),
        name(
            PersonName.class,
            "titlesBefore",
            UnitGens.personNames(),
            (n, t) -> n.withTitlesBefore(plus(n.titlesBefore(), t))),
        name(Meeting.class, "title", meetings, Meeting::withTitle),
        name(Meeting.class, "venue", meetings, Meeting::withVenue),
        name(AgendaItem.class, "title", MeetingGens.agendaItems(), AgendaItem::withTitle),
        name(Priority.class, "title", PriorityGens.priorities(), Priority::withTitle),
        name(Indicator.class, "name", IndicatorGens.indicators(), Indicator::withName),
        name(
            Indicator.class,
            "unitOfMeasure",
            IndicatorGens.indicators(),
            Indicator::withUnitOfMeasure),
        name(
            MonitoringPlan.class,
            "name",
            MonitoringGens.monitoringPlans(),
            MonitoringPlan::withName),
        name(
            EvidenceRef.class,
            "description",
            MonitoringGens.evidenceRefs(),
            EvidenceRef::withDescription),
        text(Obstacle.class, "description", MeetingGens.obstacles(), Obstacle::withDescription),
        text(Decision.class, "text", MeetingGens.decisions(), Decision::withText),
        text(Meeting.class, "minutes", meetings, Meeting::withMinutes),
        text(
            UnitReport.class,
            "achievements",
            MeetingGens.unitReports(),
            (u, t) -> u.withAchievements(plus(u.achievements(), t))),
        text(
            UnitReport.class,
            "plans",
            MeetingGens.unitReports(),
            (u, t) -> u.withPlans(plus(u.plans(), t))),
        text(Indicator.class, "definition", IndicatorGens.indicators(), Indicator::withDefinition),
        text(Commitment.class, "action", commitments, Commitment::withAction),
        text(
            Milestone.class,
            "description",
            CommitmentGens.milestones(),
            Milestone::withDescription),
        text(ProgressReport.class, "narrative", reports, ProgressReport::withNarrative));
  }

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    for (Field<?> field : fields()) {
      r.add(broken(field, "an unpaired surrogate", SURROGATES));
      r.add(
          broken(
              field,
              field.multiLine()
                  ? "a control character other than tab and line breaks"
                  : "a control character, tab or line break in a single line",
              field.multiLine() ? CONTROLS : plus(plus(CONTROLS, "\t"), "\n")));
      if (!field.multiLine()) {
        r.add(broken(field, "a line break in a single line", LINE_BREAKS));
      }
      r.add(broken(field, "a bidirectional override or isolate control", BIDI));
    }
    return r;
  }

  private static <T> Rule broken(Field<T> field, String description, List<String> insertions) {
    Gen<String> base = field.multiLine() ? Gens.unicodeText(1, 40) : Gens.unicode(1, 40);
    Gen<String> poisoned =
        base.zip(
            pick(insertions),
            ints(0, 1_000),
            (text, bad, at) -> insert(text, bad, at % (text.length() + 1)));
    return rule(
        field.type(),
        field.name(),
        description + " in the " + field.name(),
        field
            .values()
            .zip(poisoned, (value, text) -> attempt(() -> field.set().apply(value, text))));
  }

  /** Inserts {@code bad} at {@code at}, or just before, never between a surrogate pair. */
  private static String insert(String text, String bad, int at) {
    int i = at;
    if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
      i--;
    }
    return text.substring(0, i) + bad + text.substring(i);
  }
}
