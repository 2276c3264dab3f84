package io.rakor.reports.matrix;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.Directory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a follow-up matrix shows: the commitments (one row each, in the order given), the names of
 * their units and priorities, their indicators, and the evaluations of the monitoring cycles (in
 * cycle order; the last gives each row its health, reason and last reported progress, and each
 * gives a monitoring sheet). Only values: never a store. Immutable and thread-safe.
 *
 * <pre>{@code
 * RtlMatrix matrix = RtlMatrix.of(commitments)
 *     .withDirectory(Directory.of(units, priorities))
 *     .withIndicators(indicators)
 *     .withEvaluations(List.of(january, february));
 * }</pre>
 *
 * @since 0.1
 */
public final class RtlMatrix {
  private final ImmutableList<Commitment> commitments;
  private final Directory directory;
  private final ImmutableMap<IndicatorId, Indicator> indicators;
  private final ImmutableList<CycleEvaluation> evaluations;

  private RtlMatrix(
      ImmutableList<Commitment> commitments,
      Directory directory,
      ImmutableMap<IndicatorId, Indicator> indicators,
      ImmutableList<CycleEvaluation> evaluations) {
    this.commitments = commitments;
    this.directory = directory;
    this.indicators = indicators;
    this.evaluations = evaluations;
  }

  /**
   * A commitment as a matrix carries it: what an export followed by an import gives back. The
   * matrix has the columns of a district's follow-up matrix; it does not carry co-leads, partners,
   * plan references, legal instruments, the periods and disaggregations of targets (a target shows
   * its total by its end date; of two targets that differ only in those, the first is kept) or the
   * meetings that fulfil milestones.
   *
   * @param commitment the commitment
   * @return the commitment without what the matrix does not carry; the same commitment if it has
   *     none of it
   * @since 0.2
   */
  public static Commitment carried(Commitment commitment) {
    Map<List<Object>, Target> targets = new LinkedHashMap<>();
    for (Target t : commitment.targets()) {
      targets.putIfAbsent(
          List.of(t.indicator(), t.by()),
          t.withStart(Optional.empty()).withDisaggregation(Disaggregation.TOTAL));
    }
    List<Milestone> milestones = new ArrayList<>();
    for (Milestone m : commitment.milestones()) {
      milestones.add(m.withFulfilledBy(Optional.empty()));
    }
    return commitment
        .withCoLeads()
        .withPartners()
        .withPlanReferences()
        .withLegalBasis()
        .withOutput(Optional.empty())
        .withTargets(targets.values())
        .withMilestones(milestones);
  }

  /**
   * A matrix of commitments, with no names (units and priorities shown by id), no indicators and no
   * evaluation.
   *
   * @param commitments the commitments, one row each, in this order
   * @return the matrix
   * @throws RakorValidationException if the list or an element is null, or two commitments share an
   *     id
   */
  public static RtlMatrix of(Collection<Commitment> commitments) {
    if (commitments == null || commitments.stream().anyMatch(Objects::isNull)) {
      throw new RakorValidationException(
          Violation.of("RtlMatrix", "commitments", commitments, "must be a list without nulls"));
    }
    Map<Object, Commitment> seen = new LinkedHashMap<>();
    for (Commitment c : commitments) {
      if (seen.put(c.id(), c) != null) {
        throw new RakorValidationException(
            Violation.of("RtlMatrix", "commitments", c.id(), "must not hold an id twice"));
      }
    }
    return new RtlMatrix(
        ImmutableList.copyOf(commitments),
        Directory.empty(),
        ImmutableMap.of(),
        ImmutableList.of());
  }

  /**
   * This matrix with the names of units and priorities.
   *
   * @param directory the names
   * @return the new matrix
   */
  public RtlMatrix withDirectory(Directory directory) {
    return new RtlMatrix(
        commitments, Objects.requireNonNull(directory, "directory"), indicators, evaluations);
  }

  /**
   * This matrix with the indicators its targets measure, so that each target is shown with the
   * indicator's name and unit of measure.
   *
   * @param indicators the indicators
   * @return the new matrix
   */
  public RtlMatrix withIndicators(Collection<Indicator> indicators) {
    Map<IndicatorId, Indicator> byId = new LinkedHashMap<>();
    Objects.requireNonNull(indicators, "indicators").forEach(i -> byId.put(i.id(), i));
    return new RtlMatrix(commitments, directory, ImmutableMap.copyOf(byId), evaluations);
  }

  /**
   * This matrix with the evaluations of monitoring cycles, oldest first.
   *
   * @param evaluations the evaluations, in cycle order
   * @return the new matrix
   */
  public RtlMatrix withEvaluations(List<CycleEvaluation> evaluations) {
    return new RtlMatrix(commitments, directory, indicators, ImmutableList.copyOf(evaluations));
  }

  /**
   * The commitments, one row each.
   *
   * @return the commitments
   */
  public ImmutableList<Commitment> commitments() {
    return commitments;
  }

  /**
   * The names of units and priorities.
   *
   * @return the directory
   */
  public Directory directory() {
    return directory;
  }

  /**
   * The indicators, by id.
   *
   * @return the indicators
   */
  public ImmutableMap<IndicatorId, Indicator> indicators() {
    return indicators;
  }

  /**
   * The evaluations, oldest first.
   *
   * @return the evaluations
   */
  public ImmutableList<CycleEvaluation> evaluations() {
    return evaluations;
  }

  /**
   * The latest evaluation, which gives the matrix its health column.
   *
   * @return the last evaluation, or empty if there is none
   */
  public Optional<CycleEvaluation> latest() {
    return evaluations.isEmpty()
        ? Optional.empty()
        : Optional.of(evaluations.get(evaluations.size() - 1));
  }
}
