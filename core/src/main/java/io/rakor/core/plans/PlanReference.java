package io.rakor.core.plans;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import io.rakor.core.values.Limits;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citation of the planning document a priority or commitment serves: which document (an RPJMD, a
 * Renja, a village's RKPDes, ...), its title, the years it covers, and the goal (<i>tujuan</i>),
 * target (<i>sasaran</i>) and key indicator (<i>indikator kinerja utama</i>) cited, as the document
 * numbers or words them.
 *
 * <p>Invariants, checked when built: the title and each reference given are names (one line, not
 * blank, at most {@link Limits#NAME_LENGTH} characters); the years are in the years of {@link
 * Limits}; a last year is given only with a first year and is not before it; an annual document
 * ({@link PlanningDocument#isAnnual()}) covers one year. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanReference.class)
@JsonDeserialize(as = ImmutablePlanReference.class)
public abstract class PlanReference implements WithPlanReference {
  PlanReference() {}

  /**
   * Starts building a plan reference.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link PlanReference} values, checking every invariant in {@link #build()}. Obtained
   * from {@link PlanReference#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutablePlanReference.Builder {
    Builder() {}

    /**
     * Sets the years the document covers: the same as {@code firstYear(first).lastYear(last)}.
     *
     * @param first the first year
     * @param last the last year, not before the first
     * @return this builder
     */
    public Builder years(int first, int last) {
      return firstYear(first).lastYear(last);
    }
  }

  /**
   * A reference to a document by kind and title, citing no goal, target or indicator.
   *
   * @param document the kind of document
   * @param title its title, for example {@code "RPJMD Kabupaten Lampung Utara 2025-2029"}
   * @return the reference
   * @throws io.rakor.core.RakorValidationException if the title is not a valid name
   */
  public static PlanReference of(PlanningDocument document, String title) {
    return builder().document(document).title(title).build();
  }

  /**
   * The kind of document cited.
   *
   * @return the document kind
   */
  public abstract PlanningDocument document();

  /**
   * The document's title, for example {@code "Renja Dinas Kesehatan 2026"}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The first year the document covers, if given.
   *
   * @return the year
   */
  public abstract Optional<Integer> firstYear();

  /**
   * The last year the document covers, if it covers more than its first; given only with a first
   * year.
   *
   * @return the year
   */
  public abstract Optional<Integer> lastYear();

  /**
   * The goal cited (<i>tujuan</i>, <i>misi</i>), for example {@code "Misi 2, Tujuan 2.1"}.
   *
   * @return the goal reference
   */
  public abstract Optional<String> goal();

  /**
   * The target cited (<i>sasaran</i>), for example {@code "Sasaran 2.1.3: turunnya prevalensi
   * stunting"}.
   *
   * @return the target reference
   */
  public abstract Optional<String> target();

  /**
   * The key indicator cited (<i>indikator kinerja utama</i>, IKU), for example {@code "IKU 7:
   * prevalensi stunting balita"}.
   *
   * @return the indicator reference
   */
  public abstract Optional<String> keyIndicator();

  /**
   * Whether the document covers a year: true if it gives no years, else if the year is between its
   * first and last (its first alone if it gives no last).
   *
   * @param year the year
   * @return true if the year is covered or no years are given
   */
  public boolean covers(int year) {
    return firstYear().map(f -> year >= f && year <= lastYear().orElse(f)).orElse(true);
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("PlanReference").name("title", title());
    goal().ifPresent(g -> c.name("goal", g));
    target().ifPresent(t -> c.name("target", t));
    keyIndicator().ifPresent(k -> c.name("keyIndicator", k));
    firstYear().ifPresent(y -> year(c, "firstYear", y));
    lastYear().ifPresent(y -> year(c, "lastYear", y));
    lastYear()
        .ifPresent(
            last -> {
              c.require(
                  firstYear().isPresent(), "lastYear", last, "must be given with a first year");
              firstYear()
                  .ifPresent(
                      first ->
                          c.require(
                                  last >= first,
                                  "lastYear",
                                  last,
                                  () -> "must not be before the first year " + first)
                              .require(
                                  !document().isAnnual() || last.equals(first),
                                  "lastYear",
                                  last,
                                  () ->
                                      "must equal the first year "
                                          + first
                                          + ": a "
                                          + document()
                                          + " covers one year"));
            });
    c.done();
  }

  private static void year(Checker c, String field, int year) {
    c.require(
        year >= Limits.YEAR_MIN && year <= Limits.YEAR_MAX,
        field,
        year,
        () -> "must be in the years " + Limits.YEAR_MIN + " to " + Limits.YEAR_MAX);
  }
}
