package io.rakor.core.audit;

import io.rakor.core.audit.ChainVerification.Breach;
import java.util.List;
import java.util.Optional;

/**
 * Checks a hash-chained log and pinpoints the first entry that was altered, removed or reordered.
 *
 * <p>Entry {@code i} (from 0) of a whole log must have sequence {@code i + 1}, the previous hash of
 * entry {@code i - 1} (or {@link HashChain#GENESIS}), and the hash {@link HashChain#hash} gives for
 * its content. The first entry that fails is reported:
 *
 * <ul>
 *   <li>{@link Breach#ALTERED}: its stored hash is not the hash of what it holds, or it is in place
 *       but no longer links to the entry before (its link was rewritten);
 *   <li>{@link Breach#REMOVED}: its sequence jumps ahead and the missing numbers appear nowhere
 *       later; or, when the expected head is known, the log ends early;
 *   <li>{@link Breach#REORDERED}: its sequence is behind (a repeat) or ahead while the missing
 *       number appears later in the list.
 * </ul>
 *
 * <p>Removing the last entries cannot be seen from the entries alone; pass the head (last hash and
 * count) recorded elsewhere to {@link #verify(List, String, long)} to catch it. Stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class ChainVerifier {
  private ChainVerifier() {}

  /**
   * Verifies a whole log from its first entry.
   *
   * @param entries the entries, in the order read
   * @return the verification
   */
  public static ChainVerification verify(List<LogEntry> entries) {
    return verifySegment(entries, 1, HashChain.GENESIS);
  }

  /**
   * Verifies a whole log against the head recorded elsewhere, so a log cut short is caught too.
   *
   * @param entries the entries, in the order read
   * @param expectedHeadHash the hash of the last entry as recorded
   * @param expectedCount the number of entries as recorded
   * @return the verification
   */
  public static ChainVerification verify(
      List<LogEntry> entries, String expectedHeadHash, long expectedCount) {
    ChainVerification links = verify(entries);
    if (!links.intact()) {
      return links;
    }
    if (entries.size() < expectedCount) {
      return ChainVerification.broken(
          entries.size(),
          entries.size(),
          Breach.REMOVED,
          "is missing: the log ends after "
              + entries.size()
              + " of "
              + expectedCount
              + " recorded entries");
    }
    String head = entries.isEmpty() ? HashChain.GENESIS : entries.get(entries.size() - 1).hash();
    if (entries.size() > expectedCount || !head.equals(expectedHeadHash)) {
      return ChainVerification.broken(
          entries.size(),
          entries.size() - 1,
          Breach.ALTERED,
          "does not match the recorded head " + expectedHeadHash + " after " + expectedCount);
    }
    return links;
  }

  /**
   * Verifies a segment of a log that starts at a known sequence after a known hash.
   *
   * @param entries the entries, in the order read
   * @param firstSequence the sequence number the first entry must have
   * @param previousHash the hash of the entry before the segment, or {@link HashChain#GENESIS}
   * @return the verification; indexes are within {@code entries}
   */
  public static ChainVerification verifySegment(
      List<LogEntry> entries, long firstSequence, String previousHash) {
    String previous = previousHash;
    for (int i = 0; i < entries.size(); i++) {
      LogEntry entry = entries.get(i);
      long expected = firstSequence + i;
      if (entry.sequence() < expected) {
        return ChainVerification.broken(
            i,
            i,
            Breach.REORDERED,
            "has sequence " + entry.sequence() + " where " + expected + " was expected");
      }
      if (entry.sequence() > expected) {
        Breach breach = appearsLater(entries, i + 1, expected) ? Breach.REORDERED : Breach.REMOVED;
        return ChainVerification.broken(
            i,
            i,
            breach,
            "has sequence "
                + entry.sequence()
                + " where "
                + expected
                + " was expected"
                + (breach == Breach.REMOVED ? ": entry " + expected + " is missing" : ""));
      }
      if (!entry
          .hash()
          .equals(HashChain.hash(entry.sequence(), entry.previousHash(), entry.event()))) {
        return ChainVerification.broken(
            i, i, Breach.ALTERED, "(sequence " + expected + ") does not hash to its stored hash");
      }
      if (!entry.previousHash().equals(previous)) {
        return ChainVerification.broken(
            i,
            i,
            Breach.ALTERED,
            "(sequence " + expected + ") does not link to the entry before it");
      }
      previous = entry.hash();
    }
    return ChainVerification.ok(entries.size());
  }

  private static boolean appearsLater(List<LogEntry> entries, int from, long sequence) {
    return entries.subList(from, entries.size()).stream()
        .map(LogEntry::sequence)
        .anyMatch(s -> s == sequence);
  }

  /**
   * The head of a log: the hash of its last entry, to record beside the log.
   *
   * @param entries the entries
   * @return the last hash, or {@link HashChain#GENESIS} for an empty log
   */
  public static String head(List<LogEntry> entries) {
    return Optional.ofNullable(entries.isEmpty() ? null : entries.get(entries.size() - 1))
        .map(LogEntry::hash)
        .orElse(HashChain.GENESIS);
  }
}
