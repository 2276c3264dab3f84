package io.rakor.testkit.internal.gen;

import static io.rakor.testkit.internal.gen.Gens.chance;
import static io.rakor.testkit.internal.gen.Gens.dates;
import static io.rakor.testkit.internal.gen.Gens.distinctListOf;
import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.optional;
import static io.rakor.testkit.internal.gen.Gens.realistic;
import static io.rakor.testkit.internal.gen.IdGens.forumIds;
import static io.rakor.testkit.internal.gen.IdGens.idTexts;
import static io.rakor.testkit.internal.gen.IdGens.unitIds;
import static io.rakor.testkit.internal.gen.JurisdictionGens.jurisdictionCodes;

import io.rakor.core.plans.InstrumentKind;
import io.rakor.core.plans.InstrumentStatus;
import io.rakor.core.plans.LegalInstrument;
import io.rakor.core.plans.LegalInstrumentId;
import io.rakor.core.plans.PlanReference;
import io.rakor.core.plans.PlanningDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of plan references and legal instruments (issue 12 §2). Stateless and thread-safe. */
public final class PlanGens {
  private static final List<String> GOALS =
      List.of("Misi 2", "Misi 2, Tujuan 2.1", "Tujuan 3: SDM unggul", "Misi 4, Tujuan 4.2");
  private static final List<String> TARGETS =
      List.of(
          "Sasaran 2.1.3: turunnya prevalensi stunting",
          "Sasaran 4.1: meningkatnya akses sanitasi layak",
          "Sasaran 1.2: tersedianya data terpadu");
  private static final List<String> KEY_INDICATORS =
      List.of(
          "IKU 7: prevalensi stunting balita",
          "IKU 3: persentase desa ODF",
          "IKU 12: indeks satu data");
  private static final List<String> INSTRUMENT_TITLES =
      List.of(
          "Pembentukan Tim Percepatan Penurunan Stunting Kabupaten",
          "Penetapan Desa Lokus Intervensi Penurunan Stunting Tahun 2026",
          "Peran Desa dalam Konvergensi Percepatan Penurunan Stunting",
          "Rencana Kontinjensi Penanggulangan Bencana Banjir");

  private PlanGens() {}

  /** The generator behind {@code RakorGen.legalInstrumentIds()}. */
  public static Gen<LegalInstrumentId> legalInstrumentIds() {
    return idTexts("instrument").map(LegalInstrumentId::of).describedAs(LegalInstrumentId::value);
  }

  /** The generator behind {@code RakorGen.planReferences()}. */
  public static Gen<PlanReference> planReferences() {
    Gen<PlanReference> gen =
        src -> {
          PlanningDocument document = Generate.enumValues(PlanningDocument.class).generate(src);
          int first = ints(2020, 2035).generate(src);
          boolean years = chance(70).generate(src);
          int span = document.isAnnual() ? 0 : ints(0, 5).generate(src);
          PlanReference.Builder b =
              PlanReference.builder()
                  .document(document)
                  .title(document + " " + first + (span > 0 ? "-" + (first + span) : ""))
                  .goal(optional(realistic(GOALS)).generate(src))
                  .target(optional(realistic(TARGETS)).generate(src))
                  .keyIndicator(optional(realistic(KEY_INDICATORS)).generate(src));
          if (years) {
            b.firstYear(first);
            if (span > 0 || chance(20).generate(src)) {
              b.lastYear(first + span);
            }
          }
          return b.build();
        };
    return gen.describedAs(r -> r.document() + " \"" + r.title() + "\"");
  }

  /** The generator behind {@code RakorGen.legalInstruments()}. */
  public static Gen<LegalInstrument> legalInstruments() {
    Gen<LegalInstrument> gen =
        src -> {
          LegalInstrumentId id = legalInstrumentIds().generate(src);
          InstrumentKind kind = Generate.enumValues(InstrumentKind.class).generate(src);
          InstrumentStatus status = Generate.enumValues(InstrumentStatus.class).generate(src);
          boolean numbered = status != InstrumentStatus.DRAFT || chance(20).generate(src);
          LocalDate date = dates().generate(src);
          List<LegalInstrumentId> others = distinctListOf(legalInstrumentIds(), 0, 4).generate(src);
          List<LegalInstrumentId> mentioned = others.stream().filter(o -> !o.equals(id)).toList();
          int split = ints(0, mentioned.size()).generate(src);
          return LegalInstrument.builder()
              .id(id)
              .kind(kind)
              .title(realistic(INSTRUMENT_TITLES).generate(src))
              .number(
                  numbered
                      ? Optional.of(ints(1, 999).generate(src) + "/" + date.getYear())
                      : Optional.empty())
              .date(numbered ? Optional.of(date) : Optional.empty())
              .issuer(unitIds().generate(src))
              .jurisdiction(jurisdictionCodes().generate(src))
              .status(status)
              .amends(mentioned.subList(0, split))
              .revokes(mentioned.subList(split, mentioned.size()))
              .forms(kind.isDecree() ? optional(forumIds()).generate(src) : Optional.empty())
              .build();
        };
    return gen.describedAs(l -> l.kind() + " " + l.id() + " " + l.status());
  }
}
