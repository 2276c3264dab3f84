package io.rakor.benchmarks.jdbc;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import io.rakor.persistence.CommitmentQuery;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The queries both query benchmarks (PostgreSQL and the H2 file) time, picked from the base
 * commitments the stores are filled from: the busiest lead's, the busiest supporter's, one
 * sub-district's in progress, a month of due dates, and the busiest lead's within a year.
 */
final class CommitmentQueries {
  /** The busiest lead's commitment due first: the one the other queries are picked around. */
  final Commitment sample;

  final CommitmentQuery byLead;
  final CommitmentQuery involving;
  final CommitmentQuery withinSubDistrictInProgress;
  final CommitmentQuery dueInAMonth;
  final CommitmentQuery byLeadDueInAYear;

  CommitmentQueries(List<Commitment> base) {
    sample = mostCommon(base, Commitment::lead);
    UnitId lead = sample.lead();
    UnitId supporter =
        base.stream()
            .flatMap(c -> c.supporters().stream())
            .collect(Collectors.groupingBy(u -> u, Collectors.counting()))
            .entrySet()
            .stream()
            .max(Map.Entry.comparingByValue())
            .orElseThrow()
            .getKey();
    List<JurisdictionCode> ancestors = sample.scope().get(0).ancestors();
    JurisdictionCode subDistrict = ancestors.get(ancestors.size() - 1);
    LocalDate due = sample.due();
    byLead = CommitmentQuery.builder().lead(lead).build();
    involving = CommitmentQuery.builder().involving(supporter).build();
    withinSubDistrictInProgress =
        CommitmentQuery.builder()
            .within(subDistrict)
            .addStatuses(CommitmentStatus.IN_PROGRESS, CommitmentStatus.AGREED)
            .build();
    dueInAMonth = CommitmentQuery.builder().dueOnOrAfter(due).dueBefore(due.plusMonths(1)).build();
    byLeadDueInAYear =
        CommitmentQuery.builder()
            .lead(lead)
            .dueOnOrAfter(due.minusMonths(6))
            .dueBefore(due.plusMonths(6))
            .build();
  }

  /** The commitment in the middle of the store's order of {@code all}: a deep page starts there. */
  static Commitment middle(List<Commitment> all) {
    return all.stream().sorted(CommitmentQuery.ORDER).toList().get(all.size() / 2);
  }

  private static <K> Commitment mostCommon(List<Commitment> all, Function<Commitment, K> key) {
    Map<K, Long> counts = all.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    K top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return all.stream()
        .filter(c -> key.apply(c).equals(top))
        .min(Comparator.comparing(Commitment::due))
        .orElseThrow();
  }
}
