package io.rakor.testkit.tck.internal;

import io.rakor.core.audit.LogEntry;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.Transaction;
import io.rakor.persistence.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A deterministic race: contenders on their own threads meet at numbered points, so that each
 * reaches the critical step (a commit, say) only once every other contender has done what comes
 * before it. A contender the store holds back does not stall the others: one that has been inside a
 * store call for {@value #HELD_MILLIS} ms while its thread waits (on a lock, or on a database
 * socket) counts as present, since the store evidently serialises it behind the others. A race that
 * does not finish in {@value #TIMEOUT_SECONDS} s fails, naming its rule. Not API: it may change
 * without notice.
 *
 * <p>A store must let the kit call its methods from several threads at once and run a transaction's
 * work while another transaction's work is open, or make the later caller wait on a lock or a
 * socket (a thread that waits in any other way, or that spins, is not seen as held).
 */
public final class Race {
  /** How long a contender waits inside a store call before the others go on without it. */
  public static final long HELD_MILLIS = 100;

  /** How long a whole race may take. */
  public static final int TIMEOUT_SECONDS = 60;

  private final int rule;
  private final List<Contender> contenders = new ArrayList<>();

  private Race(int rule) {
    this.rule = rule;
  }

  /** One contender's code. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs the contender.
     *
     * @param me the contender, to meet the others and to mark store calls
     * @throws Exception anything; it fails the race
     */
    void run(Contender me) throws Exception;
  }

  /**
   * Runs contenders, each on its own thread, and returns when all have finished.
   *
   * @param rule the rule the race checks, named if it fails
   * @param bodies one body per contender
   * @throws AssertionError if a contender failed an assertion, threw, or the race timed out
   */
  public static void run(int rule, List<Body> bodies) {
    Race race = new Race(rule);
    for (int i = 0; i < bodies.size(); i++) {
      race.contenders.add(race.new Contender(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        Contender me = race.contenders.get(i);
        Body body = bodies.get(i);
        futures.add(
            pool.submit(
                () -> {
                  me.thread = Thread.currentThread();
                  try {
                    body.run(me);
                  } finally {
                    me.done = true;
                  }
                  return null;
                }));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
      for (Future<?> f : futures) {
        race.await(f, deadline);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void await(Future<?> f, long deadline) {
    try {
      f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(
          Describe.rule(rule)
              + "contending threads did not finish in "
              + TIMEOUT_SECONDS
              + " s: a deadlock? (a store may make a transaction wait for another, but the first"
              + " must then be able to commit)");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError a) {
        throw a;
      }
      throw new AssertionError(
          Describe.rule(rule) + "a contending thread failed: " + Describe.cut(e.getCause() + ""),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(Describe.rule(rule) + "interrupted", e);
    }
  }

  /** One contender of a race; its methods are called on its own thread only. */
  public final class Contender {
    private final int index;
    private volatile Thread thread;
    private volatile boolean done;
    private volatile int arrived;
    private volatile int inStore;
    private volatile long storeCalls;

    private Contender(int index) {
      this.index = index;
    }

    /**
     * Which contender this is.
     *
     * @return 0, 1, ...
     */
    public int index() {
      return index;
    }

    /**
     * Arrives at a point and waits until every other contender has arrived there, has finished, or
     * is held by the store.
     *
     * @param point the point, numbered from 1 upwards in the order the contenders reach them
     * @return true if every other contender arrived or finished, false if one was held
     */
    public boolean meet(int point) {
      arrived = point;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
      long[] waitingSince = new long[contenders.size()];
      long[] seenCalls = new long[contenders.size()];
      while (true) {
        boolean ready = true;
        boolean held = false;
        long now = System.nanoTime();
        for (Contender c : contenders) {
          if (c == this || c.done || c.arrived >= point) {
            continue;
          }
          if (c.inStore > 0 && c.waiting()) {
            if (waitingSince[c.index] == 0 || seenCalls[c.index] != c.storeCalls) {
              waitingSince[c.index] = now;
              seenCalls[c.index] = c.storeCalls;
            }
            if (now - waitingSince[c.index] >= TimeUnit.MILLISECONDS.toNanos(HELD_MILLIS)) {
              held = true;
              continue;
            }
          } else {
            waitingSince[c.index] = 0;
          }
          ready = false;
        }
        if (ready) {
          return !held;
        }
        if (now > deadline) {
          throw new AssertionError(
              Describe.rule(rule)
                  + "contending threads did not all reach point "
                  + point
                  + " in "
                  + TIMEOUT_SECONDS
                  + " s: a store call neither returned nor waited on a lock or a socket");
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
      }
    }

    private boolean waiting() {
      Thread t = thread;
      if (t == null) {
        return false;
      }
      Thread.State state = t.getState();
      if (state == Thread.State.BLOCKED
          || state == Thread.State.WAITING
          || state == Thread.State.TIMED_WAITING) {
        return true;
      }
      if (state != Thread.State.RUNNABLE) {
        return false;
      }
      StackTraceElement[] stack = t.getStackTrace();
      for (int i = 0; i < Math.min(6, stack.length); i++) {
        String cls = stack[i].getClassName();
        if (cls.startsWith("sun.nio.ch.") || cls.startsWith("java.net.Socket")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Makes a store call, marked as such so that the others can tell whether the store holds this
     * contender back.
     *
     * @param call the call
     * @param <R> its result type
     * @return its result
     */
    public <R> R inStore(Supplier<R> call) {
      storeCalls++;
      inStore++;
      try {
        return call.get();
      } finally {
        inStore--;
        storeCalls++;
      }
    }

    /**
     * Runs work in a transaction of the store: the call and the transaction's loads, saves and
     * appends count as store calls, the work's own code (a {@link #meet}) does not.
     *
     * @param store the store
     * @param work the work
     * @param <R> its result type
     * @return what the work returned, once committed
     */
    public <R> R transaction(RakorStore store, Function<Transaction, R> work) {
      return inStore(
          () ->
              store.inTransaction(
                  tx -> {
                    inStore--;
                    storeCalls++;
                    try {
                      return work.apply(new Tracked(tx));
                    } finally {
                      inStore++;
                      storeCalls++;
                    }
                  }));
    }

    /** A transaction whose calls count as store calls. */
    private final class Tracked implements Transaction {
      private final Transaction tx;

      Tracked(Transaction tx) {
        this.tx = tx;
      }

      @Override
      public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
        return inStore(() -> tx.load(kind, id));
      }

      @Override
      public <T, K> Versioned<T> save(AggregateKind<T, K> kind, T value, long expectedVersion) {
        return inStore(() -> tx.save(kind, value, expectedVersion));
      }

      @Override
      public List<LogEntry> append(List<DomainEvent> events) {
        return inStore(() -> tx.append(events));
      }
    }
  }
}
