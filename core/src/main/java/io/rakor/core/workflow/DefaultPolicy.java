package io.rakor.core.workflow;

import static io.rakor.core.workflow.Action.AGREE_COMMITMENT;
import static io.rakor.core.workflow.Action.APPROVE_MINUTES;
import static io.rakor.core.workflow.Action.CANCEL_COMMITMENT;
import static io.rakor.core.workflow.Action.CANCEL_MEETING;
import static io.rakor.core.workflow.Action.CLOSE_CYCLE;
import static io.rakor.core.workflow.Action.CONCLUDE_MEETING;
import static io.rakor.core.workflow.Action.CONTRIBUTE_EVIDENCE;
import static io.rakor.core.workflow.Action.CREATE;
import static io.rakor.core.workflow.Action.EVALUATE_CYCLE;
import static io.rakor.core.workflow.Action.IMPORT;
import static io.rakor.core.workflow.Action.OPEN_SESSION;
import static io.rakor.core.workflow.Action.POSTPONE_MEETING;
import static io.rakor.core.workflow.Action.READ;
import static io.rakor.core.workflow.Action.REPORT_PROGRESS;
import static io.rakor.core.workflow.Action.RESCHEDULE_MEETING;
import static io.rakor.core.workflow.Action.START_WORK;
import static io.rakor.core.workflow.Action.SUPERSEDE_COMMITMENT;
import static io.rakor.core.workflow.Action.VERIFY_COMPLETION;
import static io.rakor.core.workflow.Role.CHAIR;
import static io.rakor.core.workflow.Role.CO_LEAD;
import static io.rakor.core.workflow.Role.LEAD_UNIT;
import static io.rakor.core.workflow.Role.SECRETARIAT;
import static io.rakor.core.workflow.Role.SUPPORTING_UNIT;

import com.google.common.collect.ImmutableSetMultimap;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The default rules of who may do what. Two rules, checked in order:
 *
 * <ol>
 *   <li>{@value #ROLE_NOT_HELD}: the actor must really hold the role it claims, wherever the value
 *       acted on can say (only the commitment's lead unit acts as {@link Role#LEAD_UNIT}, only the
 *       meeting's chair as {@link Role#CHAIR}, only the plan's owner as {@link Role#SECRETARIAT} of
 *       a monitoring cycle).
 *   <li>{@value #ROLE_MAY_NOT_ACT}: the role must be allowed the action by the table below, or the
 *       value acted on must grant it ({@link Subject#grants(Action, Role)}: a commitment's {@link
 *       Role#PARTNER} may {@code REPORT_PROGRESS} for a cycle whose monitoring plan allows partners
 *       to report).
 * </ol>
 *
 * <table>
 *   <caption>Roles allowed each action</caption>
 *   <tr><th>action</th><th>roles</th></tr>
 *   <tr><td>READ</td><td>every role</td></tr>
 *   <tr><td>OPEN_SESSION, POSTPONE_MEETING, RESCHEDULE_MEETING</td><td>CHAIR, SECRETARIAT</td></tr>
 *   <tr><td>CONCLUDE_MEETING, APPROVE_MINUTES, CANCEL_MEETING</td><td>CHAIR</td></tr>
 *   <tr><td>AGREE_COMMITMENT, VERIFY_COMPLETION, CANCEL_COMMITMENT, SUPERSEDE_COMMITMENT</td>
 *       <td>CHAIR, SECRETARIAT</td></tr>
 *   <tr><td>START_WORK, REPORT_PROGRESS</td><td>LEAD_UNIT, CO_LEAD</td></tr>
 *   <tr><td>CONTRIBUTE_EVIDENCE</td><td>LEAD_UNIT, CO_LEAD, SUPPORTING_UNIT</td></tr>
 *   <tr><td>CLOSE_CYCLE, EVALUATE_CYCLE</td><td>SECRETARIAT</td></tr>
 *   <tr><td>CREATE</td><td>CHAIR, SECRETARIAT</td></tr>
 *   <tr><td>IMPORT</td><td>SECRETARIAT</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DefaultPolicy implements Policy {
  /** The rule that a claimed role must be borne out by the value acted on. */
  public static final String ROLE_NOT_HELD = "role-not-held";

  /** The rule that a role may take only the actions the table allows it. */
  public static final String ROLE_MAY_NOT_ACT = "role-may-not-act";

  private static final DefaultPolicy INSTANCE = new DefaultPolicy();

  private static final ImmutableSetMultimap<Action, Role> ALLOWED =
      ImmutableSetMultimap.<Action, Role>builder()
          .putAll(READ, EnumSet.allOf(Role.class))
          .putAll(OPEN_SESSION, CHAIR, SECRETARIAT)
          .putAll(CONCLUDE_MEETING, CHAIR)
          .putAll(APPROVE_MINUTES, CHAIR)
          .putAll(POSTPONE_MEETING, CHAIR, SECRETARIAT)
          .putAll(RESCHEDULE_MEETING, CHAIR, SECRETARIAT)
          .putAll(CANCEL_MEETING, CHAIR)
          .putAll(AGREE_COMMITMENT, CHAIR, SECRETARIAT)
          .putAll(START_WORK, LEAD_UNIT, CO_LEAD)
          .putAll(REPORT_PROGRESS, LEAD_UNIT, CO_LEAD)
          .putAll(CONTRIBUTE_EVIDENCE, LEAD_UNIT, CO_LEAD, SUPPORTING_UNIT)
          .putAll(VERIFY_COMPLETION, CHAIR, SECRETARIAT)
          .putAll(CANCEL_COMMITMENT, CHAIR, SECRETARIAT)
          .putAll(SUPERSEDE_COMMITMENT, CHAIR, SECRETARIAT)
          .putAll(CLOSE_CYCLE, SECRETARIAT)
          .putAll(EVALUATE_CYCLE, SECRETARIAT)
          .putAll(CREATE, CHAIR, SECRETARIAT)
          .putAll(IMPORT, SECRETARIAT)
          .build();

  private DefaultPolicy() {}

  /**
   * The default policy.
   *
   * @return the one instance
   */
  public static DefaultPolicy instance() {
    return INSTANCE;
  }

  /**
   * The roles allowed an action.
   *
   * @param action the action
   * @return the roles, possibly empty
   */
  public Set<Role> rolesAllowed(Action action) {
    return ALLOWED.get(action);
  }

  @Override
  public PolicyDecision decide(Actor actor, Action action, Subject subject) {
    if (!subject.confirms(actor)) {
      return PolicyDecision.deny(
          ROLE_NOT_HELD,
          actor.unit()
              + actor.official().map(o -> "/" + o).orElse("")
              + " does not hold the role "
              + actor.role()
              + " on "
              + subject);
    }
    if (!ALLOWED.containsEntry(action, actor.role()) && !subject.grants(action, actor.role())) {
      return PolicyDecision.deny(
          ROLE_MAY_NOT_ACT,
          "the role "
              + actor.role()
              + " may not "
              + action
              + " (allowed: "
              + ALLOWED.get(action)
              + ")");
    }
    return PolicyDecision.permit();
  }

  /**
   * The permission table as Markdown, one row per action, for documentation.
   *
   * @return the table
   */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder("| action | roles allowed |\n|---|---|\n");
    for (Action action : Action.values()) {
      md.append("| ")
          .append(action)
          .append(" | ")
          .append(ALLOWED.get(action).stream().map(Role::name).collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    return md.toString();
  }
}
