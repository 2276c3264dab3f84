package io.rakor.reports.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever text a value holds, the templates write it as text, never as markup. */
class EscapingProperties {
  private static final String BEFORE = "<ul class=\"reasons\"><li><bdi>";
  private static final String AFTER = "</bdi></li></ul>";

  @Test
  void htmlTemplatesWriteAnyTextAsTextThatReadsBackTheSame() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              String html =
                  Templates.html("reasons.html.mustache", Map.of("reasons", List.of(text)));
              assertThat(html).startsWith(BEFORE).endsWith(AFTER + "\n");
              String written = html.substring(BEFORE.length(), html.length() - AFTER.length() - 1);
              assertThat(written).doesNotContain("<", ">", "\"", "'", "`");
              assertThat(unescape(written)).isEqualTo(text);
            });
  }

  @Test
  void markdownKeepsAnyTextOnOneLineAndEscapesEveryMarkupCharacter() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              String md = MarkdownText.escape(text);
              assertThat(md).doesNotContain("\n", "\r");
              assertThat(md.replaceAll("\\\\.", ""))
                  .doesNotContainPattern("[`*_\\[\\]<>|~&#!\\\\]");
            });
  }

  /** Reads back the numeric and named character references an HTML escaper writes. */
  private static String unescape(String html) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      int end = html.indexOf(';', i);
      if (c != '&' || end < 0) {
        out.append(c);
        continue;
      }
      String entity = html.substring(i + 1, end);
      switch (entity) {
        case "amp" -> out.append('&');
        case "lt" -> out.append('<');
        case "gt" -> out.append('>');
        case "quot" -> out.append('"');
        default -> {
          if (!entity.startsWith("#")) {
            throw new AssertionError("unknown entity &" + entity + "; in " + html);
          }
          out.appendCodePoint(
              entity.startsWith("#x")
                  ? Integer.parseInt(entity.substring(2), 16)
                  : Integer.parseInt(entity.substring(1)));
        }
      }
      i = end;
    }
    return out.toString();
  }
}
