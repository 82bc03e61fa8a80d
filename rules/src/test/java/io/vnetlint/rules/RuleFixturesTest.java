package io.vnetlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.rules.testing.FixtureScan;
import io.vnetlint.rules.testing.Fixtures;
import io.vnetlint.rules.testing.Fixtures.Expectation;
import io.vnetlint.rules.testing.Fixtures.Format;
import io.vnetlint.rules.testing.FrontEnds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The generic fixture test: every fixture under {@code src/test/resources/rules/<ID>/} is scanned on its own with
 * all catalogue rules, and the (rule id, line) pairs found must be exactly those its {@code expect:} comments name
 * — nothing missing, nothing extra, from any rule. {@code ok-*} files produce nothing; no fixture may produce an
 * error diagnostic. A format whose front end is not on the test class path yet is skipped (and said so), except
 * ARM JSON, which must always run.
 */
class RuleFixturesTest {
  private static final String ARM_FRONT_END = "io.vnetlint.arm.ArmFrontEnd";

  @TestFactory
  List<DynamicNode> everyFixture() {
    Set<String> ids = RuleCatalog.all().stream().map(r -> r.metadata().id()).collect(Collectors.toSet());
    List<DynamicNode> nodes = new ArrayList<>();
    List<Path> folders = Fixtures.ruleFolders();
    nodes.add(dynamicTest("fixture folders exist", () -> assertThat(folders).isNotEmpty()));
    for (Path folder : folders) {
      String id = folder.getFileName().toString();
      if (!ids.contains(id)) {
        nodes.add(dynamicTest(id, () -> fail("fixture folder " + id + " is not the id of a catalogue rule")));
        continue;
      }
      List<DynamicNode> tests = new ArrayList<>();
      for (Path file : Fixtures.filesOf(folder)) {
        String name = file.getFileName().toString();
        if (Fixtures.isParameterFile(file)) {
          continue;
        }
        if (Format.of(file).isEmpty() || !(Fixtures.isBad(file) || Fixtures.isOk(file))) {
          tests.add(dynamicTest(name, () -> fail(id + "/" + name
              + ": fixtures are named bad-* or ok-* and end in .json, .bicep or .tf")));
          continue;
        }
        tests.add(dynamicTest(name, file.toUri(), () -> check(id, file)));
      }
      nodes.add(dynamicContainer(id, tests));
    }
    return nodes;
  }

  private static void check(String ruleId, Path file) {
    String where = ruleId + "/" + file.getFileName();
    Format format = Format.of(file).orElseThrow();
    List<Expectation> expectations = new ArrayList<>(Fixtures.expectations(Fixtures.read(file)));
    if (Fixtures.isOk(file)) {
      assertThat(expectations).as(where + ": an ok fixture expects nothing").isEmpty();
    }

    FixtureScan scan = FixtureScan.of(file);
    if (!scan.wasRead()) {
      if (format == Format.ARM_JSON) {
        fail(where + ": no front end read it; " + ARM_FRONT_END + " must be on the test class path (found: "
            + FrontEnds.available() + ")");
      }
      String message = "skipped " + where + ": no " + format.label + " front end on the test class path yet";
      System.out.println("[fixtures] " + message);
      Assumptions.abort(message);
    }
    assertThat(scan.errors()).as(where + ": error diagnostics").extracting(Diagnostic::oneLine).isEmpty();

    // A finding can point into the sibling parameter file (VNL208: a key written there); that file's own
    // expect: comments name those, keyed by the file so lines of the two files cannot be confused.
    Optional<Path> parameterFile = Fixtures.parameterFileOf(file);
    String parameterDisplay = parameterFile.map(p -> p.getFileName().toString()).orElse(null);
    if (parameterFile.isPresent()) {
      for (Expectation e : Fixtures.expectations(Fixtures.read(parameterFile.get()))) {
        expectations.add(new Expectation(e.ruleId(), e.line(), e.todo(), parameterDisplay));
      }
    }
    if (Fixtures.isBad(file)) {
      assertThat(expectations).as(where + ": a bad fixture expects a finding of its own rule")
          .anyMatch(e -> e.ruleId().equals(ruleId));
    }
    Map<String, Integer> actual = new TreeMap<>();
    Map<String, String> messages = new TreeMap<>();
    for (Finding f : scan.findings()) {
      String inFile = f.primary().range().file().equals(parameterDisplay) ? parameterDisplay + ":" : "";
      String key = inFile + f.ruleId() + "@" + f.primary().range().startLine();
      actual.merge(key, 1, Integer::sum);
      messages.merge(key, f.message(), (a, b) -> a + " | " + b);
    }
    Map<String, Integer> expected = new TreeMap<>();
    Set<String> todo = new java.util.TreeSet<>();
    for (Expectation e : expectations) {
      if (e.todo()) {
        todo.add(e.key());
      } else {
        expected.merge(e.key(), 1, Integer::sum);
      }
    }
    List<String> missing = new ArrayList<>();
    expected.forEach((key, n) -> {
      if (actual.getOrDefault(key, 0) < n) {
        missing.add(key);
      }
    });
    List<String> extra = new ArrayList<>();
    actual.forEach((key, n) -> {
      int allowed = expected.getOrDefault(key, 0) + (todo.contains(key) ? 1 : 0);
      if (n > allowed) {
        extra.add(key + " (" + messages.get(key) + ")");
      }
    });
    for (String key : todo) {
      System.out.println("[fixtures] " + where + ": expect-todo " + key
          + (actual.containsKey(key) ? " is now reported: make it an expect:" : " is a known gap (not reported)"));
    }
    if (!missing.isEmpty() || !extra.isEmpty()) {
      fail(where + " (read by " + scan.frontEnds() + "): missing " + missing + ", unexpected " + extra
          + "; not checked: " + scan.notChecked().stream().map(Diagnostic::oneLine).toList());
    }
  }
}
