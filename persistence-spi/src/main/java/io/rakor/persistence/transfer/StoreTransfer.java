package io.rakor.persistence.transfer;

import com.google.common.base.Preconditions;
import io.rakor.core.audit.ChainVerification;
import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.HashChain;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.json.RakorJson;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.integrity.DamagedStoreException;
import io.rakor.persistence.integrity.LogCoverage;
import io.rakor.persistence.integrity.StoreVerification;
import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.persistence.integrity.internal.SubjectLedger;
import io.rakor.persistence.transfer.ExportFormat.Aggregate;
import io.rakor.persistence.transfer.ExportFormat.End;
import io.rakor.persistence.transfer.ExportFormat.Event;
import io.rakor.persistence.transfer.ExportFormat.Header;
import io.rakor.persistence.transfer.ExportFormat.Line;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Backs up, restores and moves whole stores of any kind, through the store contract alone.
 *
 * <ul>
 *   <li>{@link #export(RakorStore, Path)} writes every log entry and every aggregate at its version
 *       to one versioned JSON Lines file, page by page, in bounded memory, verifying the store as
 *       it reads it ({@link StoreVerifier}): a store that is not whole is not exported.
 *   <li>{@link #check(Path)} reads an export and proves it whole: the format, every line, the hash
 *       chain, the order, the end line, and that the log explains every aggregate's version (the
 *       verifier's {@link LogCoverage}). A problem is an {@link ExportFileException} naming the
 *       line.
 *   <li>{@link #importFrom(Path, RakorStore)} checks the file whole, then writes it into an empty
 *       store, re-verifying the chain as the target appends each entry.
 *   <li>{@link #copy(RakorStore, RakorStore)} verifies a store, then writes it into an empty one:
 *       moving a district from the embedded H2 file to PostgreSQL is one call.
 * </ul>
 *
 * <p>The file format (version {@value #FORMAT_VERSION}) is described in {@code
 * docs/persistence-spi.md}: a header line, the log entries in sequence order, the aggregates kind
 * by kind ({@link AggregateKind#all()} order) in id order, and an end line with the counts and the
 * last hash, so a file cut short is refused. Values are in Rakor's JSON format ({@link RakorJson}).
 *
 * <p>An aggregate at version {@code v} is written to the target with {@code v} saves of its value,
 * since the contract gives versions only by saving; the target ends with equal values at equal
 * versions and an equal log. Neither export nor copy is a snapshot: run them on a store nobody
 * writes to (a write during the run shows as a mismatch and fails it). If a write to the target
 * fails half way, the target holds part of the data: discard it and start again with a new, empty
 * store.
 *
 * <p>Immutable and thread-safe; each operation runs on the calling thread.
 *
 * @since 0.1
 */
public final class StoreTransfer {
  /** The version of the export format this library writes and reads. */
  public static final int FORMAT_VERSION = ExportFormat.FORMAT_VERSION;

  private static final StoreTransfer DEFAULTS = builder().build();

  private final StoreVerifier verifier;
  private final int batchSize;

  private StoreTransfer(Builder b) {
    this.verifier = b.verifier;
    this.batchSize = b.batchSize;
  }

  /**
   * Transfers with the default settings: {@link StoreVerifier#defaults()}, and writes in
   * transactions of about 500 saves or appends.
   *
   * @return the transfer
   */
  public static StoreTransfer defaults() {
    return DEFAULTS;
  }

  /**
   * Starts building a transfer from the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The verifier that stores and files are held to.
   *
   * @return the verifier
   */
  public StoreVerifier verifier() {
    return verifier;
  }

  /**
   * About how many saves or appends go into one transaction of the target.
   *
   * @return the batch size
   */
  public int batchSize() {
    return batchSize;
  }

  // ------------------------------------------------------------------ export

  /**
   * Exports a whole store to a file, replacing the file only once the export is complete and forced
   * to disk: a failed export leaves an existing file as it was.
   *
   * @param store the store
   * @param file the file to write
   * @return what was exported
   * @throws DamagedStoreException if the store is not whole (nothing is written to {@code file})
   * @throws UncheckedIOException if the file cannot be written
   * @throws StoreException if the store fails
   */
  public TransferSummary export(RakorStore store, Path file) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path part = null;
    try {
      Files.createDirectories(dir);
      part = Files.createTempFile(dir, target.getFileName().toString(), ".part");
      TransferSummary summary;
      try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
        summary = export(store, Channels.newOutputStream(channel));
        channel.force(true);
      }
      try {
        Files.move(
            part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
      part = null;
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the export " + target + ": " + e.getMessage(), e);
    } finally {
      if (part != null) {
        try {
          Files.deleteIfExists(part);
        } catch (IOException e) {
          // The partial file is left behind; the export already failed for its own reason.
        }
      }
    }
  }

  /**
   * Exports a whole store to a stream, in UTF-8; the stream is flushed, not closed. If the store
   * turns out not to be whole, what was written has no end line, so no import accepts it.
   *
   * @param store the store
   * @param out where to write
   * @return what was exported
   * @throws DamagedStoreException if the store is not whole
   * @throws UncheckedIOException if writing fails
   * @throws StoreException if the store fails
   */
  public TransferSummary export(RakorStore store, OutputStream out) {
    Objects.requireNonNull(store, "store");
    try {
      Writer writer =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      ExportFormat.LineWriter lines = new ExportFormat().new LineWriter(writer);
      lines.header();
      String[] lastHash = {HashChain.GENESIS};
      StoreVerification verification =
          verifier.verify(
              store,
              new StoreVerifier.Listener() {
                @Override
                public void entry(LogEntry entry) {
                  try {
                    lines.event(entry);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  lastHash[0] = entry.hash();
                }

                @Override
                public <T, K> void aggregate(AggregateKind<T, K> kind, Versioned<T> aggregate) {
                  try {
                    lines.aggregate(kind, aggregate);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }
              });
      if (!verification.intact()) {
        lines.flush();
        writer.flush();
        throw new DamagedStoreException(
            "The store is not whole, so it was not exported: " + verification.summary(),
            verification);
      }
      TransferSummary summary =
          new TransferSummary(verification.aggregates(), verification.events(), lastHash[0]);
      lines.end(summary);
      writer.flush();
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the export: " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ check and import

  /**
   * Reads an export whole and proves it can be imported, without writing anything.
   *
   * @param file the export
   * @return what it holds
   * @throws ExportFileException naming the first line at fault
   * @throws UncheckedIOException if the file cannot be read
   */
  public TransferSummary check(Path file) {
    try {
      return new FileCheck(file).run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the export " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Imports an export into an empty store: checks the whole file first ({@link #check(Path)}), so a
   * file at fault is refused before anything is written; then writes the log and the aggregates,
   * each appended entry compared with the file's.
   *
   * @param file the export
   * @param target an empty store of any kind
   * @return what was imported
   * @throws ExportFileException naming the line at fault (nothing was written)
   * @throws StoreException if the target is not empty (nothing was written) or fails (the target
   *     holds part of the file: discard it)
   * @throws UncheckedIOException if the file cannot be read
   */
  public TransferSummary importFrom(Path file, RakorStore target) {
    Objects.requireNonNull(target, "target");
    TransferSummary checked = check(file);
    requireEmpty(target, "the target store");
    String name = file.toString();
    ExportFormat format = new ExportFormat();
    Loader loader =
        new Loader(
            target,
            batchSize,
            (line, problem) -> new ExportFileException(name, line, problem, null));
    try (LineReader reader = new LineReader(file)) {
      String text;
      while ((text = reader.next()) != null) {
        long n = reader.number();
        Line line = parse(format, name, text, n);
        if (line instanceof Event e) {
          loader.entry(e.entry(), n);
        } else if (line instanceof Aggregate a) {
          load(loader, a);
        } else if (line instanceof End end
            && !new TransferSummary(end.aggregates(), end.events(), end.lastHash())
                .equals(checked)) {
          throw new ExportFileException(name, n, "the file changed while it was imported", null);
        }
      }
      loader.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the export " + file + ": " + e.getMessage(), e);
    } catch (StoreException e) {
      throw new StoreException(
          "Importing "
              + name
              + " failed after "
              + loader.eventsWritten()
              + " log entries and "
              + loader.aggregatesWritten()
              + " aggregates; the target store holds that part: discard it and import into a new,"
              + " empty store. "
              + e.getMessage(),
          e);
    }
    requireHead(target, checked, "the target store after the import of " + name);
    return checked;
  }

  private static <T> void load(Loader loader, Aggregate a) {
    @SuppressWarnings("unchecked")
    AggregateKind<T, ?> kind = (AggregateKind<T, ?>) a.kind();
    loader.aggregate(kind, Versioned.of(kind.cast(a.aggregate().value()), a.aggregate().version()));
  }

  // ------------------------------------------------------------------ copy

  /**
   * Copies a whole store into an empty one: verifies the source first (a store that is not whole is
   * not copied and the target is not touched), then writes its log and aggregates into the target
   * while verifying the source again.
   *
   * @param from the source, of any kind
   * @param to an empty store of any kind
   * @return what was copied
   * @throws DamagedStoreException if the source is not whole (nothing was written), or changed
   *     during the copy (the target holds part of it: discard it)
   * @throws StoreException if the target is not empty (nothing was written), or a store fails
   */
  public TransferSummary copy(RakorStore from, RakorStore to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Preconditions.checkArgument(from != to, "a store cannot be copied into itself");
    verifier.verify(from).requireIntact("The source store " + from);
    requireEmpty(to, "the target store " + to);
    Loader loader =
        new Loader(
            to,
            batchSize,
            (sequence, problem) ->
                new StoreException("Copying log entry " + sequence + " failed: " + problem));
    String[] lastHash = {HashChain.GENESIS};
    StoreVerification again =
        verifier.verify(
            from,
            new StoreVerifier.Listener() {
              @Override
              public void entry(LogEntry entry) {
                loader.entry(entry, entry.sequence());
                lastHash[0] = entry.hash();
              }

              @Override
              public <T, K> void aggregate(AggregateKind<T, K> kind, Versioned<T> aggregate) {
                loader.aggregate(kind, aggregate);
              }
            });
    loader.flush();
    if (!again.intact()) {
      throw new DamagedStoreException(
          "The source store changed or broke while it was copied, so the target holds part of it:"
              + " discard the target. "
              + again.summary(),
          again);
    }
    TransferSummary summary = new TransferSummary(again.aggregates(), again.events(), lastHash[0]);
    requireHead(to, summary, "the target store after the copy");
    return summary;
  }

  // ------------------------------------------------------------------ helpers

  private static void requireEmpty(RakorStore store, String what) {
    Optional<LogEntry> head = store.lastEvent();
    if (head.isPresent()) {
      throw new StoreException(
          "Cannot write into "
              + what
              + ": it is not empty (its log holds "
              + head.get().sequence()
              + " entries). Import or copy into a new, empty store.");
    }
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      requireNone(store, kind, what);
    }
  }

  private static <T, K> void requireNone(RakorStore store, AggregateKind<T, K> kind, String what) {
    List<Versioned<T>> some = store.list(kind, PageRequest.first(1)).items();
    if (!some.isEmpty()) {
      throw new StoreException(
          "Cannot write into "
              + what
              + ": it is not empty (it holds "
              + kind
              + " "
              + kind.idText(kind.idOf(some.get(0).value()))
              + "). Import or copy into a new, empty store.");
    }
  }

  private static void requireHead(RakorStore store, TransferSummary expected, String what) {
    String head = store.lastEvent().map(LogEntry::hash).orElse(HashChain.GENESIS);
    if (!head.equals(expected.lastHash())) {
      throw new StoreException(
          "The log of "
              + what
              + " ends with hash "
              + head
              + ", not "
              + expected.lastHash()
              + " as written; discard it");
    }
  }

  private static Line parse(ExportFormat format, String name, String text, long line) {
    try {
      return format.parse(text);
    } catch (ExportFormat.BadLine e) {
      throw new ExportFileException(name, line, e.getMessage(), e.getCause());
    }
  }

  /** The check of one file: reads it once, and again only to name an aggregate it lacks. */
  private final class FileCheck {
    private final Path file;
    private final String name;
    private final ExportFormat format = new ExportFormat();
    private final SubjectLedger ledger = new SubjectLedger();
    private final LogCoverage coverage = verifier.coverage();

    FileCheck(Path file) {
      this.file = Objects.requireNonNull(file, "file");
      this.name = file.toString();
    }

    private ExportFileException bad(long line, String problem) {
      return new ExportFileException(name, line, problem, null);
    }

    TransferSummary run() throws IOException {
      try (LineReader reader = new LineReader(file)) {
        String text = reader.next();
        if (text == null) {
          throw bad(1, "the file is empty: not a Rakor store export");
        }
        Line first = parse(format, name, text, 1);
        if (!(first instanceof Header header)) {
          throw bad(
              1,
              "the first line is not the header: not a Rakor store export, or its start is"
                  + " missing");
        }
        checkVersions(header);
        return readBody(reader);
      }
    }

    private void checkVersions(Header header) {
      if (header.formatVersion() != FORMAT_VERSION) {
        throw bad(
            1,
            "written in export format "
                + header.formatVersion()
                + ", but this library reads format "
                + FORMAT_VERSION
                + (header.formatVersion() > FORMAT_VERSION
                    ? ": import it with a newer Rakor"
                    : ""));
      }
      if (header.schemaVersion() > RakorJson.SCHEMA_VERSION) {
        throw bad(
            1,
            "its values are in JSON schema version "
                + header.schemaVersion()
                + ", newer than this library reads ("
                + RakorJson.SCHEMA_VERSION
                + "): import it with a newer Rakor");
      }
    }

    private TransferSummary readBody(LineReader reader) throws IOException {
      String previous = HashChain.GENESIS;
      long events = 0;
      long aggregates = 0;
      int kindIndex = -1;
      String lastId = null;
      End end = null;
      long endLine = 0;
      boolean sealed = false;
      String text;
      while ((text = reader.next()) != null) {
        long n = reader.number();
        if (end != null) {
          throw bad(n, "there is more after the end line (line " + endLine + ")");
        }
        if (text.isEmpty()) {
          throw bad(n, "an empty line");
        }
        Line line = parse(format, name, text, n);
        if (line instanceof Header) {
          throw bad(n, "a second header");
        } else if (line instanceof Event e) {
          if (sealed) {
            throw bad(n, "a log entry after the aggregates; the log comes first");
          }
          if (e.entry().sequence() != events + 1) {
            throw bad(
                n,
                "log entry "
                    + e.entry().sequence()
                    + " where entry "
                    + (events + 1)
                    + " was expected: entries are missing or out of order");
          }
          ChainVerification link =
              ChainVerifier.verifySegment(List.of(e.entry()), events + 1, previous);
          if (!link.intact()) {
            throw bad(
                n,
                "the hash chain breaks here ("
                    + link.breach()
                    + "): log "
                    + link.explanation().replaceFirst("^entry at index \\d+ ", "entry "));
          }
          previous = e.entry().hash();
          events++;
          count(e.entry(), n);
        } else if (line instanceof Aggregate a) {
          if (!sealed) {
            ledger.seal();
            sealed = true;
          }
          int index = AggregateKind.all().indexOf(a.kind());
          if (index < kindIndex) {
            throw bad(
                n,
                a.kind()
                    + " comes after "
                    + AggregateKind.all().get(kindIndex)
                    + "; the kinds are in the order of AggregateKind.all()");
          }
          if (index > kindIndex) {
            kindIndex = index;
            lastId = null;
          }
          if (lastId != null && a.idText().compareTo(lastId) <= 0) {
            throw bad(
                n,
                a.idText().equals(lastId)
                    ? a.kind() + " " + lastId + " appears twice"
                    : a.kind()
                        + " "
                        + a.idText()
                        + " comes after "
                        + lastId
                        + "; ids are in order");
          }
          lastId = a.idText();
          aggregates++;
          compare(a, n);
        } else if (line instanceof End e) {
          end = e;
          endLine = n;
        }
      }
      if (end == null) {
        throw bad(
            reader.number() + 1,
            "the file ends after line "
                + reader.number()
                + " without its end line: it was cut short");
      }
      if (end.events() != events
          || end.aggregates() != aggregates
          || !end.lastHash().equals(previous)) {
        throw bad(
            endLine,
            "the end line records "
                + end.events()
                + " log entries, "
                + end.aggregates()
                + " aggregates and last hash "
                + end.lastHash()
                + ", but the file holds "
                + events
                + ", "
                + aggregates
                + " and "
                + previous);
      }
      ledger.seal();
      if (coverage != LogCoverage.NONE && ledger.unmatched() > 0) {
        findMissingAggregate();
      }
      return new TransferSummary(aggregates, events, previous);
    }

    private void count(LogEntry entry, long line) {
      Optional<AggregateKind<?, ?>> kind = SubjectLedger.kindOf(entry.event());
      if (kind.isPresent()) {
        ledger.add(kind.get(), entry.event().subjectId());
      } else if (coverage != LogCoverage.NONE) {
        throw bad(
            line,
            "log entry "
                + entry.sequence()
                + " names a subject of kind \""
                + entry.event().subjectKind()
                + "\", which is no aggregate kind (coverage "
                + coverage
                + ")");
      }
    }

    private void compare(Aggregate a, long line) {
      if (coverage == LogCoverage.NONE) {
        return;
      }
      long version = a.aggregate().version();
      int named = ledger.count(a.kind(), a.idText());
      if (!coverage.explains(version, named)) {
        throw bad(
            line,
            a.kind()
                + " "
                + a.idText()
                + " is at version "
                + version
                + " but the log names it in "
                + named
                + (named == 1 ? " event" : " events")
                + " (coverage "
                + coverage
                + ")");
      }
    }

    private void findMissingAggregate() throws IOException {
      try (LineReader reader = new LineReader(file)) {
        String text;
        while ((text = reader.next()) != null) {
          Line line = parse(format, name, text, reader.number());
          if (line instanceof Event e) {
            Optional<AggregateKind<?, ?>> kind = SubjectLedger.kindOf(e.entry().event());
            String id = e.entry().event().subjectId();
            if (kind.isPresent() && ledger.takeUnmatched(kind.get(), id) > 0) {
              throw bad(
                  reader.number(),
                  "log entry "
                      + e.entry().sequence()
                      + " names "
                      + kind.get()
                      + " "
                      + id
                      + ", which the file does not hold");
            }
          }
        }
      }
    }
  }

  /**
   * Builds a {@link StoreTransfer}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private StoreVerifier verifier = StoreVerifier.defaults();
    private int batchSize = 500;

    private Builder() {}

    /**
     * The verifier stores and files are held to (default {@link StoreVerifier#defaults()}); its
     * {@link LogCoverage} decides which stores can be exported and copied and which files imported.
     *
     * @param verifier the verifier
     * @return this builder
     */
    public Builder verifier(StoreVerifier verifier) {
      this.verifier = Objects.requireNonNull(verifier, "verifier");
      return this;
    }

    /**
     * About how many saves or appends to put in one transaction of the target (default 500).
     *
     * @param batchSize 1 to {@value PageRequest#MAX_SIZE}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder batchSize(int batchSize) {
      Preconditions.checkArgument(
          batchSize >= 1 && batchSize <= PageRequest.MAX_SIZE,
          "the batch size must be 1 to %s, not %s",
          PageRequest.MAX_SIZE,
          batchSize);
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Builds the transfer.
     *
     * @return the transfer
     */
    public StoreTransfer build() {
      return new StoreTransfer(this);
    }
  }
}
