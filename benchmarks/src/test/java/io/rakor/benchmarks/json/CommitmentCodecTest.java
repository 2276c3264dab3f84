package io.rakor.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import io.rakor.testkit.RakorGen;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline codec and RakorJson agree on the benchmark's data, so the benchmark is fair. */
class CommitmentCodecTest {
  private final CommitmentCodec codec = new CommitmentCodec();

  @Test
  void bothRoundTripThePortfolioAndWriteTheSameText() {
    List<Commitment> portfolio = RegencyCommitments.commitments(RegencyCommitments.SEED, 1000);
    assertThat(portfolio).hasSize(1000);

    String hand = codec.encode(portfolio);
    String rakor = RakorJson.writeListDocument(portfolio, Commitment.class);

    assertThat(hand).isEqualTo(rakor);
    assertThat(codec.decode(hand)).isEqualTo(portfolio);
    assertThat(RakorJson.readListDocument(rakor, Commitment.class)).isEqualTo(portfolio);
    // the portfolio exercises the optional fields, not only the required ones
    assertThat(portfolio).anyMatch(c -> !c.fundingLines().isEmpty());
    assertThat(portfolio).anyMatch(c -> !c.targets().isEmpty());
    assertThat(portfolio).anyMatch(c -> !c.milestones().isEmpty());
  }

  @Test
  void theSamePortfolioForTheSameSeed() {
    assertThat(RegencyCommitments.commitments(7, 20))
        .isEqualTo(RegencyCommitments.commitments(7, 20));
  }

  @Test
  void bothAgreeOnEveryGeneratedCommitment() {
    qt().withExamples(500)
        .forAll(RakorGen.commitments())
        .checkAssert(
            c -> {
              String hand = codec.encode(List.of(c));
              assertThat(hand).isEqualTo(RakorJson.writeListDocument(List.of(c), Commitment.class));
              assertThat(codec.decode(hand)).containsExactly(c);
              assertThat(RakorJson.readListDocument(hand, Commitment.class)).containsExactly(c);
            });
  }
}
