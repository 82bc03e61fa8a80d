package io.vnetlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.vnetlint.model.SourceText;
import io.vnetlint.rules.testing.FixtureScan;
import io.vnetlint.rules.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixes of every bad fixture, checked against golden files: {@code src/test/resources/fixed/<ID>/<fixture>} is
 * the fixture with the fixes of its own rule's findings applied. The golden must exist exactly when the rule offers a
 * fix there, must equal the fixed text, and must scan without a finding of that rule (the fix really fixes). Rewrite
 * the goldens after changing a fix with {@code -Dvnetlint.updateFixes=true}, then read the diff.
 */
class FixGoldenTest {
  @TempDir
  Path temp;

  private static Path goldenRoot() {
    return Fixtures.root().resolveSibling("fixed");
  }

  @TestFactory
  List<DynamicTest> everyBadFixture() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path folder : Fixtures.ruleFolders()) {
      String id = folder.getFileName().toString();
      for (Path fixture : Fixtures.fixturesOf(folder)) {
        if (Fixtures.isBad(fixture)) {
          tests.add(dynamicTest(id + "/" + fixture.getFileName(), fixture.toUri(), () -> check(id, fixture)));
        }
      }
    }
    tests.add(dynamicTest("every golden belongs to a bad fixture", this::everyGoldenHasAFixture));
    return tests;
  }

  private void check(String id, Path fixture) throws IOException {
    FixtureScan scan = FixtureScan.of(fixture);
    Assumptions.assumeTrue(scan.wasRead(), "no front end for " + fixture.getFileName() + " on the class path");
    String name = fixture.getFileName().toString();
    Path golden = goldenRoot().resolve(id).resolve(name);
    // one fix may be offered by several findings (two peerings that need the same reverse flag)
    Set<Fix.Replacement> replacements = new LinkedHashSet<>();
    for (Finding f : scan.findingsOf(id)) {
      for (Fix fix : f.fixes()) {
        assertThat(fix.description()).as("fix description").isNotBlank();
        replacements.addAll(fix.replacements());
      }
    }
    if (replacements.isEmpty()) {
      assertThat(golden).as(id + "/" + name + " offers no fix, so it has no golden").doesNotExist();
      return;
    }
    assertThat(replacements).as("fixes edit the fixture itself")
        .allMatch(r -> r.deleted().file().equals(name));
    SourceText text = SourceText.decode(name, Files.readAllBytes(fixture));
    String fixed = Fix.apply(text, List.copyOf(replacements));
    if (Boolean.getBoolean("vnetlint.updateFixes")) {
      Path source = Path.of(System.getProperty("vnetlint.projectRoot"), "rules/src/test/resources/fixed", id, name);
      Files.createDirectories(source.getParent());
      Files.writeString(source, fixed, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as(id + "/" + name + " offers a fix: write its golden with -Dvnetlint.updateFixes=true")
        .exists();
    assertThat(fixed).as("fixed " + id + "/" + name).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));

    // the fixed file, scanned the same way (with its parameter file), no longer has the finding
    Path copy = temp.resolve(name);
    Files.copy(golden, copy);
    Fixtures.parameterFileOf(fixture).ifPresent(p -> copyTo(p, temp.resolve(p.getFileName())));
    FixtureScan after = FixtureScan.of(copy);
    assertThat(after.findingsOf(id)).as("findings of " + id + " after the fix").isEmpty();
    assertThat(after.errors()).as("errors after the fix").isEmpty();
  }

  private static void copyTo(Path from, Path to) {
    try {
      Files.copy(from, to);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void everyGoldenHasAFixture() throws IOException {
    Path root = goldenRoot();
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path golden : files.filter(Files::isRegularFile).toList()) {
        Path fixture = Fixtures.root().resolve(root.relativize(golden).toString());
        assertThat(fixture).as("golden " + root.relativize(golden) + " names a fixture").exists();
        assertThat(Fixtures.isBad(fixture)).as("golden of a bad fixture").isTrue();
      }
    }
  }
}
