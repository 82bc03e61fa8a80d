package io.vnetlint.hcl.oracle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The goldens written by {@code scripts/hcl2json/generate-goldens.js}: HashiCorp's parse result for every file of
 * the corpus, the specification suite and our probes.
 */
public final class Hcl2JsonGoldens {
  /** The classpath resource holding the goldens. */
  public static final String RESOURCE = "/oracle/hcl2json-goldens.jsonl.gz";

  /** Numbers keep their exact decimal value (the goldens hold e.g. 1e400 written out in full). */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .build();

  private Hcl2JsonGoldens() {}

  /**
   * One file's golden.
   *
   * @param set "corpus", "specsuite", "probes" or "mutants"
   * @param path relative to the set's root, with forward slashes
   * @param sha256 hex digest of the file's bytes when the golden was generated
   * @param json hcl2json's document when HashiCorp's parser accepted the file and it converted, else null
   * @param error HashiCorp's error text otherwise, else null
   * @param content the file's text when the golden carries it (generated mutants), else null
   */
  public record Golden(String set, String path, String sha256, JsonNode json, String error, String content) {
    /** HashiCorp's parser reported syntax errors. */
    public boolean rejected() {
      return error != null && error.startsWith("parse config:");
    }

    /** The file parsed, but hcl2json could not express it as JSON (clashing block shapes). */
    public boolean conversionFailed() {
      return error != null && !rejected();
    }

    /** The ranges of HashiCorp's diagnostics, in its order. */
    public List<HashiCorpRange> errorRanges() {
      List<HashiCorpRange> ranges = new ArrayList<>();
      if (error == null) {
        return ranges;
      }
      // "<path>:L,C-C: Summary; Detail" or "<path>:L,C-L,C: ..."; the path is known, so matching is exact.
      Matcher m = Pattern.compile(Pattern.quote(path) + ":(\\d+),(\\d+)-(?:(\\d+),)?(\\d+): ").matcher(error);
      while (m.find()) {
        int startLine = Integer.parseInt(m.group(1));
        int endLine = m.group(3) == null ? startLine : Integer.parseInt(m.group(3));
        ranges.add(new HashiCorpRange(
            startLine, Integer.parseInt(m.group(2)), endLine, Integer.parseInt(m.group(4))));
      }
      return ranges;
    }
  }

  /** An hcl.Range as HashiCorp prints it: 1-based lines, columns counting grapheme clusters. */
  public record HashiCorpRange(int startLine, int startColumn, int endLine, int endColumn) {
    @Override
    public String toString() {
      return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
  }

  /** All goldens, in generation order (by set, then path). */
  public static List<Golden> load() {
    try (InputStream raw = Hcl2JsonGoldens.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
      reader.readLine(); // the header: generator and oracle version
      List<Golden> goldens = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty()) {
          continue;
        }
        JsonNode node = MAPPER.readTree(line);
        goldens.add(new Golden(
            node.get("set").asText(),
            node.get("path").asText(),
            node.get("sha256").asText(),
            node.get("json"),
            node.hasNonNull("error") ? node.get("error").asText() : null,
            node.hasNonNull("content") ? node.get("content").asText() : null));
      }
      return goldens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
