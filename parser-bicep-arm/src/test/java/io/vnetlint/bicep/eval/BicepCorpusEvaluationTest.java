package io.vnetlint.bicep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vnetlint.bicep.BicepFrontEnd;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ScanInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Bicep and params file of the real-world corpus goes through the whole front end (parse, evaluate, map)
 * without an internal error; prints what came out.
 */
class BicepCorpusEvaluationTest {

  @Test
  void theCorpusEvaluatesWithoutInternalErrors() throws IOException {
    Path corpus = Path.of(System.getProperty("vnetlint.shared", "../shared"), "corpus");
    assumeTrue(Files.isDirectory(corpus), "the shared corpus is not available");
    int files = 0;
    int resources = 0;
    Map<String, Integer> codes = new TreeMap<>();
    List<String> internal = new ArrayList<>();
    List<Path> repos;
    try (Stream<Path> s = Files.list(corpus)) {
      repos = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path repo : repos) {
      List<Path> inputs = new ArrayList<>();
      try (Stream<Path> s = Files.walk(repo)) {
        s.filter(Files::isRegularFile).filter(p -> {
          String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
          return n.endsWith(".bicep") || n.endsWith(".bicepparam");
        }).sorted().forEach(p -> inputs.add(repo.relativize(p)));
      }
      if (inputs.isEmpty()) {
        continue;
      }
      files += inputs.size();
      FrontEnd.Result result = new BicepFrontEnd().load(ScanInput.of(repo, inputs));
      resources += result.resources().size();
      for (Diagnostic d : result.diagnostics()) {
        codes.merge(d.kind() + " " + d.code(), 1, Integer::sum);
        if (d.code().equals("internal-error") || d.code().equals("too-deep")) {
          internal.add(repo.getFileName() + ": " + d.oneLine());
        }
      }
    }
    System.out.println("[bicep-corpus] " + files + " files, " + resources + " network resources, diagnostics "
        + codes);
    assertThat(internal).isEmpty();
    assertThat(files).isPositive();
  }
}
