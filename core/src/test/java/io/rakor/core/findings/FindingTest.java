package io.rakor.core.findings;

import static io.rakor.core.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {
  static Finding.Builder gap(String title, double score) {
    return Finding.builder()
        .kind(FindingKind.DATA_GAP)
        .title(title)
        .explanation("No source reported it")
        .suggestedAction("Ask for it")
        .score(score);
  }

  @Test
  void aScoreIsFromZeroToOneInclusive() {
    assertThat(gap("none", 0).build().score()).isZero();
    assertThat(gap("all", 1).build().score()).isEqualTo(1);

    Violation below = assertRejected(() -> gap("below", -0.001).build(), "Finding", "score");
    assertThat(below.rule()).isEqualTo("must be in [0, 1]");
    assertRejected(() -> gap("above", 1.001).build(), "Finding", "score");
  }

  @Test
  void materialListsItsFindingsInRankOrder() {
    Finding high = gap("high", 0.9).build();
    Finding low = gap("low", 0.1).build();
    Finding lowAgain = gap("low", 0.1).explanation("Reported twice").build();

    AgendaMaterial ties =
        AgendaMaterial.builder().findings(List.of(high, low, lowAgain)).omitted(0).build();
    assertThat(ties.findings()).containsExactly(high, low, lowAgain);

    Violation reversed =
        assertRejected(
            () -> AgendaMaterial.builder().findings(List.of(low, high)).omitted(0).build(),
            "AgendaMaterial",
            "findings[1]");
    assertThat(reversed.rule()).isEqualTo("must not rank above the finding before it");
    assertThat(reversed.value()).isEqualTo("high");
    assertRejected(
        () -> AgendaMaterial.builder().findings(List.of(high)).omitted(-1).build(),
        "AgendaMaterial",
        "omitted");
  }
}
