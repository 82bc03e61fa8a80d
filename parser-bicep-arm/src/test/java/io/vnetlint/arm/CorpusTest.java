package io.vnetlint.arm;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.Limits;
import io.vnetlint.model.ScanInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every ARM template of the shared real-world corpus loads without an exception escaping: it yields resources
 * and diagnostics, or a positioned error.
 */
class CorpusTest {

  private static Path corpus() {
    String shared = System.getProperty("vnetlint.shared");
    Assumptions.assumeTrue(shared != null, "vnetlint.shared is not set");
    Path corpus = Paths.get(shared, "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
    return corpus;
  }

  private static boolean isTemplate(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF || (bytes[0] & 0xff) == 0xFE)) {
        text = new String(bytes, (bytes[0] & 0xff) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
      }
      return ScanFiles.TEMPLATE_MARKER.matcher(text).find();
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void everyCorpusTemplateLoadsWithoutException() throws IOException {
    Path corpus = corpus();
    List<Path> templates = new ArrayList<>();
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> {
        all.add(corpus.relativize(p));
        if (isTemplate(p)) {
          templates.add(corpus.relativize(p));
        }
      });
    }
    assertThat(templates).hasSizeGreaterThan(100);

    // one scan per directory, with all its JSON files, so parameter files pair with their templates
    Map<Path, List<Path>> byDirectory = new java.util.LinkedHashMap<>();
    for (Path p : all) {
      byDirectory.computeIfAbsent(p.getParent(), k -> new ArrayList<>()).add(p);
    }
    Map<Path, List<Path>> templatesByDirectory = new java.util.LinkedHashMap<>();
    for (Path t : templates) {
      templatesByDirectory.computeIfAbsent(t.getParent(), k -> new ArrayList<>()).add(t);
    }
    int failed = 0;
    int resources = 0;
    int variants = 0;
    Map<String, Integer> codes = new TreeMap<>();
    List<String> internal = new ArrayList<>();
    long start = System.nanoTime();
    for (Map.Entry<Path, List<Path>> dir : templatesByDirectory.entrySet()) {
      FrontEnd.Result result = new ArmFrontEnd().load(
          new ScanInput(corpus, byDirectory.get(dir.getKey()), dir.getValue(), List.of()));
      resources += result.resources().size();
      variants += (int) result.resources().stream().map(r -> r.header().origin()).distinct().count();
      java.util.Set<String> withErrors = new java.util.HashSet<>();
      for (Diagnostic d : result.diagnostics()) {
        codes.merge(d.kind() + " " + d.code(), 1, Integer::sum);
        assertThat(d.message()).doesNotContain("\n");
        assertThat(d.range().file()).isNotBlank();
        if (d.kind() == Diagnostic.Kind.ERROR) {
          withErrors.add(d.range().file());
        }
        if (Boolean.getBoolean("vnetlint.verbose")) {
          System.out.println("  " + d.kind() + " " + d.code() + " " + d.oneLine());
        }
        if (d.code().equals("internal-error") || d.code().equals("too-deep")) {
          internal.add(d.oneLine());
        }
      }
      for (Path t : dir.getValue()) {
        if (withErrors.contains(ScanInput.display(t))) {
          failed++;
        }
      }
    }
    int parsed = templates.size() - failed;
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("ARM corpus: %d templates, %d parsed, %d with errors, %d resources from %d template variants, "
        + "%d ms%n", templates.size(), parsed, failed, resources, variants, millis);
    System.out.println("ARM corpus diagnostics by kind and code: " + codes);
    internal.forEach(s -> System.out.println("  internal: " + s));
    assertThat(internal).isEmpty();
  }

  @Test
  void largestCorpusTemplateIsWithinTheSizeLimit() throws IOException {
    Path corpus = corpus();
    long largest = 0;
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".json"))::iterator) {
        if (isTemplate(p)) {
          largest = Math.max(largest, Files.size(p));
        }
      }
    }
    System.out.println("largest corpus template: " + largest + " bytes");
    assertThat(largest).isPositive().isLessThan(Limits.MAX_FILE_BYTES);
  }
}
