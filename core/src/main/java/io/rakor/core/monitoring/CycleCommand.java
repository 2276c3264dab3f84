package io.rakor.core.monitoring;

import io.rakor.core.workflow.Action;

/**
 * A request to move a {@link MonitoringCycle} through its lifecycle; carried out by {@link
 * CycleLifecycle}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface CycleCommand {
  /**
   * The action this command asks for.
   *
   * @return the action
   */
  Action action();

  /**
   * Close an open cycle to further reports; legal once its report deadline has passed.
   *
   * @return the command
   */
  static CycleCommand close() {
    return new Close();
  }

  /**
   * Mark a closed cycle as evaluated (a change of the cycle's state; computing the health of its
   * commitments is {@link MonitoringEvaluator}'s job).
   *
   * @return the command
   */
  static CycleCommand markEvaluated() {
    return new MarkEvaluated();
  }

  /** Close the cycle. */
  record Close() implements CycleCommand {
    @Override
    public Action action() {
      return Action.CLOSE_CYCLE;
    }
  }

  /** Record the evaluation. */
  record MarkEvaluated() implements CycleCommand {
    @Override
    public Action action() {
      return Action.EVALUATE_CYCLE;
    }
  }
}
