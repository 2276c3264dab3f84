package io.rakor.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the documentation true to the code: every fenced code block in {@code README.md} and {@code
 * docs/**.md} that shows Java or XML is an exact copy of a tagged region of a compiled test or of a
 * pom, and says which.
 *
 * <p><b>Regions</b> use Asciidoctor's tags: the lines between {@code // tag::name[]} and {@code //
 * end::name[]} in Java, or {@code <!-- tag::name[] -->} and {@code <!-- end::name[] -->} in XML,
 * each tag alone on its line. A region's text is those lines without any tag lines (regions may
 * nest), with the indentation they have in common removed. A name is used once per file.
 *
 * <p><b>References</b>: the line right before a block's opening fence is {@code <!-- include:
 * path/from/the/root/File.java#name -->}. Without {@code #name} the block is the whole file (used
 * for JSON and text that tests compare with what the library produces).
 *
 * <p>It reports: a {@code java} or {@code xml} block with no reference; a fence with no language
 * (so that no code hides in an unlabelled block); a reference to a missing file or region, or one
 * not directly followed by a block; a block that differs from its region, with the first difference
 * and the text it should have; a region that no block shows; a tag left open, an end tag with no
 * open tag, a name used twice in one file, and a malformed tag.
 */
final class DocsCheck {
  /** The inputs of {@link DocsCheckFailuresTest}: broken on purpose, never part of the project. */
  static final String META_TEST_DATA = "checks/src/test/resources/docs-check";

  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of("target", ".git", ".mvn", ".idea", "node_modules");
  private static final Set<String> MUST_BE_INCLUDED = Set.of("java", "xml");

  private static final Pattern TAG =
      Pattern.compile(
          "^\\s*(?://\\s*(tag|end)::([\\w.-]+)\\[\\]|<!--\\s*(tag|end)::([\\w.-]+)\\[\\]\\s*-->)\\s*$");
  private static final Pattern TAG_LIKE = Pattern.compile("^\\s*(?://|<!--).*\\b(?:tag|end)::");
  private static final Pattern FENCE = Pattern.compile("^( *)(`{3,}|~{3,})\\s*([^`\\s]*)\\s*$");
  private static final Pattern INCLUDE =
      Pattern.compile("^\\s*<!--\\s*include:\\s*([^\\s#]+)(?:#([\\w.-]+))?\\s*-->\\s*$");
  private static final Pattern INCLUDE_LIKE = Pattern.compile("^\\s*<!--\\s*include\\b");

  /** One thing wrong, where it is ({@code docs/testkit.md:39}). */
  record Problem(String where, String message) {
    @Override
    public String toString() {
      return where + ": " + message;
    }
  }

  /** A block that was compared with its source: where it is and what it shows. */
  record CheckedBlock(String where, String language, String reference) {}

  /** What a check found. */
  record Result(List<Problem> problems, List<CheckedBlock> checked) {}

  private record Region(String name, int startLine, int endLine, List<String> lines) {}

  private record Source(String path, Map<String, Region> regions, List<Problem> problems) {}

  private final Path root;
  private final Map<String, Source> sources = new TreeMap<>();
  private final Map<String, Map<String, Boolean>> shown = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<CheckedBlock> checked = new ArrayList<>();

  private DocsCheck(Path root) {
    this.root = root;
  }

  /**
   * Checks the documentation of the project at {@code root}.
   *
   * @param root the directory that holds {@code README.md} and {@code docs/}
   * @return every problem found, documents first, in reading order, and the blocks compared
   */
  static Result check(Path root) {
    DocsCheck check = new DocsCheck(root.toAbsolutePath().normalize());
    check.scanSources();
    for (Path doc : check.docs()) {
      check.checkDoc(doc);
    }
    check.reportSources();
    return new Result(List.copyOf(check.problems), List.copyOf(check.checked));
  }

  private List<Path> docs() {
    List<Path> docs = new ArrayList<>();
    if (Files.isRegularFile(root.resolve("README.md"))) {
      docs.add(root.resolve("README.md"));
    }
    Path dir = root.resolve("docs");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return docs;
  }

  /** Reads the regions of every Java and XML file of the project. */
  private void scanSources() {
    Path excluded = root.resolve(META_TEST_DATA);
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean skip =
                  !dir.equals(root)
                      && (SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                          || dir.equals(excluded));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              if (name.endsWith(".java") || name.endsWith(".xml")) {
                source(relative(file));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String relative(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private Source source(String path) {
    return sources.computeIfAbsent(path, p -> parseRegions(p, read(root.resolve(p))));
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Source parseRegions(String path, List<String> lines) {
    Map<String, Region> regions = new LinkedHashMap<>();
    List<Problem> found = new ArrayList<>();
    Map<String, Integer> open = new LinkedHashMap<>();
    Map<String, List<String>> text = new HashMap<>();
    Set<String> reopened = new HashSet<>(); // reported once; their end tags are not reported again
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher tag = TAG.matcher(line);
      if (tag.matches()) {
        boolean opens = "tag".equals(tag.group(1) != null ? tag.group(1) : tag.group(3));
        String name = tag.group(2) != null ? tag.group(2) : tag.group(4);
        Problem problem = opens ? open(path, i, name, open, regions) : close(path, i, name, open);
        if (problem != null && opens) {
          found.add(problem);
          reopened.add(name);
        } else if (problem != null && !reopened.remove(name)) {
          found.add(problem);
        } else if (problem != null) {
          continue;
        } else if (opens) {
          open.put(name, i);
          text.put(name, new ArrayList<>());
        } else {
          int start = open.remove(name);
          regions.put(name, new Region(name, start + 1, i + 1, dedent(text.remove(name))));
        }
        continue;
      }
      if (TAG_LIKE.matcher(line).find()) {
        found.add(
            new Problem(
                path + ":" + (i + 1),
                "malformed tag \""
                    + line.strip()
                    + "\": write // tag::name[] and // end::name[] (or <!-- tag::name[] --> in"
                    + " XML), alone on the line"));
      }
      for (List<String> region : text.values()) {
        region.add(line);
      }
    }
    open.forEach(
        (name, line) ->
            found.add(
                new Problem(
                    path + ":" + (line + 1),
                    "region \""
                        + name
                        + "\" is opened but never closed with end::"
                        + name
                        + "[]")));
    return new Source(path, regions, found);
  }

  private static Problem open(
      String path, int line, String name, Map<String, Integer> open, Map<String, Region> closed) {
    Integer first = open.containsKey(name) ? Integer.valueOf(open.get(name) + 1) : null;
    if (first == null && closed.containsKey(name)) {
      first = closed.get(name).startLine();
    }
    if (first == null) {
      return null;
    }
    return new Problem(
        path + ":" + (line + 1),
        "region \""
            + name
            + "\" is opened again (first opened at line "
            + first
            + "): a region name is used once per file, and a region is one run of lines");
  }

  private static Problem close(String path, int line, String name, Map<String, Integer> open) {
    if (open.containsKey(name)) {
      return null;
    }
    return new Problem(
        path + ":" + (line + 1),
        "end::" + name + "[] closes no open region (no tag::" + name + "[] before it)");
  }

  /** The lines with the indentation of the least indented non-blank line removed. */
  static List<String> dedent(List<String> lines) {
    int common =
        lines.stream().filter(l -> !l.isBlank()).mapToInt(DocsCheck::indentation).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(common)).toList();
  }

  private static int indentation(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private void checkDoc(Path file) {
    String doc = relative(file);
    List<String> lines = read(file);
    int pending = -1;
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      Matcher fence = FENCE.matcher(line);
      if (INCLUDE.matcher(line).matches()) {
        danglingInclude(doc, pending);
        pending = i;
      } else if (INCLUDE_LIKE.matcher(line).find()) {
        danglingInclude(doc, pending);
        pending = -1;
        problems.add(
            new Problem(
                doc + ":" + (i + 1),
                "malformed reference \""
                    + line.strip()
                    + "\": write <!-- include: path/from/the/root/File.java#region -->"));
      } else if (fence.matches()) {
        int close = closingFence(lines, i, fence.group(2));
        if (close < 0) {
          problems.add(
              new Problem(doc + ":" + (i + 1), "this code block is never closed (" + line + ")"));
          return;
        }
        int indent = fence.group(1).length();
        List<String> block =
            lines.subList(i + 1, close).stream()
                .map(l -> l.substring(Math.min(indent, indentation(l))))
                .toList();
        checkBlock(doc, i + 1, fence.group(3), pending >= 0 ? lines.get(pending) : null, block);
        pending = -1;
        i = close + 1;
        continue;
      } else if (pending >= 0) {
        danglingInclude(doc, pending);
        pending = -1;
      }
      i++;
    }
    danglingInclude(doc, pending);
  }

  private void danglingInclude(String doc, int line) {
    if (line >= 0) {
      problems.add(
          new Problem(
              doc + ":" + (line + 1),
              "this reference is not directly followed by a fenced code block (```java on the"
                  + " next line)"));
    }
  }

  private static int closingFence(List<String> lines, int open, String fence) {
    Pattern closing =
        Pattern.compile(
            "^ *" + Pattern.quote(fence.substring(0, 1)) + "{" + fence.length() + ",}\\s*$");
    for (int j = open + 1; j < lines.size(); j++) {
      if (closing.matcher(lines.get(j)).matches()) {
        return j;
      }
    }
    return -1;
  }

  private void checkBlock(
      String doc, int line, String language, String includeLine, List<String> block) {
    String where = doc + ":" + line;
    if (language.isEmpty()) {
      problems.add(
          new Problem(
              where,
              "this code block names no language: write ```text, ```sh, ```json, ... (and"
                  + " ```java or ```xml blocks come from a region of a test or a pom)"));
      return;
    }
    if (includeLine == null) {
      if (MUST_BE_INCLUDED.contains(language)) {
        problems.add(
            new Problem(
                where,
                "this ```"
                    + language
                    + " block says not which code it shows: every Java or XML block is a tagged"
                    + " region of a compiled test (or a pom); put <!-- include:"
                    + " path/from/the/root/File.java#region --> on the line before the fence"));
      }
      return;
    }
    Matcher include = INCLUDE.matcher(includeLine);
    if (!include.matches()) {
      throw new IllegalArgumentException("not a reference: " + includeLine);
    }
    String path = include.group(1);
    String name = include.group(2);
    String reference = name == null ? path : path + "#" + name;
    if (path.startsWith("/") || Path.of(path).normalize().startsWith("..") || path.contains("\\")) {
      problems.add(
          new Problem(where, reference + ": give the path from the project root, with '/'"));
      return;
    }
    Path file = root.resolve(path).normalize();
    if (!Files.isRegularFile(file)) {
      problems.add(new Problem(where, reference + ": there is no file " + path));
      return;
    }
    List<String> expected;
    String shows;
    if (name == null) {
      expected = read(file);
      shows = path + " (the whole file)";
    } else {
      Source source = source(path);
      Region region = source.regions().get(name);
      shown.computeIfAbsent(path, p -> new HashMap<>()).put(name, true);
      if (region == null) {
        problems.add(
            new Problem(
                where,
                reference
                    + ": "
                    + path
                    + " has no region \""
                    + name
                    + "\" (its regions: "
                    + source.regions().keySet()
                    + ")"));
        return;
      }
      expected = region.lines();
      shows =
          path
              + "#"
              + name
              + " (lines "
              + (region.startLine() + 1)
              + "-"
              + (region.endLine() - 1)
              + ")";
    }
    checked.add(new CheckedBlock(where, language, reference));
    if (!expected.equals(block)) {
      problems.add(new Problem(where, difference(language, shows, expected, block)));
    }
  }

  private static String difference(
      String language, String shows, List<String> expected, List<String> actual) {
    int at = 0;
    while (at < expected.size() && at < actual.size() && expected.get(at).equals(actual.get(at))) {
      at++;
    }
    return "this ```"
        + language
        + " block is not an exact copy of "
        + shows
        + "; first difference at line "
        + (at + 1)
        + " of the block ("
        + actual.size()
        + " lines; the region has "
        + expected.size()
        + "):\n    expected: "
        + lineOrEnd(expected, at)
        + "\n    actual:   "
        + lineOrEnd(actual, at)
        + "\n  The block should read:\n"
        + expected.stream().map(l -> "    | " + l).collect(Collectors.joining("\n"));
  }

  private static String lineOrEnd(List<String> lines, int at) {
    return at < lines.size() ? "\"" + lines.get(at) + "\"" : "(end of block)";
  }

  private void reportSources() {
    for (Source source : sources.values()) {
      problems.addAll(source.problems());
      Map<String, Boolean> used = shown.getOrDefault(source.path(), Map.of());
      for (Region region : source.regions().values()) {
        if (!used.containsKey(region.name())) {
          problems.add(
              new Problem(
                  source.path() + ":" + region.startLine(),
                  "region \""
                      + region.name()
                      + "\" is shown in no doc: put <!-- include: "
                      + source.path()
                      + "#"
                      + region.name()
                      + " --> before a code block in README.md or docs/, or remove its tags"));
        }
      }
    }
  }
}
