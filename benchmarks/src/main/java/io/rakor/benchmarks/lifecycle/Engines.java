package io.rakor.benchmarks.lifecycle;

import io.rakor.persistence.jdbc.EmbeddedPostgresServer;
import io.rakor.persistence.jdbc.JdbcStore;
import io.rakor.persistence.jdbc.RakorDatabaseExtension;
import io.rakor.persistence.memory.InMemoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Opens the engines of the benchmark by name, on fresh data, and runs a workload through one. */
public final class Engines {
  /** Rakor's service on the H2 file store ({@link JdbcStore#h2File}). */
  public static final String RAKOR_H2_FILE = "rakorH2File";

  /** Rakor's service on the in-memory store. */
  public static final String RAKOR_MEMORY = "rakorMemory";

  /** Rakor's service on the JDBC store on PostgreSQL (embedded, durable settings). */
  public static final String RAKOR_POSTGRES = "rakorPostgres";

  /** The peer: a BPMN process of user tasks in embedded Flowable on an H2 file. */
  public static final String FLOWABLE_H2_FILE = "flowableH2File";

  private Engines() {}

  /**
   * Opens an engine on fresh data, its master data seeded.
   *
   * @param name one of the names above
   * @param workload the workload
   * @param postgres the server a PostgreSQL engine makes its database in (null for the others)
   * @return the engine; closing it deletes its data
   */
  public static LifecycleEngine open(
      String name, LifecycleWorkload workload, Supplier<EmbeddedPostgresServer> postgres) {
    switch (name) {
      case RAKOR_MEMORY:
        return new RakorLifecycle(workload, new InMemoryStore(), () -> {});
      case RAKOR_H2_FILE:
        {
          Path dir = tempDirectory();
          JdbcStore store = JdbcStore.h2File(dir.resolve("rakor"));
          return new RakorLifecycle(
              workload,
              store,
              () -> {
                store.close();
                delete(dir);
              });
        }
      case RAKOR_POSTGRES:
        {
          RakorDatabaseExtension.Database db =
              RakorDatabaseExtension.postgres(postgres.get()).withPoolSize(8).openDatabase();
          return new RakorLifecycle(workload, db.store(), db);
        }
      case FLOWABLE_H2_FILE:
        {
          Path dir = tempDirectory();
          FlowableLifecycle flowable = new FlowableLifecycle(workload, dir.resolve("flowable"));
          return new LifecycleEngine() {
            @Override
            public void step(Stage stage, int index) {
              flowable.step(stage, index);
            }

            @Override
            public Map<String, String> states() {
              return flowable.states();
            }

            @Override
            public void close() {
              flowable.close();
              delete(dir);
            }
          };
        }
      default:
        throw new IllegalArgumentException("no engine named " + name);
    }
  }

  /**
   * Runs the whole workload, stage after stage: every commitment takes a stage before any takes the
   * next. With more than one thread, commitment {@code i} goes to thread {@code i % threads}.
   *
   * @param engine the engine
   * @param workload the workload
   * @param pool the threads, or null to run on the calling thread
   * @param threads how many of the pool's threads to use
   * @return the number of steps taken
   */
  public static long run(
      LifecycleEngine engine, LifecycleWorkload workload, ExecutorService pool, int threads) {
    int n = workload.size();
    for (Stage stage : Stage.values()) {
      if (pool == null || threads == 1) {
        for (int i = 0; i < n; i++) {
          engine.step(stage, i);
        }
        continue;
      }
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(
            pool.submit(
                () -> {
                  for (int i = first; i < n; i += threads) {
                    engine.step(stage, i);
                  }
                }));
      }
      for (Future<?> part : parts) {
        try {
          part.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("a step failed in " + engine, e.getCause());
        }
      }
    }
    return workload.transitions();
  }

  private static Path tempDirectory() {
    try {
      return Files.createTempDirectory("rakor-lifecycle-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
