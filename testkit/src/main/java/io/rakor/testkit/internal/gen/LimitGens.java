package io.rakor.testkit.internal.gen;

import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.textOfLength;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.ObstacleCategory;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Limits;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;

/**
 * Generators of valid values at the limits of {@link Limits}: each value is a generated one with
 * one limit pushed to its maximum (a text of exactly {@link Limits#TEXT_LENGTH} characters, a list
 * of exactly {@link Limits#REFERENCE_LIST_SIZE} references, texts that together reach {@link
 * Limits#RECORD_TEXT_LENGTH}, an amount of {@link Limits#DECIMAL_PRECISION} digits, dates in the
 * first and last years, identifiers of {@link Limits#ID_LENGTH} characters, measures of the largest
 * and smallest magnitudes). Stateless and thread-safe.
 */
public final class LimitGens {
  private LimitGens() {}

  /** The largest and smallest measures, with their signs, and zero. */
  private static final double[] MEASURES = {
    Limits.NUMBER_MAGNITUDE_MAX,
    -Limits.NUMBER_MAGNITUDE_MAX,
    Limits.NUMBER_MAGNITUDE_MIN,
    -Limits.NUMBER_MAGNITUDE_MIN,
    1.2345678901234567e-30 * 1.0000000001,
    -9.87654321012345e17,
    0.0,
    -0.0
  };

  private static <T> List<T> many(int count, IntFunction<T> element) {
    return IntStream.range(0, count).mapToObj(element).toList();
  }

  /** The first {@code length} characters of a text, never ending in half a surrogate pair. */
  private static String prefix(String text, int length) {
    return slice(text, 0, length);
  }

  /**
   * {@code length} characters of a text from {@code from}, never starting or ending in half a
   * surrogate pair (such a half becomes {@code x}).
   */
  private static String slice(String text, int from, int length) {
    char[] chars = text.substring(from, from + length).toCharArray();
    if (length > 0 && Character.isLowSurrogate(chars[0])) {
      chars[0] = 'x';
    }
    if (length > 0 && Character.isHighSurrogate(chars[length - 1])) {
      chars[length - 1] = 'x';
    }
    return new String(chars);
  }

  /** An identifier of exactly {@link Limits#ID_LENGTH} characters, in segments. */
  public static String longId(String seed) {
    StringBuilder s = new StringBuilder(seed.replaceAll("[^A-Za-z0-9]", "x"));
    while (s.length() < Limits.ID_LENGTH) {
      s.append(s.length() % 17 == 0 ? "/" : s.length() % 5 == 0 ? "." : "a");
    }
    s.setLength(Limits.ID_LENGTH);
    s.setCharAt(Limits.ID_LENGTH - 1, 'z');
    return s.toString().replace("//", "/a").replace("/.", "/a").replace("./", "a/");
  }

  /** A village code for each number from 0 to 98,000: the villages of sub-districts of 18.03. */
  private static JurisdictionCode village(int i) {
    return JurisdictionCode.of("18.03").child(1 + i / 9999).child(1 + i % 9999);
  }

  // ---------------------------------------------------------------- texts

  /**
   * Names of exactly {@link Limits#NAME_LENGTH} characters.
   *
   * @return the generator
   */
  public static Gen<String> names() {
    return textOfLength(Limits.NAME_LENGTH, false);
  }

  /**
   * Free texts of exactly {@link Limits#TEXT_LENGTH} characters.
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    return textOfLength(Limits.TEXT_LENGTH, true);
  }

  // ---------------------------------------------------------------- commitments

  private static final int COMMITMENT_LIMITS = 9;

  /** The generator behind {@code RakorGen.commitmentsAtTheLimits()}. */
  public static Gen<Commitment> commitments() {
    // without plan references, whose texts count towards the record's limit the pushes fill
    return CommitmentGens.commitments()
        .map(c -> c.withPlanReferences())
        .zip(ints(0, COMMITMENT_LIMITS - 1), texts(), (c, limit, text) -> pushed(c, limit, text))
        .describedAs(c -> "a commitment at a limit: " + CommitmentGens.describe(c));
  }

  private static Commitment pushed(Commitment c, int limit, String text) {
    switch (limit) {
      case 0:
        return c.withAction(text);
      case 1:
        return c.withSupporters(
            many(Limits.REFERENCE_LIST_SIZE, i -> UnitId.of("limit-supporter-" + i)).stream()
                .filter(u -> !u.equals(c.lead()))
                .toList());
      case 2:
        // the milestones' places were in the old scope: they move to the new one's first village
        return Commitment.builder()
            .from(c)
            .scope(many(Limits.REFERENCE_LIST_SIZE, LimitGens::village))
            .milestones(
                c.milestones().stream()
                    .map(m -> m.place().isPresent() ? m.withPlace(village(0)) : m)
                    .toList())
            .build();
      case 3:
        {
          List<Target> targets = new ArrayList<>(Limits.ENTRY_LIST_SIZE);
          for (int i = 0; i < Limits.ENTRY_LIST_SIZE; i++) {
            targets.add(
                Target.of(
                    IndicatorId.of("limit-indicator-" + i),
                    MEASURES[i % MEASURES.length],
                    c.due()));
          }
          return c.withTargets(targets);
        }
      case 4:
        {
          // The action at its limit, and the milestones' descriptions filling the record's limit
          // (funding lines left out: their labels count too).
          Commitment withAction = c.withFundingLines(List.of()).withAction(text);
          int remaining =
              Limits.RECORD_TEXT_LENGTH
                  - text.length()
                  - withAction.statusReason().map(String::length).orElse(0);
          int each = remaining / Limits.ENTRY_LIST_SIZE;
          List<Milestone> milestones = new ArrayList<>(Limits.ENTRY_LIST_SIZE);
          for (int i = 0; i < Limits.ENTRY_LIST_SIZE; i++) {
            int length = i == 0 ? remaining - each * (Limits.ENTRY_LIST_SIZE - 1) : each;
            milestones.add(
                Milestone.of(
                    MilestoneId.of("limit-milestone-" + i), slice(text, i, length), c.due()));
          }
          return withAction.withMilestones(milestones);
        }
      case 5:
        {
          boolean idr = (text.charAt(3) & 1) == 0;
          Currency currency = Currency.getInstance(idr ? "IDR" : "CLF");
          int scale = Math.max(0, currency.getDefaultFractionDigits());
          String digits = "9".repeat(Limits.DECIMAL_PRECISION - scale);
          BigDecimal amount = new BigDecimal(digits + "." + "9".repeat(scale));
          return c.withFundingLines(
              FundingLine.of(FundingSource.NATIONAL_BUDGET, c.start().getYear(), amount, currency));
        }
      case 6:
        return c.withStart(LocalDate.of(Limits.YEAR_MIN, 1, 1))
            .withDue(LocalDate.of(Limits.YEAR_MAX, 12, 31));
      case 7:
        return Commitment.builder()
            .from(c)
            .id(CommitmentId.of(longId("rtl")))
            .lead(UnitId.of(longId("lead")))
            .originMeeting(MeetingId.of(longId("rakor")))
            .supporters(List.of())
            .parent(Optional.empty())
            .successor(Optional.empty())
            .build();
      default:
        return c.withWeight(Limits.NUMBER_MAGNITUDE_MAX);
    }
  }

  // ---------------------------------------------------------------- meetings

  private static final int MEETING_LIMITS = 9;

  /** The generator behind {@code RakorGen.meetingsAtTheLimits()}. */
  public static Gen<Meeting> meetings() {
    return MeetingGens.meetings()
        .zip(ints(0, MEETING_LIMITS - 1), texts(), (m, limit, text) -> pushed(m, limit, text))
        .describedAs(m -> "a meeting at a limit: " + m.id() + " " + m.participants().size());
  }

  private static Meeting pushed(Meeting m, int limit, String text) {
    switch (limit) {
      case 0:
        return m.withTitle(
                prefix(text, Limits.NAME_LENGTH).replaceAll("[\\t\\n\\r\\u2028\\u2029]", "x"))
            .withVenue(
                slice(text, 7, Limits.NAME_LENGTH).replaceAll("[\\t\\n\\r\\u2028\\u2029]", "x"));
      case 1:
        {
          // The minutes at their limit, and decisions filling the record's limit.
          Meeting withMinutes = m.withMinutes(text).withDecisions(List.of());
          long used = textLength(withMinutes);
          long remaining = Limits.RECORD_TEXT_LENGTH - used;
          List<Decision> decisions = new ArrayList<>();
          for (int i = 0; remaining > 0; i++) {
            int length = (int) Math.min(remaining, Limits.TEXT_LENGTH - 1);
            decisions.add(Decision.builder().number(i + 1).text(slice(text, 1, length)).build());
            remaining -= length;
          }
          return withMinutes.withDecisions(decisions);
        }
      case 2:
        {
          List<Participant> participants = new ArrayList<>(m.participants());
          for (int i = 0; participants.size() < Limits.REFERENCE_LIST_SIZE; i++) {
            participants.add(
                Participant.builder()
                    .unit(UnitId.of("limit-participant-" + i))
                    .role(ParticipantRole.MEMBER)
                    .build());
          }
          return m.withParticipants(participants);
        }
      case 3:
        return m.withCoConveners(
            many(Limits.REFERENCE_LIST_SIZE, i -> ForumId.of("limit-forum-" + i)));
      case 4:
        {
          List<AgendaItem> agenda = new ArrayList<>(m.agenda());
          int position = agenda.isEmpty() ? 0 : agenda.get(agenda.size() - 1).position();
          while (agenda.size() < Limits.ENTRY_LIST_SIZE) {
            position++;
            agenda.add(
                AgendaItem.builder()
                    .position(position)
                    .title(
                        slice(text, position % 50, 450)
                            .replaceAll("[\\t\\n\\r\\u2028\\u2029]", "x"))
                    .build());
          }
          return m.withAgenda(agenda);
        }
      case 5:
        {
          List<Decision> decisions = new ArrayList<>(m.decisions());
          Set<Integer> numbers = new HashSet<>();
          decisions.forEach(d -> numbers.add(d.number()));
          for (int n = 1; decisions.size() < Limits.ENTRY_LIST_SIZE; n++) {
            if (numbers.add(n)) {
              decisions.add(Decision.builder().number(n).text("Keputusan " + n).build());
            }
          }
          return m.withDecisions(decisions);
        }
      case 6:
        {
          List<Participant> participants = new ArrayList<>(m.participants());
          List<UnitReport> reports = new ArrayList<>(m.reports());
          for (int i = 0; reports.size() < Limits.ENTRY_LIST_SIZE; i++) {
            UnitId unit = UnitId.of("limit-reporter-" + i);
            participants.add(Participant.builder().unit(unit).role(ParticipantRole.MEMBER).build());
            reports.add(UnitReport.builder().unit(unit).addAchievements("Capaian " + i).build());
          }
          return Meeting.builder().from(m).participants(participants).reports(reports).build();
        }
      case 7:
        {
          boolean last = (text.charAt(3) & 1) == 0;
          ZoneId zone = m.start().getZone();
          ZonedDateTime start =
              last
                  ? ZonedDateTime.of(Limits.YEAR_MAX, 12, 31, 9, 0, 0, 0, zone)
                  : ZonedDateTime.of(Limits.YEAR_MIN, 1, 1, 9, 0, 0, 0, zone);
          return Meeting.builder().from(m).start(start).end(start.plusHours(3)).build();
        }
      default:
        return Meeting.builder()
            .from(m)
            .id(MeetingId.of(longId("rakor")))
            .convener(UnitId.of(longId("convener")))
            .build();
    }
  }

  private static long textLength(Meeting m) {
    long n = m.title().length() + m.venue().length() + m.minutes().map(String::length).orElse(0);
    for (AgendaItem a : m.agenda()) {
      n += a.title().length();
    }
    for (UnitReport r : m.reports()) {
      for (String s : r.achievements()) {
        n += s.length();
      }
      for (Obstacle o : r.obstacles()) {
        n += o.description().length();
      }
      for (String s : r.plans()) {
        n += s.length();
      }
    }
    for (Decision d : m.decisions()) {
      n += d.text().length();
    }
    return n;
  }

  // ---------------------------------------------------------------- progress reports

  private static final int REPORT_LIMITS = 8;

  /** The generator behind {@code RakorGen.progressReportsAtTheLimits()}. */
  public static Gen<ProgressReport> progressReports() {
    return MonitoringGens.progressReports()
        .zip(ints(0, REPORT_LIMITS - 1), texts(), (p, limit, text) -> pushed(p, limit, text))
        .describedAs(p -> "a progress report at a limit: " + p.id());
  }

  private static ProgressReport pushed(ProgressReport p, int limit, String text) {
    switch (limit) {
      case 0:
        return p.withNarrative(text);
      case 1:
        return p.withValues(
            many(
                Limits.ENTRY_LIST_SIZE,
                i ->
                    MeasuredValue.of(
                        IndicatorId.of("limit-indicator-" + i),
                        MEASURES[i % MEASURES.length],
                        i % 2 == 0
                            ? LocalDate.of(Limits.YEAR_MIN, 1, 1)
                            : LocalDate.of(Limits.YEAR_MAX, 12, 31))));
      case 2:
        return p.withMilestones(
            many(
                Limits.ENTRY_LIST_SIZE,
                i ->
                    i % 2 == 0
                        ? MilestoneCompletion.done(
                            MilestoneId.of("limit-milestone-" + i),
                            LocalDate.of(Limits.YEAR_MAX, 12, 31))
                        : MilestoneCompletion.builder()
                            .milestone(MilestoneId.of("limit-milestone-" + i))
                            .done(false)
                            .build()));
      case 3:
        {
          // The narrative at its limit, and obstacles filling the record's limit.
          ProgressReport withNarrative = p.withNarrative(text).withEvidence(List.of());
          int remaining = Limits.RECORD_TEXT_LENGTH - text.length();
          int each = remaining / Limits.ENTRY_LIST_SIZE;
          List<Obstacle> obstacles = new ArrayList<>(Limits.ENTRY_LIST_SIZE);
          for (int i = 0; i < Limits.ENTRY_LIST_SIZE; i++) {
            int length = i == 0 ? remaining - each * (Limits.ENTRY_LIST_SIZE - 1) : each;
            obstacles.add(
                Obstacle.of(
                    ObstacleCategory.values()[i % ObstacleCategory.values().length],
                    slice(text, i, length)));
          }
          return withNarrative.withObstacles(obstacles);
        }
      case 4:
        {
          List<EvidenceRef> evidence =
              new ArrayList<>(
                  many(
                      Limits.ENTRY_LIST_SIZE - 1,
                      i ->
                          EvidenceRef.builder()
                              .uri(URI.create("https://data.example.go.id/bukti/" + i + ".pdf"))
                              .build()));
          String base = "https://data.example.go.id/bukti/panjang/";
          evidence.add(
              EvidenceRef.builder()
                  .uri(URI.create(base + "a".repeat(Limits.URI_LENGTH - base.length())))
                  .description(
                      prefix(text, Limits.NAME_LENGTH).replaceAll("[\\t\\n\\r\\u2028\\u2029]", "x"))
                  .build());
          return p.withEvidence(evidence);
        }
      case 5:
        return p.withSubmittedAt(
            (text.charAt(3) & 1) == 0
                ? Instant.parse(Limits.YEAR_MAX + "-12-31T23:59:59.999999999Z")
                : LocalDate.of(Limits.YEAR_MIN, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
      case 6:
        return p.withProgressPercent(
            new double[] {0, 100, Limits.NUMBER_MAGNITUDE_MIN, 99.99999999999999}
                [text.charAt(3) & 3]);
      default:
        return ProgressReport.builder()
            .from(p)
            .id(ProgressReportId.of(longId("report")))
            .reportingUnit(UnitId.of(longId("reporter")))
            .build();
    }
  }
}
