package io.rakor.reports.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.RuleCodes;
import io.rakor.core.values.Limits;
import io.rakor.reports.ReportLanguage;
import io.rakor.reports.internal.Messages;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule code of core has a text in every language of the reports, and every code an import can
 * reach is reached by a row here whose error is written in that text, never in core's English.
 */
class RuleTextsTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  /** The codes an import cannot reach, and why. */
  private static final Map<String, String> UNREACHABLE =
      Map.of(
          RuleCodes.NULL, "the import never passes null",
          RuleCodes.REQUIRED, "the import checks the required columns itself (rule.required)",
          RuleCodes.TEXT_SURROGATE, "decoded UTF-8 and XLSX XML hold no unpaired surrogate",
          RuleCodes.TEXT_LINE_BREAK, "the import builds no single-line name or title",
          RuleCodes.RECORD_ELEMENTS,
              "a commitment's lists, each within its own limit, hold fewer elements together",
          RuleCodes.DATE_NOT_BEFORE, "commitments and milestones use their own codes",
          RuleCodes.COMMITMENT_SCOPE_EMPTY, "Places is a required column");

  private static final String[] COLUMNS = {
    "Commitment ID",
    "Meeting ID",
    "Agenda item",
    "Priority ID",
    "Area",
    "Action",
    "Lead unit ID",
    "Supporting unit IDs",
    "Places",
    "Targets",
    "Milestones",
    "Start",
    "Due",
    "Status",
    "Status reason",
    "Successor ID",
    "Parent ID",
    "Weight"
  };

  private static final String[] VALID = {
    "c-1",
    "rakor-1",
    "",
    "stunting",
    "stunting",
    "Rembuk stunting",
    "bappeda",
    "dinkes",
    "18.03",
    "",
    "m1|2026-03-31|Rembuk",
    "2026-01-12",
    "2026-06-30",
    "",
    "",
    "",
    "",
    ""
  };

  /** For each code an import can reach: a change to the valid row that breaks its rule. */
  private static Map<String, Map<String, String>> cases() {
    Map<String, Map<String, String>> cases = new LinkedHashMap<>();
    cases.put(RuleCodes.ID_FORM, Map.of("Lead unit ID", "dinas kesehatan"));
    cases.put(RuleCodes.JURISDICTION_FORM, Map.of("Places", "18.3"));
    cases.put(RuleCodes.AREA_FORM, Map.of("Area", "Stunting!"));
    cases.put(RuleCodes.TEXT_BLANK, Map.of("Milestones", "m1|2026-03-31|\u200b"));
    cases.put(RuleCodes.TEXT_CONTROL, Map.of("Action", "Rembuk\u0007"));
    cases.put(RuleCodes.TEXT_BIDI, Map.of("Action", "Rembuk \u202e"));
    cases.put(RuleCodes.TEXT_TOO_LONG, Map.of("Action", "x".repeat(Limits.TEXT_LENGTH + 1)));
    cases.put(
        RuleCodes.LIST_TOO_LONG,
        Map.of(
            "Milestones",
            Stream.iterate(0, i -> i + 1)
                .limit(Limits.ENTRY_LIST_SIZE + 1)
                .map(i -> "m" + i + "|2026-03-31|x")
                .collect(Collectors.joining("\n"))));
    cases.put(
        RuleCodes.RECORD_TEXT_LENGTH,
        Map.of(
            "Milestones",
            Stream.iterate(0, i -> i + 1)
                .limit(Limits.RECORD_TEXT_LENGTH / Limits.TEXT_LENGTH + 1)
                .map(i -> "m" + i + "|2026-03-31|" + "x".repeat(Limits.TEXT_LENGTH))
                .collect(Collectors.joining("\n"))));
    cases.put(RuleCodes.DISTINCT, Map.of("Places", "18.03\n18.03"));
    cases.put(RuleCodes.NUMBER_FINITE, Map.of("Targets", "ind-stunting|1e400|2026-06-30"));
    cases.put(RuleCodes.NUMBER_MAGNITUDE, Map.of("Targets", "ind-stunting|1e-300|2026-06-30"));
    cases.put(RuleCodes.DATE_YEARS, Map.of("Start", "1800-01-01"));
    cases.put(RuleCodes.COMMITMENT_DUE_BEFORE_START, Map.of("Due", "2026-01-01"));
    cases.put(RuleCodes.COMMITMENT_MEASURABLE, Map.of("Milestones", ""));
    cases.put(RuleCodes.COMMITMENT_LEAD_SUPPORTER, Map.of("Supporting unit IDs", "bappeda"));
    cases.put(RuleCodes.COMMITMENT_PARENT_SELF, Map.of("Parent ID", "c-1"));
    cases.put(RuleCodes.COMMITMENT_WEIGHT, Map.of("Weight", "0"));
    cases.put(RuleCodes.COMMITMENT_AGENDA_POSITION, Map.of("Agenda item", "0"));
    cases.put(
        RuleCodes.COMMITMENT_STATUS_REASON,
        Map.of("Status", "Agreed", "Status reason", "no longer needed"));
    cases.put(RuleCodes.COMMITMENT_SUCCESSOR_STATUS, Map.of("Successor ID", "c-2"));
    cases.put(
        RuleCodes.COMMITMENT_SUCCESSOR_SELF, Map.of("Status", "Superseded", "Successor ID", "c-1"));
    cases.put(RuleCodes.COMMITMENT_WINDOW, Map.of("Milestones", "m1|2026-12-31|Rembuk"));
    cases.put(RuleCodes.COMMITMENT_MILESTONE_PLACE, Map.of("Milestones", "m1|2026-03-31|x||18.04"));
    cases.put(
        RuleCodes.MILESTONE_DUE_BEFORE_START, Map.of("Milestones", "m1|2026-03-31|x|2026-04-01"));
    return cases;
  }

  @Test
  void everyRuleCodeOfCoreHasATextInEveryLanguageWithTheSamePlaceholders() throws Exception {
    // tag::rule-codes[]
    for (String code : ruleCodes()) {
      Set<String> placeholders = null;
      for (ReportLanguage language : ReportLanguage.values()) {
        Messages rules = Messages.of("rules", language);
        assertThat(rules.has(code)).as("text of rule %s in %s", code, language).isTrue();
        Set<String> found = placeholders(rules.text(code));
        if (placeholders != null) {
          assertThat(found)
              .as("placeholders of rule %s in %s", code, language)
              .isEqualTo(placeholders);
        }
        placeholders = found;
      }
    }
    // end::rule-codes[]
  }

  @Test
  void everyCodeAnImportCanReachIsReachedAndWrittenInTheImportsLanguage() throws Exception {
    Map<String, Map<String, String>> cases = cases();
    Set<String> classified = new TreeSet<>(cases.keySet());
    classified.addAll(UNREACHABLE.keySet());
    assertThat(classified).as("codes with a case or a reason").isEqualTo(ruleCodes());

    for (ReportLanguage language : ReportLanguage.values()) {
      Messages rules = Messages.of("rules", language);
      String fallback = Messages.of("matrix", language).text("rule.domain").split("\\{")[0];
      cases.forEach(
          (code, change) -> {
            MatrixImportResult result = Matrices.read(csv(change), MatrixFormat.CSV, language);
            assertThat(result.errors())
                .as("errors of %s in %s", code, language)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.rule()).doesNotStartWith(fallback))
                .anySatisfy(e -> assertThat(e.rule()).contains(fixedStart(rules.text(code))));
          });
    }
  }

  private static Set<String> ruleCodes() throws IllegalAccessException {
    Set<String> codes = new TreeSet<>();
    for (Field f : RuleCodes.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        codes.add((String) f.get(null));
      }
    }
    return codes;
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The text before its first placeholder: what every instance of the rule says. */
  private static String fixedStart(String text) {
    int brace = text.indexOf('{');
    return (brace < 0 ? text : text.substring(0, brace)).strip();
  }

  private static byte[] csv(Map<String, String> change) {
    StringBuilder out = new StringBuilder();
    out.append(Stream.of(COLUMNS).map(RuleTextsTest::quoted).collect(Collectors.joining(",")));
    out.append("\r\n");
    String[] row = VALID.clone();
    change.forEach(
        (column, value) -> row[java.util.Arrays.asList(COLUMNS).indexOf(column)] = value);
    out.append(Stream.of(row).map(RuleTextsTest::quoted).collect(Collectors.joining(",")));
    out.append("\r\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
