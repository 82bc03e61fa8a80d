package io.vnetlint.hcl.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.hcl.oracle.Hcl2JsonComparison.FileResult;
import io.vnetlint.hcl.oracle.Hcl2JsonComparison.Outcome;
import io.vnetlint.hcl.oracle.Hcl2JsonComparison.Report;
import io.vnetlint.hcl.oracle.Hcl2JsonGoldens.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test against HashiCorp's own parser (hashicorp/hcl v2.23.0 via {@code @cdktf/hcl2json@0.21.0}):
 * for every file of a golden set, a file HashiCorp accepts must be accepted by us and project to the same hcl2json
 * document; a file it rejects must be rejected by us with the same errors: as many, in the same order, each at the
 * same range (compared as character offsets, see {@link Hcl2JsonComparison#sameSpan}). The goldens come from
 * {@code scripts/hcl2json/generate-goldens.js}; corpus files changed since then are skipped and counted.
 *
 * <p>Disagreements already known and reported are listed, with their reason, in
 * {@value #KNOWN_DIFFERENCES}; any other disagreement fails the test. A listed file that now agrees is printed so
 * the entry can be removed.
 */
class Hcl2JsonDifferentialTest {
  static final String KNOWN_DIFFERENCES = "/oracle/hcl2json-known-differences.txt";
  private static final int LISTED = 25;

  private static List<Golden> goldens;
  private static Map<String, String> known;

  @BeforeAll
  static void load() {
    goldens = Hcl2JsonGoldens.load();
    known = knownDifferences();
  }

  @Test
  void corpusFilesAgreeWithHashiCorp() {
    Report report = Hcl2JsonComparison.run("corpus", sharedCorpus(), goldens);
    assertThat(report.results()).hasSizeGreaterThan(2000);
    // A few changed files are skipped; a corpus that changed wholesale needs new goldens, not a vacuous pass.
    assertThat(report.compared())
        .as("corpus files still matching their goldens; if the corpus was updated, regenerate the goldens "
            + "(scripts/hcl2json/generate-goldens.js)")
        .isGreaterThan(report.results().size() * 9L / 10);
    check(report);
  }

  @Test
  void specificationSuiteAgreesWithHashiCorp() {
    check(Hcl2JsonComparison.run(
        "specsuite", sharedCorpus().resolve("hashicorp__hcl/specsuite/tests"), goldens));
  }

  @Test
  void probesAgreeWithHashiCorp() {
    Report report = Hcl2JsonComparison.run("probes", probesRoot(), goldens);
    assertThat(report.counts().get(Outcome.STALE))
        .as("probe files changed since the goldens were generated: rerun scripts/hcl2json/generate-goldens.js")
        .isZero();
    check(report);
  }

  @Test
  void mutatedCorpusFilesAgreeWithHashiCorp() {
    // The goldens carry the mutated text, so this runs without the shared corpus.
    Report report = Hcl2JsonComparison.run("mutants", Path.of("."), goldens);
    assertThat(report.results()).hasSizeGreaterThan(500);
    assertThat(report.counts().get(Outcome.STALE)).as("mutant text and digest stored together").isZero();
    check(report);
  }

  private static void check(Report report) {
    StringBuilder out = new StringBuilder(report.summary());
    List<FileResult> unexpected = report.disagreements().stream()
        .filter(r -> !known.containsKey(r.key())).toList();
    List<FileResult> listed = report.disagreements().stream()
        .filter(r -> known.containsKey(r.key())).toList();
    if (!listed.isEmpty()) {
      out.append("  known differences (").append(KNOWN_DIFFERENCES).append("): ").append(listed.size()).append('\n');
    }
    List<String> nowAgreeing = report.results().stream()
        .filter(r -> r.outcome().agrees() && known.containsKey(r.key()))
        .map(FileResult::key).toList();
    if (!nowAgreeing.isEmpty()) {
      out.append("  now agreeing, remove from the known differences: ").append(nowAgreeing).append('\n');
    }
    unexpected.stream().limit(LISTED).forEach(r -> out.append("  ").append(r.outcome()).append(' ')
        .append(r.key()).append(": ").append(r.detail()).append('\n'));
    System.out.print(out);
    assertThat(unexpected.stream().map(r -> r.outcome() + " " + r.key() + ": " + r.detail()).toList())
        .as("files where our parser disagrees with HashiCorp's (not in %s)", KNOWN_DIFFERENCES)
        .isEmpty();
  }

  static Path sharedCorpus() {
    String shared = System.getProperty("vnetlint.shared");
    Assumptions.assumeTrue(shared != null, "vnetlint.shared is not set");
    Path corpus = Paths.get(shared, "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
    return corpus;
  }

  static Path probesRoot() {
    try {
      return Paths.get(Hcl2JsonDifferentialTest.class.getResource("/oracle/probes").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code set/path  # reason} lines; blank lines and lines starting with # are ignored. */
  private static Map<String, String> knownDifferences() {
    Map<String, String> entries = new LinkedHashMap<>();
    try (InputStream in = Hcl2JsonDifferentialTest.class.getResourceAsStream(KNOWN_DIFFERENCES)) {
      if (in == null) {
        return entries;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int hash = trimmed.indexOf(" #");
        String key = (hash < 0 ? trimmed : trimmed.substring(0, hash)).strip();
        entries.put(key, hash < 0 ? "" : trimmed.substring(hash + 2).strip());
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
