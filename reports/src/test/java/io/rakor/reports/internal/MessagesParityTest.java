package io.rakor.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Sets;
import io.rakor.reports.ReportLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle of the reports has the same keys in every language, and no empty text. */
class MessagesParityTest {

  @Test
  void everyKeyExistsInEveryLanguage() throws IOException, URISyntaxException {
    Map<String, Map<String, Set<String>>> keysByBundleAndLanguage = new TreeMap<>();
    for (Path file : bundleFiles()) {
      String name = file.getFileName().toString().replace(".properties", "");
      int underscore = name.lastIndexOf('_');
      keysByBundleAndLanguage
          .computeIfAbsent(name.substring(0, underscore), b -> new TreeMap<>())
          .put(name.substring(underscore + 1), load(file).stringPropertyNames());
    }
    Set<String> languages =
        Stream.of(ReportLanguage.values())
            .map(l -> l.locale().getLanguage())
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(keysByBundleAndLanguage).containsKey("common");
    keysByBundleAndLanguage.forEach(
        (bundle, byLanguage) -> {
          assertThat(byLanguage.keySet()).as("languages of bundle %s", bundle).isEqualTo(languages);
          Set<String> all =
              byLanguage.values().stream()
                  .flatMap(Set::stream)
                  .collect(Collectors.toCollection(TreeSet::new));
          byLanguage.forEach(
              (language, keys) ->
                  assertThat(Sets.difference(all, keys))
                      .as("keys of bundle %s missing in language %s", bundle, language)
                      .isEmpty());
        });
  }

  @Test
  void noTextIsEmpty() throws IOException, URISyntaxException {
    for (Path file : bundleFiles()) {
      Properties texts = load(file);
      assertThat(texts.stringPropertyNames())
          .as("keys with empty text in %s", file.getFileName())
          .allSatisfy(key -> assertThat(texts.getProperty(key)).isNotBlank());
    }
  }

  @Test
  void everyEnumConstantTheReportsNameHasATextInEveryLanguage() {
    for (ReportLanguage language : ReportLanguage.values()) {
      Messages common = Messages.of("common", language);
      for (Class<? extends Enum<?>> type :
          java.util.List.<Class<? extends Enum<?>>>of(
              io.rakor.core.monitoring.Health.class,
              io.rakor.core.commitments.CommitmentStatus.class,
              io.rakor.core.monitoring.MilestoneState.class,
              io.rakor.core.monitoring.CompletionGrade.class,
              io.rakor.core.commitments.FundingSource.class)) {
        for (Enum<?> constant : type.getEnumConstants()) {
          assertThat(common.text(constant)).as("%s in %s", constant, language).isNotBlank();
        }
      }
    }
  }

  private static java.util.List<Path> bundleFiles() throws IOException, URISyntaxException {
    Path directory =
        Paths.get(
                MessagesParityTest.class
                    .getResource("/io/rakor/reports/common_id.properties")
                    .toURI())
            .getParent();
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
