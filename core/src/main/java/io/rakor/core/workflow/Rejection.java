package io.rakor.core.workflow;

import com.google.common.collect.ImmutableList;
import io.rakor.core.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Why a command was refused: the rule that was broken, typed. Immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface Rejection {
  /**
   * The broken rule, as a short stable name (for example {@code "illegal-transition"}, {@code
   * "role-may-not-act"}, {@code "reason-required"}).
   *
   * @return the rule
   */
  String rule();

  /**
   * What was refused and why, in words a user can act on.
   *
   * @return the explanation
   */
  String explanation();

  /**
   * The command's action is not legal from the value's current state.
   *
   * @param kind what sort of value
   * @param from the current state
   * @param action the action asked for
   * @param legal the actions legal from the current state
   */
  record IllegalTransition(String kind, Enum<?> from, Action action, List<Action> legal)
      implements Rejection {
    /** The rule name of every illegal transition. */
    public static final String RULE = "illegal-transition";

    /**
     * Creates the rejection.
     *
     * @throws NullPointerException if an argument is null
     */
    public IllegalTransition {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(action, "action");
      legal = ImmutableList.copyOf(legal);
    }

    @Override
    public String rule() {
      return RULE;
    }

    @Override
    public String explanation() {
      return "a "
          + kind
          + " in state "
          + from
          + " cannot "
          + action
          + "; legal from "
          + from
          + ": "
          + (legal.isEmpty() ? "nothing (final state)" : legal);
    }
  }

  /**
   * The policy denied the actor the action.
   *
   * @param actor who asked
   * @param action what they asked to do
   * @param rule the policy rule that denied it
   * @param explanation the policy's explanation
   */
  record Denied(Actor actor, Action action, String rule, String explanation) implements Rejection {
    /**
     * Creates the rejection.
     *
     * @throws NullPointerException if an argument is null
     */
    public Denied {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * The command is legal and permitted, but does not fit the value (a report for another
   * commitment, minutes approved that were never written, a new date that ends before it starts).
   *
   * @param rule the rule broken, a short stable name
   * @param violation the field, value and rule in detail
   */
  record Invalid(String rule, Violation violation) implements Rejection {
    /**
     * Creates the rejection.
     *
     * @throws NullPointerException if an argument is null
     */
    public Invalid {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(violation, "violation");
    }

    @Override
    public String explanation() {
      return violation.toString();
    }
  }
}
