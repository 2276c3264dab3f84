package io.rakor.checks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of every Rakor module, checked on the compiled main classes of all of
 * them. A module is told by where its classes were loaded from ({@code core/target/classes} or
 * {@code rakor-core-<version>.jar}), so a new package needs no change here.
 */
@AnalyzeClasses(packages = "io.rakor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final Pattern MODULE_DIR = Pattern.compile("/([a-z0-9-]+)/target/classes/");
  private static final Pattern MODULE_JAR = Pattern.compile("/rakor-([a-z0-9-]+?)-\\d[^/]*\\.jar");

  /** The module a class was compiled in: {@code core}, {@code persistence-spi}, ... */
  static String moduleOf(JavaClass type) {
    String uri = type.getSource().map(s -> s.getUri().toString()).orElse("");
    for (Pattern p : List.of(MODULE_DIR, MODULE_JAR)) {
      Matcher m = p.matcher(uri);
      if (m.find()) {
        return m.group(1);
      }
    }
    return "unknown:" + uri;
  }

  private static DescribedPredicate<JavaClass> inModule(String module) {
    return DescribedPredicate.describe("in module " + module, c -> moduleOf(c).equals(module));
  }

  private static boolean isInternal(JavaClass type) {
    return type.getPackageName().matches("io\\.rakor\\..*\\.internal(\\..*)?");
  }

  /**
   * A type Immutables generated for a Rakor value type {@code X}, or nested in one: {@code
   * ImmutableX}, which extends {@code X}, or {@code WithX}, which {@code X} implements.
   */
  static boolean isGenerated(JavaClass type) {
    JavaClass top = type;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    if (!top.getPackageName().startsWith("io.rakor")) {
      return false;
    }
    Matcher m = Pattern.compile("(Immutable|With)([A-Z]\\w*)").matcher(top.getSimpleName());
    if (!m.matches()) {
      return false;
    }
    String valueType = top.getPackageName() + "." + m.group(2);
    if (m.group(1).equals("Immutable")) {
      return top.getRawSuperclass().map(c -> c.getName().equals(valueType)).orElse(false);
    }
    return top.isInterface()
        && top.getAllSubclasses().stream().anyMatch(c -> c.getName().equals(valueType));
  }

  /** Public, and every enclosing class is public: visible to users. */
  private static boolean isApi(JavaClass type) {
    Optional<JavaClass> c = Optional.of(type);
    while (c.isPresent()) {
      if (!c.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      c = c.get().getEnclosingClass();
    }
    return !isInternal(type);
  }

  private static boolean isVisible(JavaMember member) {
    Set<JavaModifier> m = member.getModifiers();
    return m.contains(JavaModifier.PUBLIC)
        || (m.contains(JavaModifier.PROTECTED)
            && !member.getOwner().getModifiers().contains(JavaModifier.FINAL));
  }

  /** Every type that appears in the signature of a member users can see. */
  private static Set<JavaClass> signatureTypes(JavaMember member) {
    Set<JavaClass> types = new HashSet<>();
    if (member instanceof JavaField f) {
      types.addAll(f.getType().getAllInvolvedRawTypes());
    } else if (member instanceof JavaCodeUnit u) {
      types.addAll(u.getReturnType().getAllInvolvedRawTypes());
      for (JavaType p : u.getParameterTypes()) {
        types.addAll(p.getAllInvolvedRawTypes());
      }
      u.getThrowsClause().getTypes().forEach(types::add);
    }
    return types;
  }

  /**
   * Checks the members users can see on an API type, including those it inherits from a type they
   * cannot see (such as a generated builder).
   */
  private static ArchCondition<JavaClass> exposeNo(String what, Predicate<JavaClass> forbidden) {
    return new ArchCondition<>("expose no " + what + " in a public or protected signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<JavaMember> members = new ArrayList<>();
        members.addAll(type.getAllFields());
        members.addAll(type.getConstructors());
        members.addAll(type.getAllMethods());
        for (JavaMember member : members) {
          if (!isVisible(member) || member.getOwner().getPackageName().startsWith("java.")) {
            continue;
          }
          for (JavaClass t : signatureTypes(member)) {
            if (forbidden.test(t)) {
              events.add(
                  SimpleConditionEvent.violated(
                      member,
                      type.getName()
                          + " exposes "
                          + t.getName()
                          + " through "
                          + member.getFullName()));
            }
          }
        }
      }
    };
  }

  @ArchTest
  static final ArchRule packagesFormADirectedAcyclicGraph =
      slices().matching("io.rakor.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreAndTheSpiKnowNothingOfJdbc =
      noClasses()
          .that(inModule("core").or(inModule("persistence-spi")))
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.sql..");

  @ArchTest
  static final ArchRule noModuleUsesAnotherModulesInternals =
      classes()
          .should(
              new ArchCondition<JavaClass>("use only their own module's internal packages") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                  origin.getDirectDependenciesFromSelf().stream()
                      .filter(d -> isInternal(d.getTargetClass().getBaseComponentType()))
                      .filter(
                          d ->
                              !moduleOf(d.getTargetClass().getBaseComponentType())
                                  .equals(moduleOf(origin)))
                      .forEach(
                          d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
                }
              });

  @ArchTest
  static final ArchRule apiTypesExposeNoInternalType =
      classes()
          .that(DescribedPredicate.describe("are API", ArchitectureTest::isApi))
          .should(exposeNo("internal type", ArchitectureTest::isInternal));

  @ArchTest
  static final ArchRule apiTypesExposeNoGeneratedType =
      classes()
          .that(DescribedPredicate.describe("are API", ArchitectureTest::isApi))
          .should(exposeNo("type generated by Immutables", ArchitectureTest::isGenerated));

  @ArchTest
  static final ArchRule generatedTypesAreNotPublic =
      classes()
          .that(DescribedPredicate.describe("are generated by Immutables", c -> isGenerated(c)))
          .and()
          .areTopLevelClasses()
          .should()
          .notBePublic();

  private static final Pattern GENERATED_NAME = Pattern.compile("\\b(?:Immutable|With)([A-Z]\\w*)");

  @Test
  void docsNameNoGeneratedType() throws IOException {
    Path root = ProjectRoot.get();
    Set<String> valueTypes = valueTypeNames(root);
    assertThat(valueTypes).contains("Commitment", "Meeting", "CommitmentQuery");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path md :
          files
              .filter(p -> p.toString().endsWith(".md"))
              .filter(p -> !root.relativize(p).toString().contains("target"))
              .toList()) {
        List<String> lines = Files.readAllLines(md);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = GENERATED_NAME.matcher(lines.get(i));
          while (m.find()) {
            if (valueTypes.contains(m.group(1))) {
              found.add(root.relativize(md) + ":" + (i + 1) + ": " + m.group());
            }
          }
        }
      }
    }
    assertThat(found).as("generated type names in the documentation").isEmpty();
  }

  /** The simple names of every Immutables value type in the main sources. */
  private static Set<String> valueTypeNames(Path root) throws IOException {
    Set<String> names = new HashSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path java :
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("/src/main/java/"))
              .toList()) {
        if (Files.readString(java).contains("@Value.Immutable")) {
          names.add(java.getFileName().toString().replace(".java", ""));
        }
      }
    }
    return names;
  }
}
