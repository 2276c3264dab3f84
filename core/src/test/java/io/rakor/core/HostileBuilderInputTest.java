package io.rakor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.internal.Ids;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.ObstacleCategory;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.monitoring.CycleSchedule;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Limits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's corpus of hostile builder inputs (issue 10, sections 1, 2 and 4): every case an
 * attacker tried, and its neighbours. Each must be refused with a {@link RakorValidationException}
 * naming the type, the field and the rule (never a {@code NullPointerException}, {@code
 * DateTimeException}, {@code ArithmeticException} or {@code OutOfMemoryError}), and quickly.
 */
class HostileBuilderInputTest {
  private static final Currency IDR = Currency.getInstance("IDR");
  private static final BigDecimal MILLION_DIGITS = new BigDecimal(BigInteger.TEN.pow(1_000_000));

  /**
   * The slowest a first, cold rejection may be (classes loading, the JIT not started, a shared
   * machine): far below the seconds the CPU burns took. Warm rejections are timed in {@link
   * #theCpuBurnsAreRefusedInMicroseconds()}.
   */
  private static final long MAX_NANOS = 2_000_000_000L;

  record Case(String name, Supplier<?> attempt, String type, String field, String rule) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case refused(
      String name, Supplier<?> attempt, String type, String field, String rule) {
    return new Case(name, attempt, type, field, rule);
  }

  private static Obstacle obstacle(String description) {
    return Obstacle.of(ObstacleCategory.BUDGET, description);
  }

  private static AgendaItem agendaItem(String title) {
    return AgendaItem.builder().position(1).title(title).build();
  }

  private static FundingLine budget(BigDecimal amount) {
    return FundingLine.of(FundingSource.REGIONAL_BUDGET, 2026, amount, IDR);
  }

  private static EvidenceRef evidence(String uri) {
    return EvidenceRef.of(URI.create(uri), "Foto kegiatan");
  }

  static Stream<Case> text() {
    return Stream.of(
        refused(
            "unpaired high surrogate",
            () -> obstacle("Anggaran \uD800 terbatas"),
            "Obstacle",
            "description",
            "well-formed Unicode: the unpaired surrogate U+D800 at index 9"),
        refused(
            "unpaired low surrogate at the end",
            () -> agendaItem("Stunting \uDC00"),
            "AgendaItem",
            "title",
            "unpaired surrogate U+DC00 at index 9"),
        refused(
            "surrogates in the wrong order",
            () -> agendaItem("x\uDE00\uD83C"),
            "AgendaItem",
            "title",
            "unpaired surrogate U+DE00 at index 1"),
        refused("empty", () -> agendaItem(""), "AgendaItem", "title", "must not be blank"),
        refused("spaces", () -> agendaItem("   "), "AgendaItem", "title", "visible character"),
        refused("NBSP alone", () -> agendaItem("\u00A0"), "AgendaItem", "title", "visible"),
        refused("U+200B alone", () -> agendaItem("\u200B"), "AgendaItem", "title", "visible"),
        refused("U+FEFF alone", () -> agendaItem("\uFEFF"), "AgendaItem", "title", "visible"),
        refused("ideographic space", () -> agendaItem("\u3000"), "AgendaItem", "title", "visible"),
        refused("Hangul filler", () -> agendaItem("\u3164"), "AgendaItem", "title", "visible"),
        refused("blank Braille", () -> agendaItem("\u2800"), "AgendaItem", "title", "visible"),
        refused(
            "combining mark alone", () -> agendaItem("\u0301"), "AgendaItem", "title", "visible"),
        refused(
            "variation selector alone",
            () -> agendaItem("\uFE0F"),
            "AgendaItem",
            "title",
            "visible"),
        refused(
            "NUL alone",
            () -> obstacle("\u0000"),
            "Obstacle",
            "description",
            "control character U+0000 NULL (at index 0)"),
        refused(
            "BEL alone",
            () -> obstacle("\u0007"),
            "Obstacle",
            "description",
            "control character U+0007 BEL (at index 0)"),
        refused(
            "BEL inside a text",
            () -> obstacle("Banjir\u0007 di desa"),
            "Obstacle",
            "description",
            "U+0007 BEL (at index 6)"),
        refused(
            "ESC (terminal escape)",
            () -> obstacle("ok\u001B[31mred"),
            "Obstacle",
            "description",
            "U+001B"),
        refused("DEL", () -> obstacle("a\u007Fb"), "Obstacle", "description", "U+007F"),
        refused("C1 NEL", () -> obstacle("a\u0085b"), "Obstacle", "description", "U+0085"),
        refused("C1 CSI", () -> obstacle("a\u009Bb"), "Obstacle", "description", "U+009B"),
        refused(
            "U+202E alone",
            () -> agendaItem("\u202E"),
            "AgendaItem",
            "title",
            "bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE (at index 0)"),
        refused(
            "U+202E inside a file name",
            () -> obstacle("laporan\u202Efdp.exe"),
            "Obstacle",
            "description",
            "bidirectional control U+202E"),
        refused("U+202A", () -> obstacle("a\u202Ab"), "Obstacle", "description", "U+202A"),
        refused("U+202C", () -> obstacle("a\u202Cb"), "Obstacle", "description", "U+202C"),
        refused("U+2066", () -> obstacle("a\u2066b"), "Obstacle", "description", "U+2066"),
        refused("U+2069", () -> obstacle("a\u2069b"), "Obstacle", "description", "U+2069"),
        refused(
            "tab in a title",
            () -> agendaItem("Rapat\tKoordinasi"),
            "AgendaItem",
            "title",
            "a name or title is a single line"),
        refused(
            "line feed in a title",
            () -> agendaItem("Rapat\nKoordinasi"),
            "AgendaItem",
            "title",
            "single line"),
        refused(
            "carriage return in a name",
            () -> PersonName.of("Hamartoni\rAhadis"),
            "PersonName",
            "name",
            "single line"),
        refused(
            "line separator in a title",
            () -> agendaItem("a\u2028b"),
            "AgendaItem",
            "title",
            "line break U+2028"),
        refused(
            "too long a name",
            () -> agendaItem("n".repeat(Limits.NAME_LENGTH + 1)),
            "AgendaItem",
            "title",
            "at most 500 characters"),
        refused(
            "too long a text",
            () -> obstacle("t".repeat(Limits.TEXT_LENGTH + 1)),
            "Obstacle",
            "description",
            "at most 100000 characters"),
        refused(
            "a blank title among a person's titles",
            () -> PersonName.builder().name("Hamartoni").addTitlesBefore("Dr.", "\u200B").build(),
            "PersonName",
            "titlesBefore[1]",
            "visible"),
        refused(
            "a control character in an achievement",
            () ->
                UnitReport.builder()
                    .unit(UnitId.of("dinkes"))
                    .addAchievements("ok", "bad\u0000")
                    .build(),
            "UnitReport",
            "achievements[1]",
            "U+0000"));
  }

  static Stream<Case> limits() {
    return Stream.of(
        refused(
            "a FundingLine allocation of 101 digits (the poison row)",
            () -> budget(new BigDecimal("9".repeat(101))),
            "FundingLine",
            "allocation",
            "at most 34 digits"),
        refused(
            "a FundingLine allocation of 35 digits",
            () -> budget(new BigDecimal("1" + "0".repeat(34))),
            "FundingLine",
            "allocation",
            "has 35"),
        refused(
            "1E+9999999 (the CPU burn)",
            () -> budget(new BigDecimal("1E+9999999")),
            "FundingLine",
            "allocation",
            "at most 34 digits"),
        refused(
            "1E+999999999",
            () -> budget(new BigDecimal("1E+999999999")),
            "FundingLine",
            "allocation",
            "at most 34 digits"),
        refused(
            "scale Integer.MIN_VALUE",
            () -> budget(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)),
            "FundingLine",
            "allocation",
            "at most 34 digits"),
        refused(
            "scale Integer.MAX_VALUE",
            () -> budget(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE)),
            "FundingLine",
            "allocation",
            "at most 4 decimal places"),
        refused(
            "a million-digit amount",
            () -> budget(MILLION_DIGITS),
            "FundingLine",
            "allocation",
            "at most 34 digits"),
        refused(
            "null supporter",
            () -> Samples.commitmentBuilder().addSupporters((UnitId) null).build(),
            "Commitment",
            "supporters[1]",
            "must not be null"),
        refused(
            "null third supporter",
            () ->
                Samples.commitmentBuilder()
                    .addSupporters(UnitId.of("a"), UnitId.of("b"), null)
                    .build(),
            "Commitment",
            "supporters[3]",
            "must not be null"),
        refused(
            "null scope element",
            () -> Samples.commitmentBuilder().addScope((JurisdictionCode) null).build(),
            "Commitment",
            "scope[1]",
            "must not be null"),
        refused(
            "null title before a name",
            () -> PersonName.builder().name("Hamartoni").addTitlesBefore((String) null).build(),
            "PersonName",
            "titlesBefore[0]",
            "must not be null"),
        refused(
            "null title after a name",
            () -> PersonName.builder().name("Hamartoni").addTitlesAfter("M.Si.", null).build(),
            "PersonName",
            "titlesAfter[1]",
            "must not be null"),
        refused(
            "null agenda item",
            () -> Samples.meetingBuilder().addAgenda((AgendaItem) null).build(),
            "Meeting",
            "agenda[2]",
            "must not be null"),
        refused(
            "null list of supporters",
            () -> Samples.commitmentBuilder().addAllSupporters(listWithNull()).build(),
            "Commitment",
            "supporters[2]",
            "must not be null"),
        refused(
            "null meeting title",
            () -> Samples.meetingBuilder().title(null).build(),
            "Meeting",
            "title",
            "must not be null"),
        refused(
            "a missing title",
            () -> AgendaItem.builder().position(1).build(),
            "AgendaItem",
            "title",
            "is required"),
        refused(
            "ObservationPeriod.year(1_000_000_000)",
            () -> ObservationPeriod.year(1_000_000_000),
            "ObservationPeriod",
            "year",
            "must be in the years 1900 to 2998"),
        refused(
            "ObservationPeriod.year(Integer.MIN_VALUE)",
            () -> ObservationPeriod.year(Integer.MIN_VALUE),
            "ObservationPeriod",
            "year",
            "must be in the years"),
        refused(
            "ObservationPeriod.year(Integer.MAX_VALUE)",
            () -> ObservationPeriod.year(Integer.MAX_VALUE),
            "ObservationPeriod",
            "year",
            "must be in the years"),
        refused(
            "ObservationPeriod.month at LocalDate's end",
            () -> ObservationPeriod.month(YearMonth.of(999_999_999, 12)),
            "ObservationPeriod",
            "month",
            "must be in the years"),
        refused(
            "ObservationPeriod.of LocalDate.MIN to MAX",
            () -> ObservationPeriod.of(LocalDate.MIN, LocalDate.MAX),
            "ObservationPeriod",
            "startInclusive",
            "must be in the years 1900 to 2999"),
        refused(
            "a commitment due on LocalDate.MAX",
            () -> Samples.commitmentBuilder().due(LocalDate.MAX).build(),
            "Commitment",
            "due",
            "must be in the years 1900 to 2999"),
        refused(
            "a milestone due in the year 1",
            () -> Milestone.of(MilestoneId.of("m"), "Rencana", LocalDate.of(1, 1, 1)),
            "Milestone",
            "due",
            "years 1900 to 2999"),
        refused(
            "a meeting in the year 3000",
            () ->
                Samples.meetingBuilder()
                    .start(ZonedDateTime.of(3000, 1, 1, 9, 0, 0, 0, Samples.WIB))
                    .end(ZonedDateTime.of(3000, 1, 1, 12, 0, 0, 0, Samples.WIB))
                    .build(),
            "Meeting",
            "start",
            "years 1900 to 2999"),
        refused(
            "a report submitted at Instant.MAX",
            () -> Samples.report().withSubmittedAt(Instant.MAX),
            "ProgressReport",
            "submittedAt",
            "years 1900 to 2999 (UTC)"),
        refused(
            "a target of 1e300",
            () -> Target.of(Samples.STUNTING, 1e300, Samples.DUE),
            "Target",
            "value",
            "magnitude"),
        refused(
            "a target of 1e-300 (PostgreSQL writes it as 301 digits)",
            () -> Target.of(Samples.STUNTING, 1e-300, Samples.DUE),
            "Target",
            "value",
            "magnitude"),
        refused(
            "a target of Double.MIN_VALUE",
            () -> Target.of(Samples.STUNTING, Double.MIN_VALUE, Samples.DUE),
            "Target",
            "value",
            "magnitude"),
        refused(
            "a target of NaN",
            () -> Target.of(Samples.STUNTING, Double.NaN, Samples.DUE),
            "Target",
            "value",
            "finite"),
        refused(
            "10,001 supporters",
            () ->
                Samples.commitmentBuilder()
                    .addAllSupporters(
                        IntStream.range(0, Limits.REFERENCE_LIST_SIZE + 1)
                            .mapToObj(i -> UnitId.of("unit-" + i))
                            .toList())
                    .build(),
            "Commitment",
            "supporters",
            "at most 10000 elements"),
        refused(
            "1,001 obstacles in a unit report",
            () ->
                UnitReport.builder()
                    .unit(UnitId.of("dinkes"))
                    .addAllObstacles(
                        IntStream.range(0, Limits.ENTRY_LIST_SIZE + 1)
                            .mapToObj(i -> obstacle("o" + i))
                            .toList())
                    .build(),
            "UnitReport",
            "obstacles",
            "at most 1000 elements"),
        refused(
            "a meeting whose texts together pass a million characters",
            () ->
                Samples.meetingBuilder()
                    .addAllReports(
                        IntStream.range(0, 11)
                            .mapToObj(
                                i ->
                                    UnitReport.builder()
                                        .unit(Samples.PEMKAB)
                                        .addAchievements("a".repeat(Limits.TEXT_LENGTH))
                                        .build())
                            .toList())
                    .build(),
            "Meeting",
            "reports[9].achievements[0]",
            "within 1000000 characters"),
        refused(
            "a meeting whose lists together pass 25,000 elements",
            () ->
                Samples.meetingBuilder()
                    .addAllReports(
                        IntStream.range(0, 26)
                            .mapToObj(
                                i ->
                                    UnitReport.builder()
                                        .unit(Samples.PEMKAB)
                                        .addAllAchievements(
                                            IntStream.range(0, Limits.ENTRY_LIST_SIZE)
                                                .mapToObj(k -> "a")
                                                .toList())
                                        .build())
                            .toList())
                    .build(),
            "Meeting",
            "reports[24]",
            "within 25000 (Limits.RECORD_ELEMENTS)"),
        refused(
            "cycle number Integer.MAX_VALUE",
            () -> CycleSchedule.cycle(Samples.monthlyPlan(), Integer.MAX_VALUE),
            "CycleSchedule",
            "sequence",
            "within the year 2999"),
        refused(
            "Integer.MAX_VALUE cycles (no list is allocated)",
            () -> CycleSchedule.cycles(Samples.monthlyPlan(), Integer.MAX_VALUE),
            "CycleSchedule",
            "count",
            "within the year 2999"),
        refused(
            "cycles before LocalDate.MAX (no loop over a billion years)",
            () -> CycleSchedule.cyclesBefore(Samples.monthlyPlan(), LocalDate.MAX),
            "CycleSchedule",
            "count",
            "within the year 2999"),
        refused(
            "the cycle containing LocalDate.MAX",
            () -> CycleSchedule.cycleContaining(Samples.monthlyPlan(), LocalDate.MAX),
            "CycleSchedule",
            "sequence",
            "within the year 2999"));
  }

  private static List<UnitId> listWithNull() {
    List<UnitId> list = new ArrayList<>();
    list.add(UnitId.of("a"));
    list.add(null);
    return list;
  }

  static Stream<Case> codesAndReferences() {
    Stream<Case> codes =
        Stream.of("18.3", "0", "000000.000000", "1803", "18.03.1.2001", "18.03.01.2001.1")
            .map(
                code ->
                    refused(
                        "jurisdiction code " + code,
                        () -> JurisdictionCode.parse(code),
                        "JurisdictionCode",
                        "value",
                        "2 digits for a province (18), then 2 for a regency or city (18.03), 2 for"
                            + " a sub-district (18.03.01) and 4 for a village (18.03.01.2001)"));
    Stream<Case> links =
        Stream.of(
                "javascript:alert(1)",
                "JavaScript:alert(document.cookie)",
                "file:///etc/passwd",
                "file://server/share/x.pdf",
                "data:text/html,%3Cscript%3Ealert(1)%3C/script%3E",
                "ftp://files.example/a.pdf",
                "mailto:walidata@example.go.id",
                "urn:isbn:9786020000000",
                "vbscript:msgbox(1)",
                "/relative/path.pdf")
            .map(
                uri ->
                    refused(
                        "evidence link " + uri,
                        () -> evidence(uri),
                        "EvidenceRef",
                        "uri",
                        "must be an absolute https or http link"));
    Stream<Case> moreLinks =
        Stream.of(
            refused(
                "a link without a host",
                () -> evidence("https:///etc/passwd"),
                "EvidenceRef",
                "uri",
                "must name a host"),
            refused(
                "an opaque https link",
                () -> evidence("https:example.org"),
                "EvidenceRef",
                "uri",
                "must name a host"),
            refused(
                "a link with a password",
                () -> evidence("https://admin:secret@data.example.go.id/x.pdf"),
                "EvidenceRef",
                "uri",
                "user name or password"),
            refused(
                "a link with U+202E",
                () -> evidence("https://data.example.go.id/laporan\u202Efdp.exe"),
                "EvidenceRef",
                "uri",
                "bidirectional control U+202E"),
            refused(
                "a link of 2,001 characters",
                () -> evidence("https://x.example/" + "a".repeat(1983)),
                "EvidenceRef",
                "uri",
                "at most 2000 characters"));
    Stream<Case> ids =
        Stream.of(
                "a/../../etc/passwd",
                "../secret",
                "a/./b",
                "/etc/passwd",
                "a/",
                "a//b",
                ".hidden",
                "a.",
                "-a",
                "a:b",
                "C:/Windows",
                "a\\b",
                "a b",
                "a,b",
                "a;b",
                "\"a\"",
                "=cmd|' /C calc'!A0",
                "+1",
                "@sum",
                "a\u202Eb",
                "ünit",
                "a\u0000",
                "CON",
                "nul.txt",
                "com1/x",
                "rtl/LPT9.json",
                "",
                "x".repeat(Limits.ID_LENGTH + 1))
            .flatMap(
                id ->
                    Stream.<Case>of(
                        refused(
                            "unit id " + id,
                            () -> UnitId.of(id),
                            "UnitId",
                            "value",
                            "segments of letters A-Z a-z, digits and '.', '_', '-', separated by"
                                + " '/'"),
                        refused(
                            "commitment id " + id,
                            () -> CommitmentId.of(id),
                            "CommitmentId",
                            "value",
                            Ids.RULE)));
    return Stream.of(codes, links, moreLinks, ids, Stream.of(idWithItsProblem(), reportIdProblem()))
        .flatMap(s -> s);
  }

  private static Case idWithItsProblem() {
    return refused(
        "the id a/../../etc/passwd names its segment",
        () -> MeetingId.of("a/../../etc/passwd"),
        "MeetingId",
        "value",
        "the segment '..' at index 2 does not start and end with a letter or digit");
  }

  private static Case reportIdProblem() {
    return refused(
        "a reserved device name is named",
        () -> ProgressReportId.of("rtl-1/aux"),
        "ProgressReportId",
        "value",
        "the segment 'aux' at index 6 is a device name Windows reserves");
  }

  static Stream<Case> all() {
    return Stream.of(text(), limits(), codesAndReferences()).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void isRefusedWithTheLibrarysExceptionNamingTypeFieldAndRule(Case c) {
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(c.attempt()::get);
    long nanos = System.nanoTime() - start;

    assertThat(thrown)
        .as("%s must be refused with RakorValidationException", c)
        .isInstanceOf(RakorValidationException.class);
    RakorValidationException e = (RakorValidationException) thrown;
    assertThat(e.violations())
        .as("%s: %s", c, e.getMessage())
        .anySatisfy(
            v -> {
              assertThat(v.type()).isEqualTo(c.type());
              assertThat(v.field()).isEqualTo(c.field());
              assertThat(v.rule()).contains(c.rule());
            });
    assertThat(e.getMessage()).contains(c.type() + "." + c.field());
    assertThat(nanos).as("%s refused in %d µs", c, nanos / 1000).isLessThan(MAX_NANOS);
    assertSafeToLog(e.getMessage());
  }

  /** A message carries no control, format or bidirectional character and no lone surrogate. */
  static void assertSafeToLog(String message) {
    for (int i = 0; i < message.length(); i++) {
      char ch = message.charAt(i);
      int kind = Character.getType(ch);
      boolean lineBreakBetweenViolations = ch == '\n';
      assertThat(
              lineBreakBetweenViolations
                  || !(kind == Character.CONTROL
                      || kind == Character.FORMAT
                      || kind == Character.LINE_SEPARATOR
                      || kind == Character.PARAGRAPH_SEPARATOR
                      || (kind == Character.SURROGATE
                          && !Character.isSurrogatePair(at(message, i - 1), ch)
                          && !Character.isSurrogatePair(ch, at(message, i + 1)))))
          .as("character U+%04X at %d of %s", (int) ch, i, message)
          .isTrue();
    }
  }

  private static char at(String s, int i) {
    return i >= 0 && i < s.length() ? s.charAt(i) : ' ';
  }

  @Test
  void theCpuBurnsAreRefusedInMicroseconds() {
    List<Supplier<?>> burns =
        List.of(
            () -> budget(new BigDecimal("1E+9999999")),
            () -> budget(new BigDecimal("1E+999999999")),
            () -> budget(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)));
    for (int warm = 0; warm < 1_000; warm++) {
      burns.forEach(HostileBuilderInputTest::refusal);
    }
    for (Supplier<?> burn : burns) {
      long start = System.nanoTime();
      for (int i = 0; i < 1_000; i++) {
        refusal(burn);
      }
      long micros = (System.nanoTime() - start) / 1_000 / 1_000;
      assertThat(micros).as("µs per refusal").isLessThan(1_000);
    }
  }

  private static RakorValidationException refusal(Supplier<?> attempt) {
    Throwable thrown = catchThrowable(attempt::get);
    assertThat(thrown).isInstanceOf(RakorValidationException.class);
    return (RakorValidationException) thrown;
  }

  @Test
  void aNegativeZeroBecomesZeroBecauseStoresDoNotKeepItsSign() {
    assertThat(Double.doubleToRawLongBits(Target.of(Samples.STUNTING, -0.0, Samples.DUE).value()))
        .isZero();
    assertThat(
            Double.doubleToRawLongBits(
                io.rakor.core.indicators.DatedValue.of(-0.0, Samples.DUE).value()))
        .isZero();
    assertThat(
            Double.doubleToRawLongBits(
                Samples.report().withProgressPercent(-0.0).progressPercent()))
        .isZero();
  }

  @Test
  void validTextKeepsEveryScriptSupplementaryCharactersAndLineBreaksInFreeText() {
    assertThat(agendaItem("🌾").title()).isEqualTo("🌾");
    assertThat(agendaItem("𝔸𝔹ℂ 𠀀 ꦧꦸꦥꦠꦶ").title()).isEqualTo("𝔸𝔹ℂ 𠀀 ꦧꦸꦥꦠꦶ");
    assertThat(agendaItem("\u00A0Rapat\u200B koordinasi\uFEFF").title()).startsWith("\u00A0");
    assertThat(agendaItem("مرحبا\u200F 2026").title()).contains("\u200F");
    assertThat(agendaItem("👩‍👩‍👧 keluarga").title()).contains("\u200D");
    String minutes = "Keputusan:\n\t1. Data terpadu\r\n\t2. Stunting\u2028Selesai";
    assertThat(Samples.meetingBuilder().minutes(minutes).build().minutes()).contains(minutes);
    assertThat(agendaItem("n".repeat(Limits.NAME_LENGTH)).title()).hasSize(Limits.NAME_LENGTH);
    assertThat(budget(new BigDecimal("1E+3")).allocation()).isEqualTo(new BigDecimal("1000"));
    assertThat(
            budget(new BigDecimal("9".repeat(Limits.DECIMAL_PRECISION))).allocation().precision())
        .isEqualTo(Limits.DECIMAL_PRECISION);
    assertThat(ObservationPeriod.year(Limits.YEAR_MIN).startInclusive().getYear())
        .isEqualTo(Limits.YEAR_MIN);
    assertThat(ObservationPeriod.year(Limits.YEAR_MAX - 1).endExclusive().getYear())
        .isEqualTo(Limits.YEAR_MAX);
    assertThat(evidence("HTTPS://data.example.go.id/a.pdf").uri().getScheme()).isEqualTo("HTTPS");
    assertThat(evidence("http://10.0.0.1:8080/a.pdf?x=1#p2").uri().getPort()).isEqualTo(8080);
    assertThat(UnitId.of("lu/dinkes_2026/rtl-1.a").value()).isEqualTo("lu/dinkes_2026/rtl-1.a");
    assertThat(UnitId.of("console").value()).isEqualTo("console");
    assertThat(UnitId.of("x".repeat(Limits.ID_LENGTH)).value()).hasSize(Limits.ID_LENGTH);
  }

  @Test
  void aRefusedLinkDoesNotRepeatItsPassword() {
    Throwable thrown =
        catchThrowable(() -> evidence("https://admin:s3cret@data.example.go.id/x.pdf"));
    assertThat(thrown)
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("https://***@data.example.go.id/x.pdf")
        .hasMessageNotContaining("s3cret");
  }
}
