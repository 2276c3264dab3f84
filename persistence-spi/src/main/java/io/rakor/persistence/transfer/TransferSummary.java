package io.rakor.persistence.transfer;

import io.rakor.core.audit.HashChain;
import java.util.Objects;

/**
 * What an export, a check, an import or a copy moved: how many aggregates and log entries, and the
 * hash of the log's last entry. Immutable and thread-safe.
 *
 * @param aggregates how many aggregates, of every kind
 * @param events how many log entries
 * @param lastHash the hash of the last log entry, {@link HashChain#GENESIS} for an empty log
 * @since 0.1
 */
public record TransferSummary(long aggregates, long events, String lastHash) {
  /**
   * Creates a summary.
   *
   * @throws IllegalArgumentException if a count is negative
   * @throws NullPointerException if the hash is null
   */
  public TransferSummary {
    Objects.requireNonNull(lastHash, "lastHash");
    if (aggregates < 0 || events < 0) {
      throw new IllegalArgumentException("counts are at least 0");
    }
  }
}
