package io.rakor.benchmarks.json;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON encode and decode of a seeded 1,000-commitment portfolio: {@code RakorJson} list documents
 * against the hand-written streaming {@link CommitmentCodec} of the same data, in the same run.
 * Both sides read and write the same text; the ratio {@code hand / rakor} of throughputs is the
 * price of RakorJson's generality, strictness and error paths.
 *
 * <pre>
 * mvn -B -ntp -o -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar JsonBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class JsonBenchmark {
  /** The number of commitments in the portfolio. */
  @Param("1000")
  public int commitments;

  private final CommitmentCodec codec = new CommitmentCodec();
  private List<Commitment> portfolio;
  private String json;

  /**
   * Builds the portfolio and its JSON once, and checks that both codecs agree on it.
   *
   * @throws IllegalStateException if the codecs disagree, so nothing false is measured
   */
  @Setup
  public void setUp() {
    portfolio = RegencyCommitments.commitments(RegencyCommitments.SEED, commitments);
    json = RakorJson.writeListDocument(portfolio, Commitment.class);
    if (!json.equals(codec.encode(portfolio))
        || !codec.decode(json).equals(portfolio)
        || !RakorJson.readListDocument(json, Commitment.class).equals(portfolio)) {
      throw new IllegalStateException("RakorJson and the hand codec disagree on the portfolio");
    }
  }

  /**
   * Encodes the portfolio with RakorJson.
   *
   * @return the JSON text
   */
  @Benchmark
  public String rakorEncode() {
    return RakorJson.writeListDocument(portfolio, Commitment.class);
  }

  /**
   * Encodes the portfolio with the hand-written codec (the baseline).
   *
   * @return the JSON text
   */
  @Benchmark
  public String handEncode() {
    return codec.encode(portfolio);
  }

  /**
   * Decodes the portfolio with RakorJson.
   *
   * @return the commitments
   */
  @Benchmark
  public List<Commitment> rakorDecode() {
    return RakorJson.readListDocument(json, Commitment.class);
  }

  /**
   * Decodes the portfolio with the hand-written codec (the baseline).
   *
   * @return the commitments
   */
  @Benchmark
  public List<Commitment> handDecode() {
    return codec.decode(json);
  }
}
