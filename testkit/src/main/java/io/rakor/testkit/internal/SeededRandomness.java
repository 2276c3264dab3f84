package io.rakor.testkit.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.SplittableRandom;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A QuickTheories {@link RandomnessSource} driven by a {@link SplittableRandom}: every generator
 * run against a source with the same seed yields the same value. Used by the seeded fixtures; not
 * API. Not thread-safe: use one source per thread.
 *
 * <p>QuickTheories keeps a constraint's bounds package-private. They are read through a private
 * method-handle lookup, which works because QuickTheories' packages are open on the class path and
 * as an automatic module.
 */
public final class SeededRandomness implements RandomnessSource {
  private static final MethodHandle MIN;
  private static final MethodHandle MAX;

  static {
    MethodHandle min = null;
    MethodHandle max = null;
    try {
      MethodHandles.Lookup lookup =
          MethodHandles.privateLookupIn(Constraint.class, MethodHandles.lookup());
      MethodType type = MethodType.methodType(long.class);
      min = lookup.findVirtual(Constraint.class, "min", type);
      max = lookup.findVirtual(Constraint.class, "max", type);
    } catch (ReflectiveOperationException | RuntimeException e) {
      min = null;
      max = null;
    }
    MIN = min;
    MAX = max;
  }

  private static final int MAX_FAILED_ASSUMPTIONS = 100_000;

  private final SplittableRandom random;
  private int failedAssumptions;

  /**
   * Creates a source with the given seed.
   *
   * @param seed the seed; the same seed gives the same sequence of draws
   */
  public SeededRandomness(long seed) {
    this.random = new SplittableRandom(seed);
  }

  @Override
  public long next(Constraint constraint) {
    long min = min(constraint);
    long max = max(constraint);
    if (min == max) {
      return min;
    }
    long bound = max - min + 1;
    if (bound > 0) {
      return min + random.nextLong(bound);
    }
    // The range is wider than Long.MAX_VALUE: draw until a value falls inside it.
    while (true) {
      long candidate = random.nextLong();
      if (candidate >= min && candidate <= max) {
        return candidate;
      }
    }
  }

  @Override
  public DetatchedRandomnessSource detach() {
    SeededRandomness parent = this;
    return new DetatchedRandomnessSource() {
      @Override
      public long next(Constraint constraint) {
        return parent.next(constraint);
      }

      @Override
      public DetatchedRandomnessSource detach() {
        return parent.detach();
      }

      @Override
      public void registerFailedAssumption() {
        parent.registerFailedAssumption();
      }

      @Override
      public void commit() {
        // Draws go straight to the parent; there is nothing to commit.
      }
    };
  }

  /**
   * Counts a value a generator rejected with {@code assuming}.
   *
   * @throws IllegalStateException after 100,000 rejections, as the generator cannot be satisfied
   */
  @Override
  public void registerFailedAssumption() {
    if (++failedAssumptions > MAX_FAILED_ASSUMPTIONS) {
      throw new IllegalStateException(
          "a generator rejected "
              + MAX_FAILED_ASSUMPTIONS
              + " values: its assumption is too strict");
    }
  }

  private static long min(Constraint constraint) {
    return read(MIN, constraint);
  }

  private static long max(Constraint constraint) {
    return read(MAX, constraint);
  }

  private static long read(MethodHandle bound, Constraint constraint) {
    if (bound == null) {
      throw new IllegalStateException(
          "cannot read QuickTheories constraint bounds: open org.quicktheories.impl to the testkit");
    }
    try {
      return (long) bound.invokeExact(constraint);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read a QuickTheories constraint", e);
    }
  }
}
