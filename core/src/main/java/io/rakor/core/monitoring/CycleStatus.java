package io.rakor.core.monitoring;

/**
 * Where a {@link MonitoringCycle} is in its life. The legal moves between these are the workflow's
 * business; here the states just exist. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum CycleStatus {
  /** Accepting progress reports. */
  OPEN,
  /** No longer accepting reports; not yet evaluated. */
  CLOSED,
  /** Evaluated. */
  EVALUATED
}
