package io.vnetlint.sarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vnetlint.model.SourceText;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineHashesTest {

  /** The shared vector: the multitool's primaryLocationLineHash for results in a real Terraform file. */
  @Test
  void matchesTheMultitoolOnTheSharedVector() throws IOException {
    Path vector = Path.of(System.getProperty("vnetlint.shared", "../../shared"), "sarif", "fingerprint-vector");
    assumeTrue(Files.isDirectory(vector), "shared fingerprint vector not present: " + vector);
    JsonNode log = new ObjectMapper().readTree(vector.resolve("expected-by-multitool.sarif").toFile());
    int checked = 0;
    for (JsonNode result : log.path("runs").path(0).path("results")) {
      JsonNode physical = result.path("locations").path(0).path("physicalLocation");
      String uri = physical.path("artifactLocation").path("uri").asText();
      int line = physical.path("region").path("startLine").asInt();
      String text = decode(vector.resolve("src").resolve(uri));
      assertThat(LineHashes.of(text).line(line))
          .as("%s line %d", uri, line)
          .contains(result.path("partialFingerprints").path("primaryLocationLineHash").asText());
      checked++;
    }
    assertThat(checked).isPositive();
  }

  /**
   * Vectors made with the multitool (see fingerprint/multitool/generate.py): every line of files with LF, CRLF and
   * CR line ends, tabs, trailing blanks, a BOM, lines longer than the block, non-BMP characters, no final newline,
   * an empty file, and 100-character windows that repeat (occurrence counters 1 to 4).
   */
  @Test
  void matchesTheMultitoolOnEveryLineOfTheCommittedVectors() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/fingerprint/multitool/expected.tsv").toURI()).getParent();
    List<String> rows = Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8);
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (String row : rows) {
      if (row.startsWith("#")) {
        continue;
      }
      String[] cols = row.split("\t");
      Optional<String> expected = cols[2].equals("-") ? Optional.empty() : Optional.of(cols[2]);
      Optional<String> actual = LineHashes.of(decode(dir.resolve("src").resolve(cols[0])))
          .line(Integer.parseInt(cols[1]));
      if (!actual.equals(expected)) {
        mismatches.add(row + " but got " + actual.orElse("-"));
      }
      checked++;
    }
    assertThat(mismatches).isEmpty();
    assertThat(checked).isGreaterThan(70);
  }

  /** The files are decoded the way the CLI decodes them (SourceText: UTF-8, BOM removed). */
  private static String decode(Path file) throws IOException {
    return SourceText.decode(file.getFileName().toString(), Files.readAllBytes(file)).text();
  }

  @Test
  void lineEndingsDoNotMatter() {
    LineHashes lf = LineHashes.of("a = 1\nb = 2\n\nc = 3\n");
    LineHashes crlf = LineHashes.of("a = 1\r\nb = 2\r\n\r\nc = 3\r\n");
    LineHashes cr = LineHashes.of("a = 1\rb = 2\r\rc = 3\r");
    assertThat(lf.lineCount()).isEqualTo(5);
    for (int line = 1; line <= 5; line++) {
      assertThat(crlf.line(line)).isEqualTo(lf.line(line));
      assertThat(cr.line(line)).isEqualTo(lf.line(line));
    }
  }

  @Test
  void spacesAndTabsAnywhereAreIgnoredButOtherCharactersAreNot() {
    LineHashes plain = LineHashes.of("name = \"x\"\nnext\n");
    LineHashes blanks = LineHashes.of("\t  name\t=  \"x\"   \t\nnext  \n");
    LineHashes changed = LineHashes.of("name = \"y\"\nnext\n");
    assertThat(blanks.line(1)).isEqualTo(plain.line(1)).isPresent();
    assertThat(blanks.line(2)).isEqualTo(plain.line(2));
    assertThat(changed.line(1)).isNotEqualTo(plain.line(1));
    assertThat(changed.line(2)).isEqualTo(plain.line(2)); // the window looks forward only
  }

  @Test
  void identicalWindowsAreCountedInLineOrder() {
    String block = "x".repeat(LineHashes.BLOCK_SIZE + 5) + "\n";
    LineHashes hashes = LineHashes.of(block + block + "  " + block + "end\n");
    String first = hashes.line(1).orElseThrow();
    String hex = first.substring(0, first.indexOf(':'));
    assertThat(first).endsWith(":1");
    assertThat(hashes.line(2)).contains(hex + ":2");
    assertThat(hashes.line(3)).contains(hex + ":3");
    assertThat(hashes.line(4)).get().asString().doesNotStartWith(hex);
  }

  @Test
  void theLineAfterAFinalNewlineHasAHashAndNothingBeyondIt() {
    LineHashes hashes = LineHashes.of("a\n");
    assertThat(hashes.lineCount()).isEqualTo(2);
    assertThat(hashes.line(2)).isPresent();
    assertThat(hashes.line(3)).isEmpty();
    assertThat(hashes.line(0)).isEmpty();
    assertThat(LineHashes.of("").lineCount()).isEqualTo(1);
  }

  /**
   * The rolling hash is the polynomial sum of the 100-character window starting at the line, in base 37 modulo
   * 2^64; computed here independently with BigInteger.
   */
  @Test
  void equalsThePolynomialOverTheWindow() {
    String text = "ab\n\tcd";
    // characters that enter the window, spaces and tabs dropped, then the end marker and zero padding
    int[] stream = {'a', 'b', '\n', 'c', 'd', 65535};
    for (int start : new int[] {0, 3}) {
      BigInteger sum = BigInteger.ZERO;
      for (int i = 0; i < LineHashes.BLOCK_SIZE; i++) {
        int c = start + i < stream.length ? stream[start + i] : 0;
        sum = sum.multiply(BigInteger.valueOf(37)).add(BigInteger.valueOf(c));
      }
      String expected = sum.mod(BigInteger.TWO.pow(64)).toString(16) + ":1";
      int line = start == 0 ? 1 : 2;
      assertThat(LineHashes.of(text).line(line)).contains(expected);
    }
  }
}
