package io.rakor.core.monitoring;

/**
 * How far a milestone has got, graded the way open-government action plans report their
 * commitments' completion (not started, limited, substantial, complete), beside the plain done or
 * not done of a {@link MilestoneCompletion}. Each grade maps to a documented progress, {@link
 * #progressPercent()}. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum CompletionGrade {
  /** No work has started: 0%. */
  NOT_STARTED(0),
  /** Some work, less than half: 25%. */
  LIMITED(25),
  /** Most of the work, not all: 75%. */
  SUBSTANTIAL(75),
  /** Done: 100%. */
  COMPLETE(100);

  private final double progressPercent;

  CompletionGrade(double progressPercent) {
    this.progressPercent = progressPercent;
  }

  /**
   * The progress the grade stands for: 0, 25, 75 or 100 percent.
   *
   * @return the progress in percent
   */
  public double progressPercent() {
    return progressPercent;
  }
}
