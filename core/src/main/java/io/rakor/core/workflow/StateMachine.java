package io.rakor.core.workflow;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableTable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One readable table of the legal transitions of a lifecycle: from a state, an action leads to
 * exactly one state; whatever is not in the table is illegal.
 *
 * <pre>{@code
 * StateMachine<CycleStatus> cycles =
 *     StateMachine.builder("MonitoringCycle", CycleStatus.class)
 *         .allow(OPEN, Action.CLOSE_CYCLE, CLOSED)
 *         .allow(CLOSED, Action.EVALUATE_CYCLE, EVALUATED)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <S> the enum of states
 * @since 0.1
 */
public final class StateMachine<S extends Enum<S>> {
  private final String kind;
  private final Class<S> states;
  private final ImmutableTable<S, Action, S> table;

  private StateMachine(String kind, Class<S> states, ImmutableTable<S, Action, S> table) {
    this.kind = kind;
    this.states = states;
    this.table = table;
  }

  /**
   * Starts a table.
   *
   * @param kind what sort of value the lifecycle is of, for example {@code "Commitment"}
   * @param states the enum of states
   * @param <S> the enum of states
   * @return a new builder
   */
  public static <S extends Enum<S>> Builder<S> builder(String kind, Class<S> states) {
    return new Builder<>(kind, states);
  }

  /**
   * What sort of value the lifecycle is of.
   *
   * @return the kind, for example {@code "Commitment"}
   */
  public String kind() {
    return kind;
  }

  /**
   * The table: row = from, column = action, cell = to.
   *
   * @return the legal transitions, in the order they were declared
   */
  public ImmutableTable<S, Action, S> table() {
    return table;
  }

  /**
   * Where an action leads from a state.
   *
   * @param from the current state
   * @param action the action
   * @return the next state, or empty if the action is illegal from {@code from}
   */
  public Optional<S> target(S from, Action action) {
    return Optional.ofNullable(table.get(from, action));
  }

  /**
   * Whether an action is legal from a state.
   *
   * @param from the current state
   * @param action the action
   * @return true if the table has the transition
   */
  public boolean allows(S from, Action action) {
    return table.contains(from, action);
  }

  /**
   * Whether the table allows going from one state to another in one step.
   *
   * @param from the state before
   * @param to the state after
   * @return true if some action leads from {@code from} to {@code to}
   */
  public boolean allowsStep(S from, S to) {
    return table.row(from).containsValue(to);
  }

  /**
   * The actions legal from a state.
   *
   * @param from the state
   * @return the actions, in declaration order; empty for a final state
   */
  public ImmutableList<Action> legalActions(S from) {
    return ImmutableList.copyOf(table.row(from).keySet());
  }

  /**
   * The states from which no action leads anywhere.
   *
   * @return the final states
   */
  public ImmutableSet<S> finalStates() {
    EnumSet<S> finals = EnumSet.allOf(states);
    finals.removeIf(s -> !table.row(s).isEmpty());
    return ImmutableSet.copyOf(finals);
  }

  /**
   * Every state reachable from a state, including itself.
   *
   * @param start the state to start from
   * @return the reachable states
   */
  public ImmutableSet<S> reachableFrom(S start) {
    Set<S> seen = EnumSet.of(start);
    Deque<S> todo = new ArrayDeque<>(Set.of(start));
    while (!todo.isEmpty()) {
      for (S next : table.row(todo.pop()).values()) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return ImmutableSet.copyOf(seen);
  }

  /**
   * The one gate every command passes: the transition must be in the table, and the policy must
   * permit the actor the action on the subject.
   *
   * @param from the current state
   * @param action the action asked for
   * @param actor who asks
   * @param subject the value acted on
   * @param policy the policy to ask
   * @return the rejection, or empty if the command may go ahead
   */
  public Optional<Rejection> check(
      S from, Action action, Actor actor, Subject subject, Policy policy) {
    if (!allows(from, action)) {
      return Optional.of(new Rejection.IllegalTransition(kind, from, action, legalActions(from)));
    }
    PolicyDecision decision = Objects.requireNonNull(policy.decide(actor, action, subject));
    if (decision instanceof PolicyDecision.Deny deny) {
      return Optional.of(new Rejection.Denied(actor, action, deny.rule(), deny.explanation()));
    }
    return Optional.empty();
  }

  /**
   * The table as Markdown, one row per transition, for documentation.
   *
   * @return the table
   */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder("| from | action | to |\n|---|---|---|\n");
    table
        .cellSet()
        .forEach(
            c ->
                md.append("| ")
                    .append(c.getRowKey())
                    .append(" | ")
                    .append(c.getColumnKey())
                    .append(" | ")
                    .append(c.getValue())
                    .append(" |\n"));
    return md.toString();
  }

  /** Returns the kind and the table in Markdown. */
  @Override
  public String toString() {
    return kind + " lifecycle\n" + toMarkdown();
  }

  /**
   * Builds a {@link StateMachine}. Not thread-safe.
   *
   * @param <S> the enum of states
   */
  public static final class Builder<S extends Enum<S>> {
    private final String kind;
    private final Class<S> states;
    private final ImmutableTable.Builder<S, Action, S> table = ImmutableTable.builder();

    private Builder(String kind, Class<S> states) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.states = Objects.requireNonNull(states, "states");
    }

    /**
     * Declares a legal transition.
     *
     * @param from the state before
     * @param action the action
     * @param to the state after
     * @return this builder
     */
    public Builder<S> allow(S from, Action action, S to) {
      table.put(from, action, to);
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the state machine
     * @throws IllegalArgumentException if a (from, action) pair was declared twice
     */
    public StateMachine<S> build() {
      return new StateMachine<>(kind, states, table.buildOrThrow());
    }
  }
}
