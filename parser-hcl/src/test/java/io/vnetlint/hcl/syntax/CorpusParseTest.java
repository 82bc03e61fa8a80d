package io.vnetlint.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every {@code .tf} and {@code .tfvars} file of the shared real-world corpus parses without an exception; files
 * with syntax errors are listed (real-world Terraform should essentially all parse). Also prints a rough parse
 * throughput (no timing assertion).
 */
class CorpusParseTest {

  static Path corpus() {
    String shared = System.getProperty("vnetlint.shared");
    Assumptions.assumeTrue(shared != null, "vnetlint.shared is not set");
    Path corpus = Paths.get(shared, "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
    return corpus;
  }

  static List<Path> files(Path corpus, String... suffixes) throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> {
            for (String s : suffixes) {
              if (p.getFileName().toString().endsWith(s)) {
                return true;
              }
            }
            return false;
          })
          .sorted()
          .toList();
    }
  }

  @Test
  void everyCorpusFileParsesWithoutException() throws IOException {
    Path corpus = corpus();
    List<Path> paths = files(corpus, ".tf", ".tfvars");
    assertThat(paths).hasSizeGreaterThan(1000);
    List<SourceText> texts = new ArrayList<>();
    long bytes = 0;
    for (Path p : paths) {
      byte[] content = Files.readAllBytes(p);
      bytes += content.length;
      texts.add(SourceText.decode(corpus.relativize(p).toString().replace('\\', '/'), content));
    }

    List<String> failures = new ArrayList<>();
    int withErrors = 0;
    for (SourceText text : texts) {
      HclParseResult result = HclParser.parse(text);
      assertThat(result.file()).isNotNull();
      if (result.hasErrors()) {
        withErrors++;
        Diagnostic first = result.diagnostics().get(0);
        failures.add(first.range() + " " + first.message());
      }
    }
    System.out.printf("HCL corpus: %d files (%d bytes), %d with syntax errors%n", texts.size(), bytes, withErrors);
    failures.forEach(f -> System.out.println("  " + f));

    // Rough throughput: a few warm-up rounds, then timed rounds.
    for (int round = 0; round < 3; round++) {
      texts.forEach(HclParser::parse);
    }
    int rounds = 5;
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      texts.forEach(HclParser::parse);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "HCL parse throughput: %.1f MB/s (%d rounds over %.2f MB)%n",
        rounds * bytes / 1e6 / seconds, rounds, bytes / 1e6);
  }
}
