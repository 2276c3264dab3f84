package io.rakor.persistence.integrity;

import java.util.Objects;

/**
 * One thing {@link StoreVerifier} found wrong with a store, named by kind and id: for an aggregate,
 * its kind's name ({@code "commitment"}) and id text; for the event log, the kind {@value #LOG} and
 * the sequence number of the entry. Immutable and thread-safe.
 *
 * @param type what is wrong
 * @param kind the aggregate kind's name, or {@value #LOG}
 * @param id the aggregate's id text, or the entry's sequence number
 * @param explanation what was found, in words
 * @since 0.1
 */
public record Mismatch(Type type, String kind, String id, String explanation) {
  /** The {@link #kind()} of a mismatch in the event log. */
  public static final String LOG = "log";

  /**
   * What is wrong.
   *
   * @since 0.1
   */
  public enum Type {
    /**
     * The hash chain breaks at this entry: altered, removed or reordered (see {@link
     * io.rakor.core.audit.ChainVerifier}). Only the first break is reported.
     */
    CHAIN_BROKEN,
    /**
     * The head of the log disagrees with the entries: {@code lastEvent()} is not the last entry
     * read, or the head the store records apart from the entries (if it records one) names another
     * entry, as when the end of the log was cut off.
     */
    HEAD_MISMATCH,
    /**
     * The store failed to read an aggregate or the log (a row it cannot parse, a damaged file);
     * what follows it in that kind or in the log was not checked.
     */
    UNREADABLE,
    /** An event's subject kind names no aggregate kind, so it explains nothing. */
    UNKNOWN_SUBJECT,
    /** The aggregate's version is higher than its events explain: versions without events. */
    VERSION_NOT_EXPLAINED,
    /** The log names the aggregate in more events than it has versions: versions are missing. */
    VERSION_BEHIND_LOG,
    /** The log names an aggregate that the store does not hold. */
    AGGREGATE_MISSING
  }

  /**
   * Creates a mismatch.
   *
   * @throws NullPointerException if any argument is null
   */
  public Mismatch {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Returns {@code TYPE kind id: explanation}. */
  @Override
  public String toString() {
    return type + " " + kind + " " + id + ": " + explanation;
  }
}
