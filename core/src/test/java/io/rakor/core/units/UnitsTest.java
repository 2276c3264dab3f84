package io.rakor.core.units;

import static io.rakor.core.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.jurisdictions.JurisdictionCode;
import org.junit.jupiter.api.Test;

class UnitsTest {
  private static final JurisdictionCode LU = JurisdictionCode.of("18.03");

  private static ResponsibleUnit.Builder dinkes() {
    return ResponsibleUnit.builder()
        .id(UnitId.of("dinkes"))
        .name("Dinas Kesehatan")
        .shortName("Dinkes")
        .kind(UnitKind.AGENCY)
        .jurisdiction(LU);
  }

  @Test
  void aUnitHasADisplayName() {
    assertThat(dinkes().build().displayName()).isEqualTo("Dinkes");
    assertThat(dinkes().shortName(java.util.Optional.empty()).build().displayName())
        .isEqualTo("Dinas Kesehatan");
  }

  @Test
  void aUnitIsNotItsOwnParent() {
    assertRejected(() -> dinkes().parent(UnitId.of("dinkes")).build(), "ResponsibleUnit", "parent");
  }

  @Test
  void unitNamesMustNotBeBlank() {
    assertRejected(() -> dinkes().name("").build(), "ResponsibleUnit", "name");
    assertRejected(() -> dinkes().shortName("  ").build(), "ResponsibleUnit", "shortName");
  }

  @Test
  void aForumNeedsDistinctMembers() {
    Forum.Builder forum =
        Forum.builder()
            .id(ForumId.of("forkopimda"))
            .name("Forkopimda")
            .kind(ForumKind.LEADERSHIP_FORUM)
            .jurisdiction(LU);
    assertRejected(forum::build, "Forum", "members");
    assertRejected(
        () -> forum.addMembers(UnitId.of("polres"), UnitId.of("polres")).build(),
        "Forum",
        "members[1]");
  }

  @Test
  void aNameIsWrittenWithItsTitles() {
    PersonName regent =
        PersonName.builder()
            .addTitlesBefore("Dr.", "Ir.")
            .name("Hamartoni Ahadis")
            .addTitlesAfter("M.Si.")
            .build();
    assertThat(regent.fullName()).isEqualTo("Dr. Ir. Hamartoni Ahadis, M.Si.");
    assertThat(PersonName.of("Siti").fullName()).isEqualTo("Siti");
    assertRejected(
        () -> PersonName.builder().name("Siti").addTitlesAfter(" ").build(),
        "PersonName",
        "titlesAfter[0]");
    assertRejected(
        () -> PersonName.builder().name("Siti").addTitlesBefore("").build(),
        "PersonName",
        "titlesBefore[0]");
  }

  @Test
  void anOfficialHoldsAPosition() {
    assertRejected(
        () ->
            Official.builder()
                .id(OfficialId.of("bupati"))
                .name(PersonName.of("Hamartoni Ahadis"))
                .position(" ")
                .unit(UnitId.of("pemkab"))
                .build(),
        "Official",
        "position");
  }

  @Test
  void aUnitAndAnOfficialAreMadeInOneCall() {
    assertThat(ResponsibleUnit.of(UnitId.of("dinkes"), "Dinas Kesehatan", UnitKind.AGENCY, LU))
        .isEqualTo(dinkes().shortName(java.util.Optional.empty()).build());
    Official bupati =
        Official.of(OfficialId.of("bupati"), "Hamartoni Ahadis", "Bupati", UnitId.of("pemkab"));
    assertThat(bupati.name()).isEqualTo(PersonName.of("Hamartoni Ahadis"));
    assertThat(bupati.position()).isEqualTo("Bupati");
    assertThat(bupati.unit()).isEqualTo(UnitId.of("pemkab"));
    assertRejected(
        () -> ResponsibleUnit.of(UnitId.of("dinkes"), " ", UnitKind.AGENCY, LU),
        "ResponsibleUnit",
        "name");
    assertRejected(
        () -> Official.of(OfficialId.of("bupati"), "Hamartoni Ahadis", "", UnitId.of("pemkab")),
        "Official",
        "position");
  }
}
