package io.rakor.core.meetings;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A coordination meeting (<i>rapat koordinasi</i>): convened by a unit, possibly together with
 * forums, chaired by an official, at a venue and time, with participants, an ordered agenda, the
 * reports units gave, the decisions taken, minutes and a lifecycle status.
 *
 * <p>Invariants, checked when built: title and venue are not blank; the meeting ends after it
 * starts, in the same time zone; no participant (unit and official) is listed twice and at most one
 * participant is the chair; agenda positions are unique and in increasing order; decision numbers
 * are unique; every report and decision that names an agenda position names one on the agenda;
 * every report comes from a participant; a meeting whose kind is held at one level ({@link
 * MeetingKind#jurisdictionDepth()}, a musrenbang) is held for a jurisdiction of that level; every
 * text follows the text rules, no list holds a null or passes its {@link
 * io.rakor.core.values.Limits limit}, and the meeting's texts and list elements together, its
 * reports' included, stay within {@code Limits.RECORD_TEXT_LENGTH} and {@code
 * Limits.RECORD_ELEMENTS}; the start and end are in the years of {@code Limits}. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeeting.class)
@JsonDeserialize(as = ImmutableMeeting.class)
public abstract class Meeting implements WithMeeting {
  private static final Supplier<String> ON_THE_AGENDA = () -> "must be a position on the agenda";

  Meeting() {}

  /**
   * Starts building a meeting.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Meeting} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Meeting#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}

    /**
     * Records that the meeting took place from {@code start} to {@code end}: the same as {@code
     * start(start).end(end).status(MeetingStatus.CONCLUDED)}.
     *
     * @param start when it began
     * @param end when it ended
     * @return this builder
     * @since 0.1
     */
    public Builder held(ZonedDateTime start, ZonedDateTime end) {
      return start(start).end(end).status(MeetingStatus.CONCLUDED);
    }
  }

  /**
   * The meeting's identifier.
   *
   * @return the id
   */
  public abstract MeetingId id();

  /**
   * The meeting's title, for example {@code "Rapat Koordinasi Lintas Sektor"}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What sort of meeting this is; {@link MeetingKind#CROSS_SECTOR_COORDINATION} unless set, the
   * meeting Rakor is named after (<i>rapat koordinasi lintas sektor</i>).
   *
   * @return the kind
   */
  @Value.Default
  public MeetingKind kind() {
    return MeetingKind.CROSS_SECTOR_COORDINATION;
  }

  /**
   * The area the meeting coordinates.
   *
   * @return the jurisdiction's code
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * The unit that convenes the meeting, for example the regency government.
   *
   * @return the convening unit's id
   */
  public abstract UnitId convener();

  /**
   * Forums that convene it together with the convener, for example the <i>Forkopimda</i>.
   *
   * @return the co-convening forums' ids
   */
  @AllowNulls
  public abstract List<ForumId> coConveners();

  /**
   * The official who chairs the meeting.
   *
   * @return the chair's id
   */
  public abstract OfficialId chair();

  /**
   * Where the meeting is held, for example {@code "Gedung Pusiban, Kotabumi"}.
   *
   * @return the venue
   */
  public abstract String venue();

  /**
   * When the meeting starts, in its local time zone.
   *
   * @return the start
   */
  public abstract ZonedDateTime start();

  /**
   * When the meeting ends (exclusive), in the same time zone as {@link #start()}.
   *
   * @return the end
   */
  public abstract ZonedDateTime end();

  /**
   * The units taking part.
   *
   * @return the participants
   */
  @AllowNulls
  public abstract List<Participant> participants();

  /**
   * The agenda, in order of position.
   *
   * @return the agenda items
   */
  @AllowNulls
  public abstract List<AgendaItem> agenda();

  /**
   * The reports units gave.
   *
   * @return the reports
   */
  @AllowNulls
  public abstract List<UnitReport> reports();

  /**
   * The decisions taken.
   *
   * @return the decisions
   */
  @AllowNulls
  public abstract List<Decision> decisions();

  /**
   * The minutes (<i>notulen</i>), once written.
   *
   * @return the minutes' text
   */
  public abstract Optional<String> minutes();

  /**
   * Where the meeting is in its life; {@link MeetingStatus#SCHEDULED} unless set.
   *
   * @return the status
   */
  @Value.Default
  public MeetingStatus status() {
    return MeetingStatus.SCHEDULED;
  }

  /**
   * The agenda item at a position.
   *
   * @param position the position
   * @return the item, or empty if there is none at that position
   */
  public Optional<AgendaItem> agendaItem(int position) {
    return agenda().stream().filter(a -> a.position() == position).findFirst();
  }

  /**
   * The decisions taken on an agenda item, in the order recorded: the structure of the minutes.
   *
   * @param position the agenda item's position
   * @return the decisions that name that position
   * @since 0.1
   */
  public List<Decision> decisionsOn(int position) {
    return decisions().stream()
        .filter(d -> d.agendaPosition().equals(Optional.of(position)))
        .toList();
  }

  /**
   * The participants who signed the attendance list and the minutes' record.
   *
   * @return the signatories, in the order of the participants
   * @since 0.1
   */
  public List<Participant> signatories() {
    return participants().stream().filter(Participant::signed).toList();
  }

  /**
   * The units taking part, without duplicates.
   *
   * @return the participating units' ids
   */
  public Set<UnitId> participantUnits() {
    return participants().stream().map(Participant::unit).collect(Collectors.toUnmodifiableSet());
  }

  @Value.Check
  void check() {
    Checker c =
        Checker.of("Meeting")
            .references("coConveners", coConveners())
            .references("participants", participants())
            .entries("agenda", agenda())
            .entries("reports", reports())
            .entries("decisions", decisions())
            .checkpoint()
            .name("title", title())
            .name("venue", venue())
            .dateTime("start", start())
            .dateTime("end", end())
            .require(end().isAfter(start()), "end", end(), () -> "must be after start " + start())
            .require(
                end().getZone().equals(start().getZone()),
                "end",
                end(),
                () -> "must be in the same zone as start, " + start().getZone())
            .distinct("coConveners", coConveners(), f -> f)
            .distinct("participants", participants(), p -> List.of(p.unit(), p.official()))
            .require(
                participants().stream().filter(p -> p.role() == ParticipantRole.CHAIR).count() <= 1,
                "participants",
                "several chairs",
                "must have at most one participant in the role CHAIR")
            .distinct("agenda", agenda(), AgendaItem::position)
            .distinct("decisions", decisions(), Decision::number);
    for (int i = 1; i < agenda().size(); i++) {
      int previous = agenda().get(i - 1).position();
      c.requireAt(
          agenda().get(i).position() > previous,
          "agenda",
          i,
          "position",
          agenda().get(i).position(),
          () -> "must come after the previous position " + previous);
    }
    Set<Integer> positions =
        agenda().stream().map(AgendaItem::position).collect(Collectors.toSet());
    Set<UnitId> units = participantUnits();
    for (int i = 0; i < reports().size(); i++) {
      UnitReport r = reports().get(i);
      c.requireAt(
          units.contains(r.unit()),
          "reports",
          i,
          "unit",
          r.unit(),
          () -> "must be a participant of the meeting");
      int index = i;
      r.agendaPosition()
          .ifPresent(
              p ->
                  c.requireAt(
                      positions.contains(p), "reports", index, "agendaPosition", p, ON_THE_AGENDA));
    }
    for (int i = 0; i < decisions().size(); i++) {
      int index = i;
      decisions()
          .get(i)
          .agendaPosition()
          .ifPresent(
              p ->
                  c.requireAt(
                      positions.contains(p),
                      "decisions",
                      index,
                      "agendaPosition",
                      p,
                      ON_THE_AGENDA));
    }
    kind()
        .jurisdictionDepth()
        .ifPresent(
            d ->
                c.require(
                    jurisdiction().depth() == d,
                    "jurisdiction",
                    jurisdiction(),
                    () -> "must be a jurisdiction with a code of depth " + d + " for a " + kind()));
    minutes().ifPresent(m -> c.text("minutes", m));
    countTexts(c);
    c.done();
  }

  private void countTexts(Checker c) {
    for (int i = 0; i < agenda().size(); i++) {
      c.count("agenda", i, "title", agenda().get(i).title());
    }
    for (int i = 0; i < reports().size(); i++) {
      UnitReport r = reports().get(i);
      c.countElements(
          "reports[" + i + "]", r.achievements().size() + r.obstacles().size() + r.plans().size());
      for (int k = 0; k < r.achievements().size(); k++) {
        c.count("reports", i, "achievements[" + k + "]", r.achievements().get(k));
      }
      for (int k = 0; k < r.obstacles().size(); k++) {
        c.count(
            "reports", i, "obstacles[" + k + "].description", r.obstacles().get(k).description());
      }
      for (int k = 0; k < r.plans().size(); k++) {
        c.count("reports", i, "plans[" + k + "]", r.plans().get(k));
      }
    }
    for (int i = 0; i < decisions().size(); i++) {
      c.count("decisions", i, "text", decisions().get(i).text());
    }
  }
}
