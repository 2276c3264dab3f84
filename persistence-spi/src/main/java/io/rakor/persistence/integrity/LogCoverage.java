package io.rakor.persistence.integrity;

/**
 * How completely the event log must explain the stored aggregates, for {@link StoreVerifier}.
 *
 * <p>An event <em>names</em> an aggregate through its subject: {@link
 * io.rakor.core.workflow.DomainEvent#subjectKind()} is the simple name of the aggregate kind's
 * value type ({@code "Commitment"}, {@code "MonitoringCycle"}, {@code "ResponsibleUnit"}, ...; see
 * {@link io.rakor.persistence.AggregateKind#valueType()}) and {@link
 * io.rakor.core.workflow.DomainEvent#subjectId()} is the aggregate's id text ({@link
 * io.rakor.persistence.AggregateKind#idText(Object)}). The coordination service saves an aggregate
 * once per event it appends about it, in the same transaction, so for an aggregate at version
 * {@code v} named by {@code n} events of the log:
 *
 * <ul>
 *   <li>{@link #EVERY_VERSION}: {@code n == v}. Every version has its event, creation included. The
 *       default: what the coordination service writes.
 *   <li>{@link #EVERY_CHANGE}: {@code n == v} or {@code n == v - 1}. Every change has its event,
 *       but the first version may have none: for stores written before the coordination service
 *       logged creations.
 *   <li>{@link #NONE}: not checked; only the hash chain, the head and that everything can be read.
 *       For stores written through {@link io.rakor.persistence.RakorStore#save} directly, without
 *       the coordination service.
 * </ul>
 *
 * <p>Under {@link #EVERY_VERSION} and {@link #EVERY_CHANGE} every event must name an aggregate of a
 * known kind that the store holds. Events that name an aggregate of another kind count for nothing
 * and are reported.
 *
 * @since 0.1
 */
public enum LogCoverage {
  /** Every version of every aggregate has its event: {@code n == v}. */
  EVERY_VERSION,
  /** Every version but the first has its event: {@code n == v} or {@code n == v - 1}. */
  EVERY_CHANGE,
  /** The log is not compared with the aggregates. */
  NONE;

  /**
   * Whether {@code events} events explain an aggregate at {@code version}.
   *
   * @param version the aggregate's version, at least 1
   * @param events how many events name it
   * @return true if this coverage is met (always, for {@link #NONE})
   */
  public boolean explains(long version, long events) {
    return switch (this) {
      case EVERY_VERSION -> events == version;
      case EVERY_CHANGE -> events == version || events == version - 1;
      case NONE -> true;
    };
  }
}
