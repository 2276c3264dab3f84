package io.rakor.core.data;

/**
 * How an observation was collected. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum CollectionMethod {
  /** A sample survey, for example a national nutrition survey. */
  SURVEY,
  /** Administrative records, for example health-post registers. */
  ADMINISTRATIVE,
  /** A full count of the population. */
  CENSUS,
  /** A modelled or projected figure. */
  ESTIMATE,
  /** An automatic instrument, for example a rain gauge or water meter. */
  SENSOR,
  /** Anything else; say what in the source reference. */
  OTHER
}
