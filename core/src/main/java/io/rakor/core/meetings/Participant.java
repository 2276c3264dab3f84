package io.rakor.core.meetings;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit taking part in a meeting, optionally through a named official, in a role, with its
 * attendance and whether its attendee signed the attendance list or the minutes (<i>daftar
 * hadir</i>, <i>berita acara</i>).
 *
 * <p>Invariant, checked when built: only a participant who attended ({@link Attendance#attended()})
 * has signed. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(as = ImmutableParticipant.class)
public abstract class Participant implements WithParticipant {
  Participant() {}

  /**
   * Starts building a participant.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Participant} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Participant#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }

  /**
   * The participating unit.
   *
   * @return the unit's id
   */
  public abstract UnitId unit();

  /**
   * The official who represents the unit, if named.
   *
   * @return the official's id
   */
  public abstract Optional<OfficialId> official();

  /**
   * The part the unit plays.
   *
   * @return the role
   */
  public abstract ParticipantRole role();

  /**
   * Whether the unit came; {@link Attendance#INVITED} until recorded.
   *
   * @return the attendance
   */
  @Value.Default
  public Attendance attendance() {
    return Attendance.INVITED;
  }

  /**
   * Whether the attendee signed the attendance list and the minutes' record (<i>berita acara</i>);
   * false unless set.
   *
   * @return true if signed
   * @since 0.1
   */
  @Value.Default
  public boolean signed() {
    return false;
  }

  @Value.Check
  void check() {
    Checker.of("Participant")
        .require(
            !signed() || attendance().attended(),
            "signed",
            true,
            () ->
                "must be false for a participant who did not attend (attendance "
                    + attendance()
                    + ")")
        .done();
  }
}
