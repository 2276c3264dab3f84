package io.rakor.core.json;

import io.rakor.core.commitments.Commitment;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Iterator;
import java.util.List;

/**
 * Reads large documents, one after the other, and prints what became of each: run by {@link
 * RakorJsonMemoryBoundTest} in a JVM of its own with a small heap. An {@link Error}, such as
 * running out of memory, ends it with a stack trace and a non-zero exit status.
 */
final class ReadLargeDocuments {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ReadLargeDocuments() {}

  /**
   * Reads the named documents.
   *
   * @param names {@code maximal}, {@code maximal-early} (as characters), {@code maximal-bytes} (as
   *     UTF-8 bytes), {@code million-supporters}
   */
  public static void main(String[] names) {
    for (String name : names) {
      long start = System.nanoTime();
      long cpu = THREADS.getCurrentThreadCpuTime();
      String outcome;
      try {
        List<Commitment> read = read(name);
        long supporters = read.stream().mapToLong(c -> c.supporters().size()).sum();
        long characters = read.stream().mapToLong(c -> c.action().length()).sum();
        outcome =
            "accepted "
                + read.size()
                + " commitments, "
                + supporters
                + " supporters, "
                + characters
                + " characters of actions"
                + (name.startsWith("maximal") && whole(name, read.size(), supporters, characters)
                    ? ": the whole document"
                    : "");
      } catch (RakorJsonException e) {
        outcome = "rejected " + e.kind() + " at " + e.path();
      }
      System.out.println(
          name
              + ": "
              + outcome
              + " in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms ("
              + (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000
              + " ms of CPU)");
    }
  }

  /** Whether what was read is all the maximal document holds. */
  private static boolean whole(String name, int commitments, long supporters, long characters) {
    List<LargeDocuments.Part> parts = LargeDocuments.maximalParts(name.endsWith("-early"));
    return commitments == parts.size()
        && supporters == parts.stream().mapToLong(LargeDocuments.Part::supporters).sum()
        && characters == parts.stream().mapToLong(LargeDocuments.Part::actionLength).sum();
  }

  private static List<Commitment> read(String name) {
    return switch (name) {
      case "maximal" ->
          RakorJson.readListDocument(
              chars(LargeDocuments.maximal(false, LargeDocuments.WIDE)), Commitment.class);
      case "maximal-early" ->
          RakorJson.readListDocument(
              chars(LargeDocuments.maximal(true, LargeDocuments.WIDE)), Commitment.class);
      case "maximal-bytes" ->
          RakorJson.readListDocument(
              bytes(LargeDocuments.maximal(false, (char) 0x61)), Commitment.class);
      case "million-supporters" ->
          List.of(
              RakorJson.readDocument(
                  chars(LargeDocuments.supporters(1_000_000)), Commitment.class));
      default -> throw new IllegalArgumentException("no document named " + name);
    };
  }

  private static Reader chars(Iterator<String> pieces) {
    return LargeDocuments.reader(pieces);
  }

  private static InputStream bytes(Iterator<String> pieces) {
    return LargeDocuments.bytes(pieces);
  }
}
