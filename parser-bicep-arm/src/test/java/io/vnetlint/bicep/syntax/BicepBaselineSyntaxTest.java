package io.vnetlint.bicep.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Acceptance against the Bicep compiler's own baselines (Bicep.Core.Samples/Files/baselines): files the compiler
 * accepts parse without a syntax error, and on the Invalid* baselines every lexer/parser diagnostic of the
 * compiler (main.diagnostics.bicep) has an error from us on the same line.
 */
class BicepBaselineSyntaxTest {
  /** Lexer and parser codes of the compiler (DiagnosticBuilder), as opposed to semantic ones. */
  static final Set<String> SYNTAX_CODES = Set.of(
      "BCP001", "BCP002", "BCP003", "BCP004", "BCP005", "BCP006", "BCP007", "BCP008", "BCP009", "BCP010",
      "BCP012", "BCP013", "BCP015", "BCP016", "BCP017", "BCP018", "BCP019", "BCP020", "BCP022", "BCP068",
      "BCP097", "BCP140", "BCP162", "BCP163", "BCP236", "BCP237", "BCP238");

  /** Overall match rate the Invalid* baselines must reach (measured, with some slack). */
  static final double MIN_MATCH_RATE = 0.95;

  private static final Pattern DIAGNOSTIC = Pattern.compile("^//@\\[(\\d+):(\\d+)\\) \\[(BCP\\d+) \\((\\w+)\\)\\]");

  /** A baseline source file and the compiler's diagnostics for it. */
  record Baseline(String name, Path source, Path diagnostics) {}

  /**
   * Every {@code X.bicep} / {@code X.bicepparam} with an {@code X.diagnostics.bicep[param]} next to it, under
   * Files/baselines and Files/baselines_bicepparam.
   */
  static List<Baseline> baselines() throws IOException {
    String shared = System.getProperty("vnetlint.shared");
    Assumptions.assumeTrue(shared != null, "vnetlint.shared is not set");
    Path files = Path.of(shared, "corpus/Azure__bicep/src/Bicep.Core.Samples/Files");
    Assumptions.assumeTrue(Files.isDirectory(files.resolve("baselines")), "no Bicep baselines under " + files);
    List<Baseline> result = new ArrayList<>();
    for (String root : List.of("baselines", "baselines_bicepparam")) {
      if (!Files.isDirectory(files.resolve(root))) {
        continue;
      }
      try (Stream<Path> dirs = Files.list(files.resolve(root))) {
        for (Path dir : dirs.sorted().toList()) {
          if (!Files.isDirectory(dir)) {
            continue;
          }
          try (Stream<Path> sources = Files.list(dir)) {
            for (Path source : sources.sorted().toList()) {
              String name = source.getFileName().toString();
              int dot = name.lastIndexOf('.');
              String ext = dot < 0 ? "" : name.substring(dot);
              if (!(ext.equals(".bicep") || ext.equals(".bicepparam")) || name.contains(".diagnostics.")) {
                continue;
              }
              Path diagnostics = dir.resolve(name.substring(0, dot) + ".diagnostics" + ext);
              if (Files.isRegularFile(diagnostics)) {
                result.add(new Baseline(root + "/" + dir.getFileName() + "/" + name, source, diagnostics));
              }
            }
          }
        }
      }
    }
    return result;
  }

  static SourceText read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return SourceText.decode(file.getFileName().toString(), bytes);
  }

  @Test
  void baselinesTheCompilerAcceptsParseWithoutErrors() throws IOException {
    List<String> failures = new ArrayList<>();
    int files = 0;
    for (Baseline baseline : baselines()) {
      if (Files.readString(baseline.diagnostics()).contains("(Error)]")) {
        continue;
      }
      files++;
      BicepParseResult result = BicepParser.parse(read(baseline.source()));
      for (Diagnostic d : result.diagnostics()) {
        failures.add(baseline.name() + " " + d.oneLine());
      }
    }
    System.out.printf("Bicep baselines accepted by the compiler: %d files, %d syntax errors from us%n", files,
        failures.size());
    assertThat(files).isGreaterThan(20);
    assertThat(failures).isEmpty();
  }

  @Test
  void invalidBaselinesSyntaxDiagnosticsAreFoundOnTheSameLine() throws IOException {
    Map<String, int[]> perCode = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    int files = 0;
    for (Baseline baseline : baselines()) {
      String expected = Files.readString(baseline.diagnostics());
      if (!expected.contains("(Error)]")) {
        continue;
      }
      files++;
      BicepParseResult result = BicepParser.parse(read(baseline.source()));
      Set<Integer> ourLines = new HashSet<>();
      for (Diagnostic d : result.diagnostics()) {
        // The baseline prints a diagnostic under the last line of its span, so count every line ours covers.
        for (int line = d.range().startLine(); line <= d.range().endLine(); line++) {
          ourLines.add(line);
        }
      }
      int sourceLine = 0;
      for (String line : expected.split("\r?\n", -1)) {
        if (!line.startsWith("//@[")) {
          sourceLine++;
          continue;
        }
        Matcher m = DIAGNOSTIC.matcher(line);
        if (!m.find()) {
          continue; // a linter diagnostic
        }
        String code = m.group(3);
        if (!m.group(4).equals("Error") || !SYNTAX_CODES.contains(code)) {
          continue;
        }
        int[] counts = perCode.computeIfAbsent(code, c -> new int[2]);
        counts[1]++;
        if (ourLines.contains(sourceLine)) {
          counts[0]++;
        } else {
          misses.add(baseline.name() + ":" + sourceLine + " " + line);
        }
      }
    }
    System.out.printf("Bicep baselines with compiler errors: %d files%n", files);
    int matched = 0;
    int total = 0;
    StringBuilder report = new StringBuilder("Invalid baselines, compiler syntax errors we report on the same line:\n");
    for (Map.Entry<String, int[]> e : perCode.entrySet()) {
      report.append(String.format("  %s %d/%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
      matched += e.getValue()[0];
      total += e.getValue()[1];
    }
    double rate = total == 0 ? 1 : (double) matched / total;
    report.append(String.format("  overall %d/%d (%.1f%%)%n", matched, total, 100 * rate));
    System.out.print(report);
    if (Boolean.getBoolean("bicep.baseline.misses")) {
      misses.forEach(System.out::println);
    }
    assertThat(total).isGreaterThan(100);
    assertThat(rate).as(report.toString()).isGreaterThanOrEqualTo(MIN_MATCH_RATE);
  }
}
