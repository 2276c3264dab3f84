package io.rakor.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.units.UnitKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LampungUtaraRakorTest {
  private final LampungUtara rakor = LampungUtara.build();

  @Test
  void theMeetingIsTheOneInTheReport() {
    Meeting m = rakor.meeting();
    assertThat(m.start().toLocalDate()).hasToString("2026-01-12");
    assertThat(m.start().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    assertThat(m.venue()).contains("Gedung Pusiban");
    assertThat(rakor.bupati().name().fullName()).isEqualTo("Dr. Ir. Hamartoni Ahadis, M.Si.");
    assertThat(m.chair()).isEqualTo(rakor.bupati().id());
    assertThat(m.participants())
        .filteredOn(p -> p.role() == ParticipantRole.CHAIR)
        .singleElement()
        .satisfies(p -> assertThat(p.official()).contains(rakor.bupati().id()));
    assertThat(m.coConveners()).containsExactly(rakor.forkopimda().id());
  }

  @Test
  void theRegencyHasItsSubDistrictsAndVillages() {
    assertThat(count(JurisdictionLevel.SUB_DISTRICT)).isEqualTo(23);
    assertThat(count(JurisdictionLevel.VILLAGE)).isEqualTo(232);
    assertThat(count(JurisdictionLevel.URBAN_VILLAGE)).isEqualTo(15);
    assertThat(
            rakor.units().values().stream().filter(u -> u.kind() == UnitKind.SUB_DISTRICT_OFFICE))
        .hasSize(23);
    assertThat(rakor.units().values().stream().filter(u -> u.kind() == UnitKind.COOPERATIVE))
        .hasSize(247);
    // every participant is a known unit
    assertThat(rakor.meeting().participantUnits()).allMatch(rakor.units()::containsKey);
  }

  @Test
  void everyCommitmentRefersToThisMeetingAndKnownUnits() {
    assertThat(rakor.commitments()).isNotEmpty();
    assertThat(rakor.commitments())
        .allSatisfy(
            c -> {
              assertThat(c.originMeeting()).isEqualTo(rakor.meeting().id());
              assertThat(rakor.units()).containsKey(c.lead());
              assertThat(rakor.units().keySet()).containsAll(c.supporters());
              assertThat(rakor.meeting().agendaItem(c.agendaPosition().orElseThrow())).isPresent();
            });
  }

  @Test
  void theMeetingSurvivesJson() {
    Meeting m = rakor.meeting();
    assertThat(RakorJson.read(RakorJson.write(m), Meeting.class)).isEqualTo(m);
  }

  @Test
  void mainTellsOneStoryAndWritesTheJsonToFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rakor.json");
    String printed = runMain(file.toString());

    assertThat(printed)
        .contains("Rapat Koordinasi Lintas Sektor Kabupaten Lampung Utara")
        .contains("Senin 12 Januari 2026")
        .contains("Gedung Pusiban")
        .contains("Dr. Ir. Hamartoni Ahadis, M.Si.")
        .containsPattern("SUB_DISTRICT_OFFICE +23")
        .contains(
            "the follow-up plan in " + dir.resolve("lampung-utara-plan.json").toAbsolutePath());
    // JSON, cursors and hashes are not part of the story: they are in files, or with --verbose.
    assertThat(printed)
        .doesNotContain("\"schemaVersion\"")
        .doesNotContain("next after")
        .doesNotContain(", head ");
    assertThat(RakorJson.readDocument(Files.readString(file), Meeting.class))
        .isEqualTo(rakor.meeting());
    assertThat(
            RakorJson.readListDocument(
                Files.readString(dir.resolve("lampung-utara-plan.json")), Commitment.class))
        .isEqualTo(rakor.commitments());

    // One plan and one February: the monitoring walkthrough and the store evaluate February's
    // reports alike.
    String february = "-- Cycle lu.monev.2026/1: 1 February 2026 to 28 February 2026";
    assertThat(printed).contains(february).contains("Evaluation of lu.monev.2026/1 read through");
    String summary = "7 evaluated: 0 completed, 5 on track, 2 at risk";
    assertThat(printed.split(java.util.regex.Pattern.quote(summary), -1)).hasSize(3);
    assertThat(printed).doesNotContain("lu.monev-2026-02");
  }

  @Test
  void verboseAddsTheJsonTheCursorsAndTheHashes(@TempDir Path dir) throws IOException {
    String printed = runMain(LampungUtaraRakor.VERBOSE, dir.resolve("rakor.json").toString());

    assertThat(printed)
        .contains("\"lead\" : \"lu.dinkes\"")
        .contains("\"schemaVersion\" : " + RakorJson.SCHEMA_VERSION)
        .contains("(next after ")
        .contains("first import: ")
        .containsPattern(
            "Audit trail: 36 entries, head [0-9a-f]{16}\\.\\.\\., 36 entries verified");
  }

  private static String runMain(String... args) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      LampungUtaraRakor.main(args);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private long count(JurisdictionLevel level) {
    return rakor.jurisdictions().stream().map(Jurisdiction::level).filter(level::equals).count();
  }
}
