package io.rakor.testkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.overlaps.AreaMatching;
import io.rakor.core.overlaps.AreaRelation;
import io.rakor.core.overlaps.FundingOverlap;
import io.rakor.core.overlaps.Overlap;
import io.rakor.core.overlaps.OverlapCluster;
import io.rakor.core.overlaps.OverlapFinder;
import io.rakor.core.overlaps.OverlapReport;
import io.rakor.core.overlaps.OverlapRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The indexed overlap finder against a brute-force, all-pairs oracle on small portfolios. */
class OverlapFinderProperties {
  private static final int EXAMPLES = 400;

  /** The rules, restated as simply as possible, independently of the library's code. */
  static boolean bruteForceOverlap(Commitment a, Commitment b, OverlapRules rules) {
    if (a.lead().equals(b.lead())
        || rules.excludedStatuses().contains(a.status())
        || rules.excludedStatuses().contains(b.status())) {
      return false;
    }
    String x = a.area().code();
    String y = b.area().code();
    boolean sameArea =
        switch (rules.areaMatching()) {
          case EXACT -> x.equals(y);
          case NESTED -> x.equals(y) || x.startsWith(y + ".") || y.startsWith(x + ".");
          case SAME_ROOT -> x.split("\\.")[0].equals(y.split("\\.")[0]);
        };
    for (AreaRelation r : rules.relatedAreas()) {
      String one = r.area().code();
      String other = r.relatedArea().code();
      sameArea |= (within(x, one) && within(y, other)) || (within(y, one) && within(x, other));
    }
    boolean samePlace = false;
    for (JurisdictionCode p : a.scope()) {
      for (JurisdictionCode q : b.scope()) {
        String s = p.value();
        String t = q.value();
        samePlace |= s.equals(t) || s.startsWith(t + ".") || t.startsWith(s + ".");
      }
    }
    boolean sameTime = !a.start().isAfter(b.due()) && !b.start().isAfter(a.due());
    return sameArea && samePlace && sameTime;
  }

  private static boolean within(String area, String of) {
    return area.equals(of) || area.startsWith(of + ".");
  }

  /**
   * Possible double funding, restated: the years and currencies both have lines for, of the years
   * the window in common touches.
   */
  static Set<String> bruteForceFundingOverlaps(Commitment a, Commitment b) {
    LocalDate from = a.start().isAfter(b.start()) ? a.start() : b.start();
    LocalDate to = a.due().isBefore(b.due()) ? a.due() : b.due();
    Set<String> found = new TreeSet<>();
    for (FundingLine x : a.fundingLines()) {
      for (FundingLine y : b.fundingLines()) {
        if (x.fiscalYear() == y.fiscalYear()
            && x.currency().equals(y.currency())
            && x.fiscalYear() >= from.getYear()
            && x.fiscalYear() <= to.getYear()) {
          found.add(x.fiscalYear() + " " + x.currency());
        }
      }
    }
    return found;
  }

  static Set<String> oraclePairs(List<Commitment> portfolio, OverlapRules rules) {
    Set<String> pairs = new TreeSet<>();
    for (int i = 0; i < portfolio.size(); i++) {
      for (int j = i + 1; j < portfolio.size(); j++) {
        Commitment a = portfolio.get(i);
        Commitment b = portfolio.get(j);
        if (bruteForceOverlap(a, b, rules)) {
          pairs.add(pairKey(a.id(), b.id()));
        }
      }
    }
    return pairs;
  }

  static String pairKey(CommitmentId a, CommitmentId b) {
    return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
  }

  static OverlapRules rules(AreaMatching matching) {
    return OverlapRules.builder().areaMatching(matching).build();
  }

  @Test
  void theIndexedFinderReturnsExactlyWhatTheAllPairsCheckReturns() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.overlapPronePortfolios(30), Generate.enumValues(AreaMatching.class))
        .checkAssert(
            (portfolio, matching) -> {
              OverlapFinder finder = OverlapFinder.of(rules(matching));
              OverlapReport report = finder.find(portfolio);
              Set<String> found = new TreeSet<>();
              for (Overlap o : report.pairs()) {
                found.add(pairKey(o.first(), o.second()));
              }
              assertThat(found).isEqualTo(oraclePairs(portfolio, finder.rules()));
              assertThat(report.totalPairs()).isEqualTo(found.size());
              assertThat(report.pairs()).isSortedAccordingTo(Overlap.STRONGEST_FIRST);
            });
  }

  @Test
  void possibleDoubleFundingIsFlaggedExactlyWhenBothHaveMoneyForAYearOfTheWindowAndRaises() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.overlapPronePortfolios(20))
        .checkAssert(
            portfolio -> {
              OverlapFinder finder = OverlapFinder.defaults();
              Map<String, Commitment> byId = new HashMap<>();
              portfolio.forEach(c -> byId.put(c.id().value(), c));
              for (Overlap o : finder.find(portfolio).pairs()) {
                Commitment a = byId.get(o.first().value());
                Commitment b = byId.get(o.second().value());
                Set<String> flagged = new TreeSet<>();
                for (FundingOverlap f : o.fundingOverlaps()) {
                  flagged.add(f.fiscalYear() + " " + f.currency());
                  assertThat(f.firstAmount())
                      .isEqualByComparingTo(sum(a, f.fiscalYear()))
                      .isPositive();
                  assertThat(f.secondAmount()).isEqualByComparingTo(sum(b, f.fiscalYear()));
                  assertThat(o.explanation()).contains(f.describe());
                }
                assertThat(flagged).isEqualTo(bruteForceFundingOverlaps(a, b));
                double unfunded =
                    finder
                        .compare(a.withFundingLines(List.of()), b.withFundingLines(List.of()))
                        .orElseThrow()
                        .strength();
                assertThat(o.strength()).isBetween(unfunded, 1.0);
                if (o.possibleDoubleFunding() && unfunded < 1) {
                  assertThat(o.strength()).isGreaterThan(unfunded);
                }
              }
            });
  }

  private static BigDecimal sum(Commitment c, int year) {
    return c.fundingLines().stream()
        .filter(l -> l.fiscalYear() == year)
        .map(FundingLine::allocation)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void theIndexedFinderAgreesWithItsOwnPairwiseRuleOnEveryPair() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.overlapPronePortfolios(20))
        .checkAssert(
            portfolio -> {
              OverlapFinder finder = OverlapFinder.defaults();
              Set<Overlap> allPairs = new HashSet<>();
              for (int i = 0; i < portfolio.size(); i++) {
                for (int j = i + 1; j < portfolio.size(); j++) {
                  finder.compare(portfolio.get(i), portfolio.get(j)).ifPresent(allPairs::add);
                }
              }
              assertThat(new HashSet<>(finder.find(portfolio).pairs())).isEqualTo(allPairs);
            });
  }

  @Test
  void clustersAreTheConnectedComponentsOfTheOraclePairs() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.overlapPronePortfolios(30))
        .checkAssert(
            portfolio -> {
              OverlapRules rules = OverlapRules.defaults();
              Map<String, Set<String>> edges = new HashMap<>();
              for (String pair : oraclePairs(portfolio, rules)) {
                String[] ends = pair.split("-");
                edges.computeIfAbsent(ends[0], k -> new TreeSet<>()).add(ends[1]);
                edges.computeIfAbsent(ends[1], k -> new TreeSet<>()).add(ends[0]);
              }
              Set<Set<String>> components = new HashSet<>();
              Set<String> visited = new HashSet<>();
              for (String start : edges.keySet()) {
                if (visited.add(start)) {
                  Set<String> component = new TreeSet<>();
                  List<String> todo = new ArrayList<>(List.of(start));
                  while (!todo.isEmpty()) {
                    String n = todo.remove(todo.size() - 1);
                    component.add(n);
                    for (String m : edges.get(n)) {
                      if (visited.add(m)) {
                        todo.add(m);
                      }
                    }
                  }
                  components.add(component);
                }
              }
              Set<Set<String>> clusters = new HashSet<>();
              for (OverlapCluster c : OverlapFinder.of(rules).find(portfolio).clusters()) {
                Set<String> ids = new TreeSet<>();
                c.commitments().forEach(id -> ids.add(id.value()));
                clusters.add(ids);
              }
              assertThat(clusters).isEqualTo(components);
            });
  }

  @Test
  void theReportDoesNotDependOnTheOrderOfThePortfolio() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.overlapPronePortfolios(30), longs().all())
        .checkAssert(
            (portfolio, seed) -> {
              List<Commitment> shuffled = new ArrayList<>(portfolio);
              Collections.shuffle(shuffled, new Random(seed));
              OverlapFinder finder = OverlapFinder.defaults();
              assertThat(finder.find(shuffled)).isEqualTo(finder.find(portfolio));
            });
  }

  @Test
  void aCapKeepsAPrefixOfTheFullRankingAndExactTotals() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.overlapPronePortfolios(30), Generate.range(1, 5))
        .checkAssert(
            (portfolio, cap) -> {
              OverlapReport all = OverlapFinder.defaults().find(portfolio);
              OverlapReport capped =
                  OverlapFinder.of(OverlapRules.builder().maxReportedPairs(cap).build())
                      .find(portfolio);
              assertThat(capped.totalPairs()).isEqualTo(all.totalPairs());
              assertThat(capped.clusters()).isEqualTo(all.clusters());
              assertThat(capped.pairs())
                  .isEqualTo(all.pairs().subList(0, Math.min(cap, all.pairs().size())));
            });
  }
}
