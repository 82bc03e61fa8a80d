package io.vnetlint.bicep.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.SourceText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every .bicep and .bicepparam file of the shared corpus parses without an exception, with ranges inside. */
class BicepCorpusSyntaxTest {
  @Test
  void everyCorpusFileParsesWithoutException() throws IOException {
    String shared = System.getProperty("vnetlint.shared");
    Assumptions.assumeTrue(shared != null, "vnetlint.shared is not set");
    Path corpus = Path.of(shared, "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus under " + corpus);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".bicep") || p.toString().endsWith(".bicepparam"))
          .sorted()
          .toList();
    }
    int withErrors = 0;
    int undecodable = 0;
    List<String> crashes = new ArrayList<>();
    for (Path file : files) {
      SourceText text;
      try {
        text = SourceText.decode(corpus.relativize(file).toString(), Files.readAllBytes(file));
      } catch (CharacterCodingException e) {
        undecodable++;
        continue;
      }
      try {
        BicepParseResult result = BicepParser.parse(text);
        TreeChecks.checkResult(text, result);
        if (result.hasErrors()) {
          withErrors++;
        }
      } catch (Throwable t) {
        crashes.add(text.path() + ": " + t);
      }
    }
    System.out.printf("Bicep corpus: %d files, %d with syntax errors, %d not UTF-8/UTF-16, %d crashes%n",
        files.size(), withErrors, undecodable, crashes.size());
    assertThat(files).isNotEmpty();
    assertThat(crashes).isEmpty();
  }
}
