package io.rakor.testkit.analysis;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.Aggregation;
import io.rakor.core.data.CollectionMethod;
import io.rakor.core.data.IndicatorRules;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationId;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.data.ReconciliationConfig;
import io.rakor.core.data.Tolerance;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Seeded, national-scale data for benchmarks and scale tests: a portfolio of commitments over an
 * Indonesia-shaped geography (38 provinces, about 514 regencies, 7,200 sub-districts and 83,000
 * villages) and an endless, lazily generated stream of observations sorted by key.
 *
 * <p>Not QuickTheories generators: plain functions of a seed, fast enough for hundreds of thousands
 * of commitments and tens of millions of observations. The same seed gives the same data. Stateless
 * and thread-safe.
 *
 * @since 0.1
 */
public final class NationalData {
  private static final int PROVINCES = 38;
  private static final int SUB_DISTRICTS_PER_REGENCY = 14;
  private static final int PER_REGENCY = 780;
  private static final LocalDate DAY_ZERO = LocalDate.of(2026, 1, 1);
  private static final PriorityArea[] AREAS = {
    PriorityArea.STUNTING,
    PriorityArea.BASIC_SERVICES,
    PriorityArea.EDUCATION,
    PriorityArea.HEALTH,
    PriorityArea.CLEAN_WATER,
    PriorityArea.SANITATION,
    PriorityArea.BASIC_INFRASTRUCTURE,
    PriorityArea.INTEGRATED_DATA,
    PriorityArea.DISASTER_PREPAREDNESS,
    PriorityArea.LOCAL_ECONOMY
  };

  /** The indicators of the observation stream, in key order. */
  public static final List<IndicatorId> OBSERVED =
      List.of(
          IndicatorId.of("households-clean-water"),
          IndicatorId.of("stunted-children"),
          IndicatorId.of("stunting-rate"));

  /** The data steward of every observed indicator. */
  public static final UnitId STEWARD = UnitId.of("dinkes");

  private static final UnitId[] PRODUCERS = {STEWARD, UnitId.of("bps"), UnitId.of("dp3a")};

  private NationalData() {}

  private static int regencies(int province) {
    return 13 + (province % 2); // 38 provinces, 513 regencies
  }

  private static int villages(int province, int regency, int subDistrict) {
    return 11 + ((province + regency + subDistrict) % 2); // about 11.5 per sub-district
  }

  private static String province(int p) {
    return String.valueOf(11 + p);
  }

  private static String regency(int p, int r) {
    return province(p) + "." + twoDigits(r + 1);
  }

  private static String subDistrict(int p, int r, int k) {
    return regency(p, r) + "." + twoDigits(k + 1);
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  private static String village(int p, int r, int k, int v) {
    return subDistrict(p, r, k) + "." + (2001 + v);
  }

  /**
   * A portfolio of commitments, about 780 per regency, over as many regencies as that takes (in
   * code order, whole provinces first), so that 400,000 commitments cover the whole country and
   * smaller portfolios cover fewer regencies with the same density. Scopes are villages (70%, one
   * or two in a sub-district), sub-districts (24.5%), regencies (5%) or provinces (0.5%); leads are
   * one of forty agencies of the regency (or province) concerned; areas are the ten well-known
   * ones; windows last 30 to 180 days and start within two years. Because the density of
   * commitments in place and time is the same at every size, so is the number of overlaps per
   * commitment, and a doubling series measures the algorithm rather than a denser portfolio.
   *
   * @param seed the seed
   * @param count how many commitments
   * @return the commitments, with ids {@code n0}, {@code n1}, ...
   */
  public static List<Commitment> portfolio(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    int span = 730;
    int[][] regencies = regencyIndex();
    int covered = Math.max(1, Math.min(regencies.length, (count + PER_REGENCY - 1) / PER_REGENCY));
    MeetingId meeting = MeetingId.of("rakor-national");
    List<Commitment> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int[] regency = regencies[random.nextInt(covered)];
      int p = regency[0];
      int r = regency[1];
      int k = random.nextInt(SUB_DISTRICTS_PER_REGENCY);
      int level = random.nextInt(1000);
      PriorityArea area = AREAS[random.nextInt(AREAS.length)];
      LocalDate start = DAY_ZERO.plusDays(random.nextInt(span));
      LocalDate due = start.plusDays(29 + random.nextInt(151));
      var b =
          Commitment.builder()
              .id(CommitmentId.of("n" + i))
              .originMeeting(meeting)
              .action("Programme " + i)
              .priority(PriorityId.of(area.root().code()))
              .area(area)
              .start(start)
              .due(due);
      String owner;
      if (level < 5) {
        b.addScope(JurisdictionCode.of(province(p)));
        owner = province(p);
      } else if (level < 55) {
        b.addScope(JurisdictionCode.of(regency(p, r)));
        owner = regency(p, r);
      } else if (level < 300) {
        b.addScope(JurisdictionCode.of(subDistrict(p, r, k)));
        owner = regency(p, r);
      } else {
        int n = villages(p, r, k);
        int v = random.nextInt(n);
        b.addScope(JurisdictionCode.of(village(p, r, k, v)));
        if (random.nextBoolean()) {
          b.addScope(JurisdictionCode.of(village(p, r, k, (v + 1) % n)));
        }
        owner = regency(p, r);
      }
      b.lead(UnitId.of("opd-" + owner + "-" + random.nextInt(40)));
      int first = random.nextInt(3);
      b.addTarget(Target.of(indicatorOf(area, first), 10, due));
      if (random.nextBoolean()) {
        b.addTarget(Target.of(indicatorOf(area, (first + 1) % 3), 10, due));
      }
      out.add(b.build());
    }
    return out;
  }

  private static int[][] regencyIndex() {
    List<int[]> all = new ArrayList<>();
    for (int p = 0; p < PROVINCES; p++) {
      for (int r = 0; r < regencies(p); r++) {
        all.add(new int[] {p, r});
      }
    }
    return all.toArray(new int[0][]);
  }

  private static IndicatorId indicatorOf(PriorityArea area, int n) {
    return IndicatorId.of(area.code() + "-" + n);
  }

  /**
   * The rules for {@link #observations}: {@link #STEWARD} stewards every indicator with a 5%
   * relative tolerance; the counts are additive, the rate is not.
   *
   * @return the configuration
   */
  public static ReconciliationConfig observationConfig() {
    var b = ReconciliationConfig.builder();
    for (IndicatorId id : OBSERVED) {
      b.addIndicator(
          IndicatorRules.builder()
              .indicator(id)
              .steward(STEWARD)
              .tolerance(Tolerance.relative(0.05))
              .aggregation(id.value().endsWith("rate") ? Aggregation.NONE : Aggregation.SUM)
              .build());
    }
    return b.build();
  }

  /**
   * A long stream of observations in {@link io.rakor.core.data.ObservationKey} order, made on
   * demand and never held: for each of {@link #OBSERVED}, for each of 24 months from January 2020,
   * every jurisdiction of the country in code order (about 90,700), each reported by the steward
   * and, for about half the keys, by one or two other producers; about 10.9 million observations in
   * all. Other producers differ from the steward by up to 10% (so about half of them beyond
   * tolerance); about 1% of the steward's sub-district figures are off by a few units (so their
   * villages do not sum to them).
   *
   * @param seed the seed
   * @return the stream
   */
  public static Iterator<Observation> observations(long seed) {
    return observations(seed, 24);
  }

  /**
   * Like {@link #observations(long)}, with a chosen number of months per indicator.
   *
   * @param seed the seed
   * @param months how many months, from January 2020, each indicator covers; at least 1
   * @return the stream
   */
  public static Iterator<Observation> observations(long seed, int months) {
    return new ObservationStream(seed, months);
  }

  /** Walks indicator × month × jurisdiction tree depth-first, emitting each key's figures. */
  private static final class ObservationStream implements Iterator<Observation> {
    private final long seed;
    private final int months;
    private boolean done;
    private final Instant collected = Instant.parse("2026-01-05T02:00:00Z");
    private final List<Observation> pending = new ArrayList<>(3);
    private int pendingAt;
    private long nextId;
    private int month;
    private int indicator;
    // the cursor in the tree: p, r, k, v with -1 meaning "this level itself"
    private int p;
    private int r = -1;
    private int k = -1;
    private int v = -1;

    ObservationStream(long seed, int months) {
      this.seed = seed;
      this.months = months;
    }

    @Override
    public boolean hasNext() {
      return pendingAt < pending.size() || !done;
    }

    @Override
    public Observation next() {
      if (pendingAt == pending.size() && !done) {
        pending.clear();
        pendingAt = 0;
        emitCurrentKey();
        advance();
      }
      if (pendingAt >= pending.size()) {
        throw new NoSuchElementException();
      }
      return pending.get(pendingAt++);
    }

    private void emitCurrentKey() {
      String code;
      double value;
      boolean additive = !OBSERVED.get(indicator).value().endsWith("rate");
      if (r < 0) {
        code = province(p);
        value = provinceSum();
      } else if (k < 0) {
        code = regency(p, r);
        value = regencySum(p, r);
      } else if (v < 0) {
        code = subDistrict(p, r, k);
        value = subDistrictSum(p, r, k);
        if (additive && (mix(p, r, k, 7777) % 100) == 0) {
          value += 3; // the steward's sub-district figure is off
        }
      } else {
        code = village(p, r, k, v);
        value = villageValue(p, r, k, v);
      }
      if (!additive) {
        value = 5 + (mix(p, r, k, v) % 3000) / 100.0;
      }
      JurisdictionCode jurisdiction = JurisdictionCode.of(code);
      ObservationPeriod period = ObservationPeriod.month(YearMonth.of(2020, 1).plusMonths(month));
      long h = mix(p, r, k, v * 31 + 17);
      int producers = h % 4 == 0 ? 3 : h % 4 == 1 ? 2 : 1;
      for (int i = 0; i < producers; i++) {
        double noise = i == 0 ? 0 : ((h >>> (8 * i)) % 201 - 100) / 1000.0;
        pending.add(
            Observation.builder()
                .id(ObservationId.of("o" + nextId++))
                .indicator(OBSERVED.get(indicator))
                .jurisdiction(jurisdiction)
                .period(period)
                .value(Math.rint(value * (1 + noise) * 100) / 100)
                .producer(PRODUCERS[i])
                .collectedAt(collected)
                .method(i == 0 ? CollectionMethod.ADMINISTRATIVE : CollectionMethod.SURVEY)
                .build());
      }
    }

    private void advance() {
      if (r < 0) {
        r = 0;
      } else if (k < 0) {
        k = 0;
      } else if (v < 0) {
        v = 0;
      } else if (++v >= villages(p, r, k)) {
        v = -1;
        if (++k >= SUB_DISTRICTS_PER_REGENCY) {
          k = -1;
          if (++r >= regencies(p)) {
            r = -1;
            if (++p >= PROVINCES) {
              p = 0;
              if (++month >= months) {
                month = 0;
                if (++indicator >= OBSERVED.size()) {
                  done = true;
                }
              }
            }
          }
        }
      }
    }

    private long mix(int a, int b, int c, int d) {
      long z =
          seed
              ^ (month * 0x9E3779B97F4A7C15L)
              ^ (indicator * 0xC2B2AE3D27D4EB4FL)
              ^ ((long) a << 48)
              ^ ((long) (b + 1) << 32)
              ^ ((long) (c + 1) << 16)
              ^ (d + 1);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    private double villageValue(int p, int r, int k, int v) {
      return 5 + mix(p, r, k, v) % 60;
    }

    private double subDistrictSum(int p, int r, int k) {
      double sum = 0;
      for (int i = 0; i < villages(p, r, k); i++) {
        sum += villageValue(p, r, k, i);
      }
      return sum;
    }

    private double regencySum(int p, int r) {
      double sum = 0;
      for (int i = 0; i < SUB_DISTRICTS_PER_REGENCY; i++) {
        sum += subDistrictSum(p, r, i);
      }
      return sum;
    }

    private double provinceSum() {
      double sum = 0;
      for (int i = 0; i < regencies(p); i++) {
        sum += regencySum(p, i);
      }
      return sum;
    }
  }
}
