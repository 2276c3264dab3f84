package io.rakor.benchmarks.lifecycle;

/**
 * The steps of one commitment's lifecycle, in order; each is one transaction. All commitments take
 * a step before any takes the next, as a monitoring year does: all are agreed at the meeting, work
 * starts, each cycle's reports come in, then completion is verified.
 */
public enum Stage {
  /** Proposed: the commitment is created (a process instance is started). */
  CREATE,
  /** Agreed by the meeting's chair. */
  AGREE,
  /** Work started by the lead unit. */
  START,
  /** The first cycle's progress report. */
  REPORT_1,
  /** The second cycle's progress report. */
  REPORT_2,
  /** The third cycle's progress report. */
  REPORT_3,
  /** Completion verified by the chair. */
  VERIFY;

  /**
   * The cycle a report stage reports on.
   *
   * @return 1 to 3, or 0 for a stage that is not a report
   */
  public int cycle() {
    return switch (this) {
      case REPORT_1 -> 1;
      case REPORT_2 -> 2;
      case REPORT_3 -> 3;
      default -> 0;
    };
  }
}
