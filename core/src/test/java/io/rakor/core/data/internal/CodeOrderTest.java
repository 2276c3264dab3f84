package io.rakor.core.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.jurisdictions.JurisdictionCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeOrderTest {
  /** Valid codes at every depth, with segments that differ in their first and last digits. */
  private static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (String p : new String[] {"11", "18", "19", "91", "92"}) {
      codes.add(p);
      for (String r : new String[] {"01", "09", "10", "71", "99"}) {
        codes.add(p + "." + r);
        for (String k : new String[] {"01", "10", "11"}) {
          codes.add(p + "." + r + "." + k);
          for (String v : new String[] {"1001", "2001", "2010", "2100"}) {
            codes.add(p + "." + r + "." + k + "." + v);
          }
        }
      }
    }
    codes.forEach(JurisdictionCode::of); // every one valid
    return codes;
  }

  /** The order by definition: segment by segment, numerically, then a parent first. */
  private static int bySegments(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  @Test
  void validCodesCompareSegmentBySegmentNumericallyParentsFirst() {
    List<String> codes = codes();
    int compared = 0;
    for (String a : codes) {
      for (String b : codes) {
        assertThat(Integer.signum(CodeOrder.compare(a, b)))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(bySegments(a, b)));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(405 * 405);
  }

  @Test
  void aParentSortsBeforeItsDescendantsAndTheirNextSibling() {
    assertThat(CodeOrder.compare("18.03", "18.03.01")).isNegative();
    assertThat(CodeOrder.compare("18.03.01.2001", "18.04")).isNegative();
    assertThat(CodeOrder.compare("18.10", "18.09.14.2001")).isPositive();
  }
}
