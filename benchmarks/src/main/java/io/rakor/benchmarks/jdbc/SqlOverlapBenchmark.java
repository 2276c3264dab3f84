package io.rakor.benchmarks.jdbc;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.overlaps.AreaMatching;
import io.rakor.core.overlaps.AreaRelation;
import io.rakor.core.overlaps.OverlapFinder;
import io.rakor.core.overlaps.OverlapRules;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.testkit.analysis.NationalData;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SQL peer of the overlap finder: the overlapping pairs of a national portfolio ({@link
 * NationalData#portfolio}, 10,000 to 400,000 commitments) found by {@link OverlapFinder} ({@code
 * rakor}: the full report, pairs with their strength and clusters) against the best single SQL
 * query on PostgreSQL ({@code sql}: every overlapping pair, fetched), under exact area matching
 * ({@code EXACT}: the identical area only, no related areas) and under the default rules ({@code
 * NESTED}: {@link OverlapRules#defaults()}, one area within the other, or related by {@link
 * OverlapRules#relatedAreas()}). So that the related areas count, a third of the portfolio's health
 * commitments are filed under health's sanitation programme, which the default relation relates to
 * the sanitation sector.
 *
 * <p>The tables are what a DBA would make of the portfolio: one row per scope code of a commitment
 * ({@code ov_scope}: commitment, lead, status, area, root area, code, start and due day), and the
 * same rows with every scope code expanded to itself and each of its ancestors ({@code ov_reach}),
 * each indexed on area (or root area) and code with the other columns included, then {@code VACUUM
 * ANALYZE}. Two commitments overlap where a scope code of one is among the expanded codes of the
 * other, in the same area (or, for the default rules, one area within the other), with different
 * leads and intersecting windows, neither cancelled nor superseded: the finder's rule; for the
 * default rules, areas one within the other or on the two sides of a related pair. The set-up
 * checks that the query and the finder count the same pairs before anything is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class SqlOverlapBenchmark {
  /** Portfolio size. */
  @Param({"10000", "25000", "50000", "100000", "150000", "200000", "400000"})
  public int size;

  /** {@code EXACT} or {@code NESTED} (the default rules). */
  @Param({"EXACT", "NESTED"})
  public String areaMatching;

  private BenchDatabase db;
  private List<Commitment> portfolio;
  private OverlapFinder finder;
  private String query;

  /** The exact-area query: a scope code of one commitment among the expanded codes of another. */
  static final String EXACT_QUERY =
      "SELECT DISTINCT LEAST(s.commitment, r.commitment), GREATEST(s.commitment, r.commitment)"
          + " FROM ov_scope s JOIN ov_reach r ON r.area = s.area AND r.code = s.code"
          + " WHERE s.commitment <> r.commitment AND s.lead <> r.lead"
          + " AND s.start_day <= r.due_day AND r.start_day <= s.due_day"
          + " AND s.status NOT IN ('CANCELLED', 'SUPERSEDED')"
          + " AND r.status NOT IN ('CANCELLED', 'SUPERSEDED')";

  /**
   * The default rules' query: the same root area, one area the other or a sub-sector of it, or the
   * areas on the two sides of a relation (each relation's areas share a root).
   */
  static String nestedQuery(List<AreaRelation> relations) {
    StringBuilder q =
        new StringBuilder(
            "SELECT DISTINCT LEAST(s.commitment, r.commitment), GREATEST(s.commitment,"
                + " r.commitment) FROM ov_scope s JOIN ov_reach r ON r.root = s.root AND r.code ="
                + " s.code WHERE s.commitment <> r.commitment AND s.lead <> r.lead"
                + " AND s.start_day <= r.due_day AND r.start_day <= s.due_day"
                + " AND s.status NOT IN ('CANCELLED', 'SUPERSEDED')"
                + " AND r.status NOT IN ('CANCELLED', 'SUPERSEDED')"
                + " AND (s.area = r.area OR starts_with(r.area, s.area || '.')"
                + " OR starts_with(s.area, r.area || '.')");
    for (AreaRelation relation : relations) {
      if (!relation.area().root().equals(relation.relatedArea().root())) {
        throw new IllegalArgumentException("the SQL peer joins on the root area: " + relation);
      }
      String a = relation.area().code();
      String b = relation.relatedArea().code();
      q.append(" OR (")
          .append(within("s", a))
          .append(" AND ")
          .append(within("r", b))
          .append(") OR (")
          .append(within("s", b))
          .append(" AND ")
          .append(within("r", a))
          .append(")");
    }
    return q.append(")").toString();
  }

  /** The condition that a side's area is {@code area} or a sub-sector of it. */
  private static String within(String side, String area) {
    return "("
        + side
        + ".area = '"
        + area
        + "' OR starts_with("
        + side
        + ".area, '"
        + area
        + ".'))";
  }

  /**
   * The national portfolio with a third of its health commitments (every third by position) filed
   * under health's sanitation programme, so that the default related areas find pairs.
   */
  static List<Commitment> portfolio(int size) {
    PriorityArea sanitationProgramme = PriorityArea.HEALTH.sub("sanitation");
    List<Commitment> out = new ArrayList<>(NationalData.portfolio(42, size));
    for (int i = 0; i < out.size(); i += 3) {
      if (out.get(i).area().equals(PriorityArea.HEALTH)) {
        out.set(i, out.get(i).withArea(sanitationProgramme));
      }
    }
    return out;
  }

  /** Starts PostgreSQL, loads and indexes the portfolio, and checks both count the same pairs. */
  @Setup(Level.Trial)
  public void setUp() {
    AreaMatching matching = AreaMatching.valueOf(areaMatching);
    if (matching == AreaMatching.SAME_ROOT) {
      throw new IllegalArgumentException("the SQL peer covers EXACT and NESTED");
    }
    portfolio = portfolio(size);
    OverlapRules rules =
        matching == AreaMatching.EXACT
            ? OverlapRules.builder().areaMatching(matching).relatedAreas(List.of()).build()
            : OverlapRules.defaults();
    finder = OverlapFinder.of(rules);
    query = matching == AreaMatching.EXACT ? EXACT_QUERY : nestedQuery(rules.relatedAreas());
    db = BenchDatabase.start(2);
    load(db, portfolio);
    long expected = finder.find(portfolio).totalPairs();
    long counted = sql();
    if (counted != expected) {
      throw new IllegalStateException(
          "The SQL query counts " + counted + " pairs, the finder " + expected);
    }
    System.out.printf("%n[sql-overlaps] size=%d %s pairs=%d%n", size, matching, expected);
  }

  /** Makes and fills the tables and their indexes. */
  static void load(BenchDatabase db, List<Commitment> portfolio) {
    db.execute("DROP TABLE IF EXISTS ov_scope, ov_reach");
    db.execute(
        "CREATE TABLE ov_scope (commitment integer NOT NULL, lead text NOT NULL, status text NOT"
            + " NULL, area text NOT NULL, root text NOT NULL, code text NOT NULL, start_day"
            + " integer NOT NULL, due_day integer NOT NULL)");
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement("INSERT INTO ov_scope VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      int rows = 0;
      for (int i = 0; i < portfolio.size(); i++) {
        Commitment x = portfolio.get(i);
        for (JurisdictionCode code : x.scope()) {
          ps.setInt(1, i);
          ps.setString(2, x.lead().value());
          ps.setString(3, x.status().name());
          ps.setString(4, x.area().code());
          ps.setString(5, x.area().root().code());
          ps.setString(6, code.value());
          ps.setInt(7, Math.toIntExact(x.start().toEpochDay()));
          ps.setInt(8, Math.toIntExact(x.due().toEpochDay()));
          ps.addBatch();
          if (++rows % 5000 == 0) {
            ps.executeBatch();
          }
        }
      }
      ps.executeBatch();
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot load the portfolio", e);
    }
    // Every scope code expanded to itself and its ancestors (18.03.01 -> 18, 18.03, 18.03.01).
    db.execute(
        "CREATE TABLE ov_reach AS SELECT s.commitment, s.lead, s.status, s.area, s.root,"
            + " array_to_string((string_to_array(s.code, '.'))[1:k], '.') AS code, s.start_day,"
            + " s.due_day FROM ov_scope s, generate_series(1,"
            + " cardinality(string_to_array(s.code, '.'))) AS k");
    String covering = " INCLUDE (commitment, lead, status, start_day, due_day)";
    db.execute("CREATE INDEX ov_scope_area_code ON ov_scope (area, code)" + covering);
    db.execute("CREATE INDEX ov_scope_root_code ON ov_scope (root, code)" + covering);
    db.execute("CREATE INDEX ov_reach_area_code ON ov_reach (area, code)" + covering);
    db.execute("CREATE INDEX ov_reach_root_code ON ov_reach (root, code)" + covering);
    db.execute("VACUUM ANALYZE ov_scope");
    db.execute("VACUUM ANALYZE ov_reach");
  }

  /**
   * Rakor: the finder's full report.
   *
   * @return the number of pairs
   */
  @Benchmark
  public long rakor() {
    return finder.find(portfolio).totalPairs();
  }

  /**
   * The peer: the query, every pair fetched.
   *
   * @return the number of pairs
   */
  @Benchmark
  public long sql() {
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.setFetchSize(10_000);
        long pairs = 0;
        try (ResultSet rs = s.executeQuery(query)) {
          while (rs.next()) {
            pairs += rs.getInt(1) >= 0 ? 1 : 0;
          }
        }
        c.commit();
        return pairs;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  /** Stops PostgreSQL. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    db.close();
  }
}
