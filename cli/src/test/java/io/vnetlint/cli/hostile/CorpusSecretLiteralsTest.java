package io.vnetlint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real-world corpus has no canaries of ours, but it does have shared keys written as literals (VNL208 points
 * at them). Each directory of the corpus that mentions a shared key is scanned like a user would (the repository
 * as the root); the literals VNL208 locates are read from the source and must appear in no output: SARIF, JSON
 * (apart from the location itself) and verbose text. About 13 s, so it runs in CI (.ci/run sets
 * {@code -Dvnetlint.corpusSecrets=true}) rather than in every {@code mvn verify}.
 */
class CorpusSecretLiteralsTest {
  private static final Pattern MENTIONS_KEY =
      Pattern.compile("\"sharedKey\"|sharedKey:|shared_key\\s*=|\"shared_key\"");
  /** Links to the rule catalogue ("#vnl203-sharedkeymismatch") hold words that are also literals of the corpus. */
  private static final Pattern URL = Pattern.compile("https?://[^\\s\"')\\]]+");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sharedKeyLiteralsOfTheCorpusAreNeverPrinted() throws IOException {
    Path corpus = Path.of(System.getProperty("vnetlint.shared", "../../shared")).resolve("corpus");
    assumeTrue(Boolean.getBoolean("vnetlint.corpusSecrets"), "CI only: -Dvnetlint.corpusSecrets=true");
    assumeTrue(Files.isDirectory(corpus), "the shared corpus is not available");
    Map<Path, Path> dirs = new TreeMap<>(); // directory to scan -> its repository (the scan root)
    try (Stream<Path> repos = Files.list(corpus)) {
      for (Path repo : repos.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.walk(repo)) {
          for (Path f : files.filter(this::candidate).toList()) {
            if (MENTIONS_KEY.matcher(Files.readString(f, StandardCharsets.ISO_8859_1)).find()) {
              dirs.put(f.getParent(), repo);
            }
          }
        }
      }
    }
    assertThat(dirs).hasSizeGreaterThan(20);
    TreeSet<String> literals = new TreeSet<>();
    List<String> leaks = new ArrayList<>();
    for (Map.Entry<Path, Path> e : dirs.entrySet()) {
      Path root = e.getValue();
      String[] common = {"--root", root.toString(), "--no-config", "--color", "never", e.getKey().toString()};
      HostileRun json = HostileRun.of(concat(new String[] {"scan", "--format", "json"}, common));
      List<String> found = new ArrayList<>();
      for (JsonNode f : JSON.readTree(json.out()).path("findings")) {
        if (f.path("ruleId").asText().equals("VNL208")) {
          literal(root, f.path("location")).ifPresent(found::add);
        }
      }
      if (found.isEmpty()) {
        continue;
      }
      literals.addAll(found);
      String printed = json.out() + json.err()
          + HostileRun.of(concat(new String[] {"scan", "--format", "sarif"}, common)).out()
          + HostileRun.of(concat(new String[] {"scan", "--format", "github"}, common)).out()
          + HostileRun.of(concat(new String[] {"scan", "--verbose"}, common)).out();
      for (String literal : found) {
        if (URL.matcher(printed).replaceAll("").contains(literal)) {
          leaks.add(root.relativize(e.getKey()) + ": a shared key literal of " + literal.length() + " characters");
        }
      }
    }
    assertThat(literals).as("shared key literals found by VNL208 in the corpus").hasSizeGreaterThanOrEqualTo(5);
    assertThat(leaks).isEmpty();
  }

  private boolean candidate(Path f) {
    String name = f.getFileName().toString();
    try {
      return (name.endsWith(".tf") || name.endsWith(".json") || name.endsWith(".bicep") || name.endsWith(".tfvars")
          || name.endsWith(".bicepparam")) && Files.isRegularFile(f) && Files.size(f) < 2_000_000
          && !f.toString().contains("/.git/");
    } catch (IOException e) {
      return false;
    }
  }

  /** The literal a location covers, without its quotes; empty when it is not a plain literal worth checking. */
  private static java.util.Optional<String> literal(Path root, JsonNode location) throws IOException {
    int line = location.path("startLine").asInt();
    if (line < 1 || location.path("endLine").asInt() != line) {
      return java.util.Optional.empty();
    }
    List<String> lines = Files.readAllLines(root.resolve(location.path("file").asText()), StandardCharsets.UTF_8);
    String text = lines.get(line - 1);
    int from = location.path("startColumn").asInt() - 1;
    int to = Math.min(text.length(), location.path("endColumn").asInt() - 1);
    if (from < 0 || from >= to) {
      return java.util.Optional.empty();
    }
    String value = text.substring(from, to).strip();
    if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
      value = value.substring(1, value.length() - 1);
    }
    // short values ("abc", "key") would match unrelated text by chance; expressions are not literals
    return value.length() < 6 || value.contains("${") || value.startsWith("[")
        ? java.util.Optional.empty() : java.util.Optional.of(value);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
