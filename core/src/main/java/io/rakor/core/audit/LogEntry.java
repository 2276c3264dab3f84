package io.rakor.core.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import io.rakor.core.workflow.DomainEvent;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One entry of a hash-chained, append-only event log: its sequence number, the event, the hash of
 * the entry before and its own hash. Made by {@link HashChain}, checked by {@link ChainVerifier}.
 *
 * <p>Invariants, checked when built: the sequence is at least 1; both hashes are 64 lower-case hex
 * digits (SHA-256). Whether the hashes are <em>right</em> is the verifier's business, so that a
 * tampered entry read back from a store can still be represented and pinpointed. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLogEntry.class)
@JsonDeserialize(as = ImmutableLogEntry.class)
public abstract class LogEntry implements WithLogEntry {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  LogEntry() {}

  /**
   * Starts building an entry; use {@link HashChain} to make correct ones.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link LogEntry} values, checking every invariant in {@link #build()}. Obtained from
   * {@link LogEntry#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableLogEntry.Builder {
    Builder() {}
  }

  /**
   * The entry's position in the log, from 1.
   *
   * @return the sequence number
   */
  public abstract long sequence();

  /**
   * The event recorded.
   *
   * @return the event
   */
  public abstract DomainEvent event();

  /**
   * The hash of the entry before, or {@link HashChain#GENESIS} for the first entry.
   *
   * @return 64 hex digits
   */
  public abstract String previousHash();

  /**
   * This entry's hash: SHA-256 over the sequence, the previous hash and the event's canonical bytes
   * (see {@link HashChain#hash(long, String, DomainEvent)}).
   *
   * @return 64 hex digits
   */
  public abstract String hash();

  @Value.Check
  void check() {
    Checker.of("LogEntry")
        .require(sequence() >= 1, "sequence", sequence(), "must be at least 1")
        .require(
            SHA256_HEX.matcher(previousHash()).matches(),
            "previousHash",
            previousHash(),
            "must be 64 lower-case hex digits")
        .require(
            SHA256_HEX.matcher(hash()).matches(),
            "hash",
            hash(),
            "must be 64 lower-case hex digits")
        .done();
  }
}
