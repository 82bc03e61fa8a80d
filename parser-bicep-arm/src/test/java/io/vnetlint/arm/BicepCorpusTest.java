package io.vnetlint.arm;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ScanInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every {@code .bicep} and {@code .bicepparam} file of the shared corpus is read by the Bicep front end without an
 * exception escaping: each directory's files load as one scan (so parameter files find the file they use) and
 * yield resources and positioned diagnostics. The front end is loaded by name, so this test skips until
 * {@code io.vnetlint.bicep.BicepFrontEnd} exists.
 */
class BicepCorpusTest {
  private static final String FRONT_END = "io.vnetlint.bicep.BicepFrontEnd";

  private static FrontEnd bicepFrontEnd() {
    try {
      return (FrontEnd) Class.forName(FRONT_END).getConstructor().newInstance();
    } catch (ClassNotFoundException e) {
      Assumptions.abort(FRONT_END + " does not exist yet");
      return null;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot create " + FRONT_END, e);
    }
  }

  @Test
  void everyCorpusBicepFileLoadsWithoutException() throws IOException {
    String shared = System.getProperty("vnetlint.shared");
    Assumptions.assumeTrue(shared != null, "vnetlint.shared is not set");
    Path corpus = Paths.get(shared, "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
    FrontEnd frontEnd = bicepFrontEnd();

    Map<Path, List<Path>> byDirectory = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".bicep") || p.toString().endsWith(".bicepparam"))
          .map(corpus::relativize).sorted()
          .forEach(p -> byDirectory.computeIfAbsent(p.getParent(), k -> new ArrayList<>()).add(p));
    }
    int files = byDirectory.values().stream().mapToInt(List::size).sum();
    assertThat(files).as("Bicep files in the corpus").isGreaterThan(100);

    int resources = 0;
    Map<String, Integer> codes = new TreeMap<>();
    List<String> crashed = new ArrayList<>();
    for (Map.Entry<Path, List<Path>> dir : byDirectory.entrySet()) {
      FrontEnd.Result result;
      try {
        result = frontEnd.load(new ScanInput(corpus, dir.getValue(), List.of(), List.of()));
      } catch (RuntimeException | StackOverflowError e) {
        crashed.add(dir.getKey() + ": " + e);
        continue;
      }
      resources += result.resources().size();
      for (Diagnostic d : result.diagnostics()) {
        codes.merge(d.kind() + " " + d.code(), 1, Integer::sum);
        assertThat(d.message()).as("diagnostic in %s", dir.getKey()).doesNotContain("\n");
        assertThat(d.range().file()).as("diagnostic in %s", dir.getKey()).isNotBlank();
        if (d.code().contains("internal") || d.code().equals("too-deep")) {
          crashed.add(d.oneLine());
        }
      }
    }
    System.out.printf("Bicep corpus: %d files in %d directories, %d resources%n", files, byDirectory.size(),
        resources);
    System.out.println("Bicep corpus diagnostics by kind and code: " + codes);
    assertThat(crashed).as("loads that crashed or hit an internal error").isEmpty();
  }
}
