package io.rakor.core.monitoring;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.values.Limits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Carries unfinished commitments into the next meeting's agenda.
 *
 * <p>Every commitment of the evaluation's portfolio that is agreed or in progress becomes one
 * agenda item after the meeting's last position, titled {@code "Follow-up <id> [<health>]:
 * <action>"} (health {@code NOT_DUE} if the commitment was not evaluated in the cycle), with the
 * commitment's priority and its lead unit as presenter. Items come worst health first, then by due
 * date and id. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class AgendaCarryOver {
  private AgendaCarryOver() {}

  /**
   * The next meeting with the unfinished commitments on its agenda.
   *
   * @param next the next meeting, scheduled or postponed
   * @param evaluation the latest cycle's evaluation
   * @return the meeting with the items added
   * @throws RakorValidationException if the meeting has already taken place or been cancelled
   */
  public static Meeting carryInto(Meeting next, CycleEvaluation evaluation) {
    if (next.status() != MeetingStatus.SCHEDULED && next.status() != MeetingStatus.POSTPONED) {
      throw new RakorValidationException(
          Violation.of(
              "Meeting",
              "status",
              next.status(),
              "must be SCHEDULED or POSTPONED to take carried-over commitments"));
    }
    Portfolio p = evaluation.portfolio();
    List<Integer> unfinished = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      if (p.isActive(i)) {
        unfinished.add(i);
      }
    }
    unfinished.sort(
        Comparator.comparing((Integer i) -> -evaluation.health(i).map(Health::severity).orElse(-1))
            .thenComparing(i -> p.commitment(i).due())
            .thenComparing(i -> p.commitment(i).id()));
    int position = next.agenda().stream().mapToInt(AgendaItem::position).max().orElse(0);
    Meeting.Builder meeting = Meeting.builder().from(next);
    for (int i : unfinished) {
      Commitment c = p.commitment(i);
      Optional<Health> health = evaluation.health(i);
      String title =
          "Follow-up "
              + c.id()
              + " ["
              + health.map(Health::name).orElse("NOT_DUE")
              + "]: "
              + c.action().strip();
      if (title.length() > Limits.NAME_LENGTH) {
        title = title.substring(0, Limits.NAME_LENGTH - 1) + "…";
      }
      meeting.addAgenda(
          AgendaItem.builder()
              .position(++position)
              .title(title)
              .priority(c.priority())
              .presenter(c.lead())
              .build());
    }
    return meeting.build();
  }
}
