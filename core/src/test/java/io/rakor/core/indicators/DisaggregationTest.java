package io.rakor.core.indicators;

import static io.rakor.core.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.json.RakorJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DisaggregationTest {
  @Test
  void theTotalIsEmptyAndFirst() {
    assertThat(Disaggregation.of(Map.of())).isSameAs(Disaggregation.TOTAL);
    assertThat(Disaggregation.TOTAL.isTotal()).isTrue();
    assertThat(Disaggregation.TOTAL).hasToString("total");
    Disaggregation female = Disaggregation.of(Disaggregation.SEX, "female");
    assertThat(female.isTotal()).isFalse();
    assertThat(female.without(Disaggregation.SEX)).isSameAs(Disaggregation.TOTAL);
    assertThat(female.isPartOf(Disaggregation.TOTAL)).isTrue();
    assertThat(Disaggregation.TOTAL.isPartOf(female)).isFalse();
    assertThat(Disaggregation.TOTAL.compareTo(female)).isNegative();
  }

  @Test
  void dimensionsAreOpenAndOrderedByName() {
    Disaggregation d =
        Disaggregation.of(Disaggregation.SEX, "female")
            .and(Disaggregation.PLACE, "18.03.01")
            .and("disability", "none");
    assertThat(d.dimensions()).containsExactly("disability", "place", "sex");
    assertThat(d.category(Disaggregation.PLACE)).contains("18.03.01");
    assertThat(d.category(Disaggregation.AGE_GROUP)).isEmpty();
    assertThat(d).hasToString("disability=none, place=18.03.01, sex=female");
    assertThat(d.isPartOf(Disaggregation.of(Disaggregation.PLACE, "18.03.01"))).isTrue();
    assertThat(d.isPartOf(Disaggregation.of(Disaggregation.PLACE, "rural"))).isFalse();
    assertThat(d)
        .isEqualTo(
            Disaggregation.of(Map.of("sex", "female", "place", "18.03.01", "disability", "none")));
  }

  @Test
  void orderIsDeterministic() {
    Disaggregation female = Disaggregation.of(Disaggregation.SEX, "female");
    Disaggregation male = Disaggregation.of(Disaggregation.SEX, "male");
    Disaggregation rural = Disaggregation.of(Disaggregation.PLACE, "rural");
    Disaggregation ruralFemale = rural.and(Disaggregation.SEX, "female");
    List<Disaggregation> sorted =
        Stream.of(male, ruralFemale, female, Disaggregation.TOTAL, rural)
            .sorted()
            .collect(Collectors.toList());
    assertThat(sorted).containsExactly(Disaggregation.TOTAL, rural, ruralFemale, female, male);
    assertThat(female.compareTo(Disaggregation.of(Disaggregation.SEX, "female"))).isZero();
  }

  @Test
  void badDimensionsAndCategoriesAreRefused() {
    assertRejected(() -> Disaggregation.of("Sex", "female"), "Disaggregation", "categories");
    assertRejected(() -> Disaggregation.of("", "female"), "Disaggregation", "categories");
    assertRejected(() -> Disaggregation.of(null, "female"), "Disaggregation", "categories");
    assertRejected(() -> Disaggregation.of("sex", ""), "Disaggregation", "categories.sex");
    assertRejected(() -> Disaggregation.of("sex", " female"), "Disaggregation", "categories.sex");
    assertRejected(() -> Disaggregation.of("sex", "fe\nmale"), "Disaggregation", "categories.sex");
    assertRejected(
        () -> Disaggregation.of("sex", "x".repeat(Disaggregation.CATEGORY_LENGTH + 1)),
        "Disaggregation",
        "categories.sex");
    assertRejected(() -> Disaggregation.of(null), "Disaggregation", "categories");
    Map<String, String> nullCategory = new HashMap<>();
    nullCategory.put("sex", null);
    assertRejected(() -> Disaggregation.of(nullCategory), "Disaggregation", "categories.sex");
    assertRejected(
        () -> Disaggregation.of("sex", "female").and("sex", "male"),
        "Disaggregation",
        "categories.sex");
    Map<String, String> many = new HashMap<>();
    for (int i = 0; i <= Disaggregation.MAX_DIMENSIONS; i++) {
      many.put("d" + i, "c");
    }
    assertRejected(() -> Disaggregation.of(many), "Disaggregation", "categories");
  }

  @Test
  void jsonIsAnObject() {
    Disaggregation d =
        Disaggregation.of(Disaggregation.SEX, "female")
            .and(Disaggregation.AGE_GROUP, "0-23 months");
    String json = RakorJson.write(d);
    assertThat(json).isEqualTo("{\"age_group\":\"0-23 months\",\"sex\":\"female\"}");
    assertThat(RakorJson.read(json, Disaggregation.class)).isEqualTo(d);
    assertThat(RakorJson.read("{}", Disaggregation.class)).isSameAs(Disaggregation.TOTAL);
  }
}
