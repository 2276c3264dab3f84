package io.rakor.core.indicators;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSortedMap;
import io.rakor.core.RakorValidationException;
import io.rakor.core.values.Checker;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Which part of a population a figure counts: a category for each of some dimensions, such as
 * {@code {sex=female, age_group=0-23 months}} or {@code {place=18.03.01}}. The empty
 * disaggregation, {@link #TOTAL}, is the figure for everyone: the total its parts add up to.
 *
 * <p>Dimensions are open, as results frameworks keep them (IATI's {@code dimension} has any name):
 * {@link #SEX}, {@link #AGE_GROUP} and {@link #PLACE} are the usual ones, and a programme may add
 * its own, such as {@code disability} or {@code wealth_quintile}. Categories are free words: a
 * place category may be a jurisdiction code ({@code 18.03.01}) or {@code urban} and {@code rural}.
 *
 * <p>Invariants, checked when built: at most {@link #MAX_DIMENSIONS} dimensions; a dimension's name
 * is 1 to 64 characters of lower-case letters, digits and underscores, starting with a letter; a
 * category is a single line of 1 to {@link #CATEGORY_LENGTH} characters that follows the text rules
 * of {@code docs/domain.md} and neither starts nor ends with white space (so that {@code "urban"}
 * and {@code "urban "} cannot be two categories). No null anywhere.
 *
 * <p>JSON: an object from dimension to category, {@code {"age_group":"0-23
 * months","sex":"female"}}; the total is {@code {}}. Immutable and thread-safe; equal when the
 * categories are equal; ordered deterministically, by the dimensions and categories in order of
 * dimension name, the total first.
 *
 * @since 0.2
 */
public final class Disaggregation implements Comparable<Disaggregation> {
  /** The dimension of sex, with categories such as {@code female} and {@code male}. */
  public static final String SEX = "sex";

  /** The dimension of age, with categories such as {@code 0-23 months} or {@code 15-49 years}. */
  public static final String AGE_GROUP = "age_group";

  /**
   * The dimension of place: a jurisdiction code such as {@code 18.03.01}, or words such as {@code
   * urban} and {@code rural}.
   */
  public static final String PLACE = "place";

  /** The most dimensions one disaggregation has. */
  public static final int MAX_DIMENSIONS = 8;

  /** The most characters of a category. */
  public static final int CATEGORY_LENGTH = 200;

  /** The total: no dimension, everyone. */
  public static final Disaggregation TOTAL = new Disaggregation(ImmutableSortedMap.of());

  private static final Pattern DIMENSION = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final String TYPE = "Disaggregation";

  private final ImmutableSortedMap<String, String> categories;

  private Disaggregation(ImmutableSortedMap<String, String> categories) {
    this.categories = categories;
  }

  /**
   * The disaggregation with the given categories; an empty map gives {@link #TOTAL}.
   *
   * @param categories each dimension's category
   * @return the disaggregation
   * @throws RakorValidationException if the map is null, or a dimension or category breaks the
   *     rules above
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Disaggregation of(Map<String, String> categories) {
    if (categories == null) {
      Checker.of(TYPE).require(false, "categories", null, "must not be null").done();
    }
    Checker c = Checker.of(TYPE);
    c.require(
        categories.size() <= MAX_DIMENSIONS,
        "categories",
        categories.size() + " dimensions",
        "must have at most " + MAX_DIMENSIONS + " dimensions (Disaggregation.MAX_DIMENSIONS)");
    for (Map.Entry<String, String> e : categories.entrySet()) {
      check(c, e.getKey(), e.getValue());
    }
    c.done();
    return categories.isEmpty() ? TOTAL : new Disaggregation(ImmutableSortedMap.copyOf(categories));
  }

  /**
   * The disaggregation by one dimension, for example {@code of(Disaggregation.SEX, "female")}.
   *
   * @param dimension the dimension
   * @param category its category
   * @return the disaggregation
   * @throws RakorValidationException if the dimension or category breaks the rules above
   */
  public static Disaggregation of(String dimension, String category) {
    Checker c = Checker.of(TYPE);
    check(c, dimension, category);
    c.done();
    return new Disaggregation(ImmutableSortedMap.of(dimension, category));
  }

  private static void check(Checker c, String dimension, String category) {
    if (dimension == null) {
      c.require(false, "categories", null, "must not have a null dimension");
      return;
    }
    if (!DIMENSION.matcher(dimension).matches()) {
      c.require(
          false,
          "categories",
          "\"" + dimension + "\"",
          "a dimension must be 1 to 64 characters of lower-case letters, digits and underscores,"
              + " starting with a letter, such as sex, age_group or place");
      return;
    }
    String field = "categories." + dimension;
    if (category == null) {
      c.require(false, field, null, "must not be null");
      return;
    }
    c.line(field, category, CATEGORY_LENGTH);
    c.require(
        category.isEmpty() || category.strip().equals(category),
        field,
        "\"" + category + "\"",
        "must not start or end with white space");
  }

  /**
   * This disaggregation with one more dimension, for example {@code of(SEX, "female").and(PLACE,
   * "rural")}.
   *
   * @param dimension a dimension this disaggregation does not have
   * @param category its category
   * @return the finer disaggregation
   * @throws RakorValidationException if the dimension is already here, or the dimension or category
   *     breaks the rules above
   */
  public Disaggregation and(String dimension, String category) {
    if (dimension != null && categories.containsKey(dimension)) {
      Checker.of(TYPE)
          .require(
              false,
              "categories." + dimension,
              "\"" + category + "\"",
              "already has the category \"" + categories.get(dimension) + "\"")
          .done();
    }
    Checker c = Checker.of(TYPE);
    check(c, dimension, category);
    c.require(
        categories.size() < MAX_DIMENSIONS,
        "categories",
        (categories.size() + 1) + " dimensions",
        "must have at most " + MAX_DIMENSIONS + " dimensions (Disaggregation.MAX_DIMENSIONS)");
    c.done();
    return new Disaggregation(
        ImmutableSortedMap.<String, String>naturalOrder()
            .putAll(categories)
            .put(dimension, category)
            .build());
  }

  /**
   * This disaggregation without one dimension: the coarser group its parts along that dimension add
   * up to. {@code of(SEX, "female").without(SEX)} is {@link #TOTAL}.
   *
   * @param dimension the dimension to drop; absent dimensions change nothing
   * @return the coarser disaggregation
   */
  public Disaggregation without(String dimension) {
    if (!categories.containsKey(dimension)) {
      return this;
    }
    ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
    categories.forEach(
        (d, category) -> {
          if (!d.equals(dimension)) {
            b.put(d, category);
          }
        });
    ImmutableSortedMap<String, String> rest = b.build();
    return rest.isEmpty() ? TOTAL : new Disaggregation(rest);
  }

  /**
   * Each dimension's category, in order of dimension name. JSON writes this map.
   *
   * @return the categories, unmodifiable; empty for the total
   */
  @JsonValue
  public SortedMap<String, String> categories() {
    return categories;
  }

  /**
   * The dimensions, in order of name.
   *
   * @return the dimensions, unmodifiable
   */
  public Set<String> dimensions() {
    return categories.keySet();
  }

  /**
   * The category of a dimension.
   *
   * @param dimension the dimension
   * @return its category, or empty if this disaggregation does not have it
   */
  public Optional<String> category(String dimension) {
    return Optional.ofNullable(dimension == null ? null : categories.get(dimension));
  }

  /**
   * Whether this is the total: no dimension.
   *
   * @return true for {@link #TOTAL}
   */
  public boolean isTotal() {
    return categories.isEmpty();
  }

  /**
   * Whether this disaggregation is a part of {@code group}: it has every category {@code group}
   * has, and maybe more. Every disaggregation is a part of {@link #TOTAL} and of itself.
   *
   * @param group the coarser group
   * @return true if the figure for this disaggregation counts within the group's figure
   */
  public boolean isPartOf(Disaggregation group) {
    return categories.entrySet().containsAll(group.categories.entrySet());
  }

  /**
   * Orders by the dimensions and categories, in order of dimension name, comparing dimension name
   * first and then category; a disaggregation that is a prefix of another comes first, so {@link
   * #TOTAL} is first of all.
   */
  @Override
  public int compareTo(Disaggregation other) {
    Iterator<Map.Entry<String, String>> a = categories.entrySet().iterator();
    Iterator<Map.Entry<String, String>> b = other.categories.entrySet().iterator();
    while (a.hasNext() && b.hasNext()) {
      Map.Entry<String, String> x = a.next();
      Map.Entry<String, String> y = b.next();
      int c = x.getKey().compareTo(y.getKey());
      if (c == 0) {
        c = x.getValue().compareTo(y.getValue());
      }
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(a.hasNext(), b.hasNext());
  }

  /** Equal when the categories are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Disaggregation d && categories.equals(d.categories);
  }

  @Override
  public int hashCode() {
    return categories.hashCode();
  }

  /**
   * The disaggregation in words.
   *
   * @return {@code "total"}, or the categories such as {@code "age_group=0-23 months, sex=female"}
   */
  @Override
  public String toString() {
    if (categories.isEmpty()) {
      return "total";
    }
    StringBuilder s = new StringBuilder();
    categories.forEach(
        (d, category) ->
            s.append(s.length() == 0 ? "" : ", ").append(d).append('=').append(category));
    return s.toString();
  }
}
