package io.rakor.reports.matrix;

import io.rakor.reports.ReportLanguage;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the reports' options. */
final class ReportGens {
  private ReportGens() {}

  static Gen<ReportLanguage> languages() {
    return Generate.enumValues(ReportLanguage.class);
  }

  static Gen<Character> separators() {
    return Generate.pick(java.util.List.of(',', ';'));
  }
}
