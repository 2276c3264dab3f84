package io.rakor.core.indicators;

/**
 * Where an {@link Indicator} sits in the results chain of a results framework (a logical framework,
 * IATI's {@code result/@type}): what goes in, what is produced, what changes for people, and the
 * long-term change. JSON uses the constant names.
 *
 * @since 0.2
 */
public enum IndicatorType {
  /** What goes in: funds spent, staff trained, supplies delivered. */
  INPUT,
  /** What is produced: posyandu sessions held, children weighed, latrines built. */
  OUTPUT,
  /** What changes for people: households using a latrine, children fully immunised. */
  OUTCOME,
  /** The long-term change the outcomes serve: stunting prevalence, infant mortality. */
  IMPACT
}
