package io.rakor.benchmarks.lifecycle;

import java.util.Map;

/**
 * Something that runs the lifecycle of commitments one step (one transaction) at a time: Rakor's
 * coordination service on a store, or a BPMN process in Flowable. Safe to call from several threads
 * at once for different commitments.
 */
public interface LifecycleEngine extends AutoCloseable {
  /**
   * Takes one step of one commitment's lifecycle, in its own transaction.
   *
   * @param stage the step
   * @param index the commitment, from 0 to the workload's size
   */
  void step(Stage stage, int index);

  /**
   * Where every commitment ended, in the terms both engines share: its id mapped to its state (see
   * {@link LifecycleWorkload#state}).
   *
   * @return the states by commitment id
   */
  Map<String, String> states();

  @Override
  void close();
}
