package io.rakor.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every Java and XML block of the README and of {@code docs/} is an exact copy of a tagged region
 * of a compiled test or a pom, and every region is shown somewhere: see {@link DocsCheck} for the
 * syntax.
 */
class DocsCheckTest {
  @Test
  void everyCodeBlockIsACopyOfTheRegionItNames() {
    DocsCheck.Result result = DocsCheck.check(ProjectRoot.get());

    if (!result.problems().isEmpty()) {
      fail(
          result.problems().size()
              + " problem(s) between the docs and the code. Every ```java and ```xml block in"
              + " README.md and docs/ is a copy of a region (// tag::name[] ... // end::name[], or"
              + " <!-- tag::name[] --> in XML) named by <!-- include: path#name --> on the line"
              + " before the fence:\n"
              + result.problems().stream()
                  .map(DocsCheck.Problem::toString)
                  .collect(Collectors.joining("\n")));
    }
    assertThat(result.checked())
        .as("the blocks compared (none would mean the check found no docs)")
        .extracting(b -> b.where().replaceAll(":\\d+$", "") + " " + b.language())
        .contains(
            "README.md java",
            "README.md xml",
            "docs/testkit.md java",
            "docs/json-format.md json",
            "docs/integrator-guide.md xml");
  }
}
