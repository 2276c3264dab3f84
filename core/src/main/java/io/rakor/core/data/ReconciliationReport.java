package io.rakor.core.data;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything a reconciliation found, held in memory: for inputs small enough to hold. For large
 * inputs, stream into a {@link ReconciliationSink} instead.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReconciliationReport.class)
@JsonDeserialize(as = ImmutableReconciliationReport.class)
public abstract class ReconciliationReport implements WithReconciliationReport {
  ReconciliationReport() {}

  /**
   * Starts building a report. Usually the {@link DataReconciler} builds them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ReconciliationReport} values, checking every invariant in {@link #build()}.
   * Obtained from {@link ReconciliationReport#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableReconciliationReport.Builder {
    Builder() {}
  }

  /**
   * How many observations were read.
   *
   * @return the count
   */
  public abstract long observationsRead();

  /**
   * One reconciliation per key, in key order.
   *
   * @return the reconciliations
   */
  public abstract List<Reconciliation> reconciliations();

  /**
   * The discrepancies, in key order.
   *
   * @return the discrepancies
   */
  public abstract List<Discrepancy> discrepancies();

  /**
   * The gaps, in key order.
   *
   * @return the gaps
   */
  public abstract List<Gap> gaps();

  /**
   * The roll-up mismatches.
   *
   * @return the mismatches
   */
  public abstract List<RollUpMismatch> rollUpMismatches();

  /**
   * The figures built from their parts, in the order their subtrees completed (children before
   * parents).
   *
   * @return the roll-ups
   * @since 0.2
   */
  public abstract List<RollUp> rollUps();

  /**
   * The parts of populations that do not add up to their groups.
   *
   * @return the mismatches
   * @since 0.2
   */
  public abstract List<DisaggregationMismatch> disaggregationMismatches();
}
