package io.rakor.testkit.internal.gen;

import static io.rakor.testkit.internal.gen.Gens.cached;
import static io.rakor.testkit.internal.gen.Gens.chance;
import static io.rakor.testkit.internal.gen.Gens.coin;
import static io.rakor.testkit.internal.gen.Gens.distinctListOf;
import static io.rakor.testkit.internal.gen.Gens.listOf;
import static io.rakor.testkit.internal.gen.Gens.optional;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.gen.Gens.realistic;
import static io.rakor.testkit.internal.gen.Gens.unicode;
import static io.rakor.testkit.internal.gen.Gens.weighted;
import static io.rakor.testkit.internal.gen.Gens.words;
import static io.rakor.testkit.internal.gen.IdGens.forumIds;
import static io.rakor.testkit.internal.gen.IdGens.officialIds;
import static io.rakor.testkit.internal.gen.IdGens.unitIds;
import static io.rakor.testkit.internal.gen.JurisdictionGens.jurisdictionCodes;

import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.Forum;
import io.rakor.core.units.ForumKind;
import io.rakor.core.units.Official;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.units.UnitKind;
import io.rakor.testkit.internal.Words;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of person names, responsible units, forums and officials. Stateless and thread-safe.
 */
public final class UnitGens {
  private UnitGens() {}

  /** The generator behind {@code RakorGen.personNames()}. */
  public static Gen<PersonName> personNames() {
    return personNames(TextMix.MIXED);
  }

  public static Gen<PersonName> personNames(TextMix mix) {
    return cached(List.of("personNames", mix), () -> buildPersonNames(mix));
  }

  private static Gen<PersonName> buildPersonNames(TextMix mix) {
    Gen<String> realName =
        pick(Words.GIVEN_NAMES).zip(pick(Words.FAMILY_NAMES), (g, f) -> g + " " + f);
    Gen<String> name = mix == TextMix.MIXED ? weighted(5, realName, 1, unicode(1, 30)) : realName;
    Gen<PersonName> gen =
        listOf(words(Words.TITLES_BEFORE, mix), 0, 2)
            .zip(
                name,
                listOf(words(Words.TITLES_AFTER, mix), 0, 2),
                (before, n, after) ->
                    PersonName.builder().titlesBefore(before).name(n).titlesAfter(after).build());
    return gen.describedAs(PersonName::fullName);
  }

  /** The generator behind {@code RakorGen.units()}. */
  public static Gen<ResponsibleUnit> units() {
    Gen<ResponsibleUnit> gen =
        src -> {
          UnitId id = unitIds().generate(src);
          Words.Agency agency = pick(Words.AGENCIES).generate(src);
          String regency = realistic(Words.REGENCIES).generate(src);
          boolean arbitraryName = chance(15).generate(src);
          String name =
              arbitraryName
                  ? unicode(1, 60).generate(src)
                  : agency.name() + " Kabupaten " + regency;
          Optional<String> shortName =
              coin().generate(src) ? Optional.of(agency.shortName()) : Optional.empty();
          Optional<UnitId> parent = optional(unitIds()).generate(src).filter(p -> !p.equals(id));
          UnitKind kind = Generate.enumValues(UnitKind.class).generate(src);
          JurisdictionCode jurisdiction = jurisdictionCodes().generate(src);
          boolean national = kind.isPartner() && chance(30).generate(src);
          return ResponsibleUnit.builder()
              .id(id)
              .name(name)
              .shortName(shortName)
              .kind(kind)
              .jurisdiction(national ? Optional.empty() : Optional.of(jurisdiction))
              .parent(parent)
              .build();
        };
    return gen.describedAs(u -> u.id() + " " + u.displayName());
  }

  /** The generator behind {@code RakorGen.forums()}. */
  public static Gen<Forum> forums() {
    Gen<Forum> gen =
        src ->
            Forum.builder()
                .id(forumIds().generate(src))
                .name(
                    realistic(
                            List.of(
                                "Forkopimda Kabupaten Lampung Utara",
                                "Tim Percepatan Penurunan Stunting",
                                "Forum Satu Data Daerah",
                                "Kelompok Kerja Air Minum dan Sanitasi"))
                        .generate(src))
                .kind(Generate.enumValues(ForumKind.class).generate(src))
                .jurisdiction(jurisdictionCodes().generate(src))
                .members(distinctListOf(unitIds(), 1, 8).generate(src))
                .build();
    return gen.describedAs(f -> f.id() + " " + f.name() + " " + f.members());
  }

  /** The generator behind {@code RakorGen.officials()}. */
  public static Gen<Official> officials() {
    Gen<String> position =
        weighted(
            5,
            pick(List.of("Bupati", "Camat", "Kepala Desa", "Kepala Dinas", "Ketua Koperasi"))
                .zip(pick(Words.SUB_DISTRICTS), (p, place) -> p + " " + place),
            1,
            unicode(1, 40));
    Gen<Official> gen =
        officialIds()
            .zip(
                personNames(),
                position,
                unitIds(),
                (id, name, pos, unit) ->
                    Official.builder().id(id).name(name).position(pos).unit(unit).build());
    return gen.describedAs(o -> o.id() + " " + o.name().fullName() + ", " + o.position());
  }
}
