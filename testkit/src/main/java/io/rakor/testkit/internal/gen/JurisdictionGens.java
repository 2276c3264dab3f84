package io.rakor.testkit.internal.gen;

import static io.rakor.testkit.internal.gen.Gens.coin;
import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.listOf;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.gen.Gens.realistic;
import static io.rakor.testkit.internal.gen.Gens.twoDigits;
import static io.rakor.testkit.internal.gen.Gens.weighted;

import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.testkit.internal.Words;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of jurisdiction codes and jurisdictions. Stateless and thread-safe. */
public final class JurisdictionGens {
  private JurisdictionGens() {}

  /** The generator behind {@code RakorGen.jurisdictionCodes()}. */
  public static Gen<JurisdictionCode> jurisdictionCodes() {
    Gen<JurisdictionCode> realistic = ints(1, 4).flatMap(JurisdictionGens::jurisdictionCodes);
    Gen<JurisdictionCode> arbitrary =
        listOf(ints(1, 99), 3, 3)
            .zip(
                ints(1, 9999),
                ints(1, JurisdictionCode.MAX_DEPTH),
                (upper, village, depth) -> {
                  JurisdictionCode code = JurisdictionCode.of(twoDigits(upper.get(0)));
                  for (int level = 1; level < depth; level++) {
                    code = code.child(level < 3 ? upper.get(level) : village);
                  }
                  return code;
                });
    return weighted(4, realistic, 1, arbitrary).describedAs(JurisdictionCode::value);
  }

  /** The generator behind {@code RakorGen.jurisdictionCodes(int depth)}. */
  public static Gen<JurisdictionCode> jurisdictionCodes(int depth) {
    if (depth < 1 || depth > 4) {
      throw new IllegalArgumentException("depth must be 1 to 4, was " + depth);
    }
    return src -> {
      JurisdictionCode code = JurisdictionCode.of(pick(Words.PROVINCES).generate(src).code());
      if (depth >= 2) {
        code = code.child(twoDigits(ints(1, 79).generate(src)));
      }
      if (depth >= 3) {
        code = code.child(twoDigits(ints(1, 40).generate(src)));
      }
      if (depth >= 4) {
        code =
            code.child(
                Integer.toString((coin().generate(src) ? 2000 : 1000) + ints(1, 60).generate(src)));
      }
      return code;
    };
  }

  /** The generator behind {@code RakorGen.jurisdictions()}. */
  public static Gen<Jurisdiction> jurisdictions() {
    Gen<Jurisdiction> gen =
        src -> {
          JurisdictionLevel level = Generate.enumValues(JurisdictionLevel.class).generate(src);
          JurisdictionCode code = jurisdictionCodes(level.depth()).generate(src);
          String name = realistic(namesFor(level)).generate(src);
          return Jurisdiction.builder()
              .code(code)
              .name(name)
              .level(level)
              .parent(code.parent())
              .build();
        };
    return gen.describedAs(j -> j.level() + " " + j.code() + " " + j.name());
  }

  public static List<String> namesFor(JurisdictionLevel level) {
    switch (level) {
      case PROVINCE:
        return Words.PROVINCES.stream().map(Words.Province::name).toList();
      case REGENCY:
      case CITY:
        return Words.REGENCIES;
      case SUB_DISTRICT:
        return Words.SUB_DISTRICTS;
      default:
        return Words.VILLAGES;
    }
  }
}
