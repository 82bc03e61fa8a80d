package io.vnetlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.arm.ArmFrontEnd;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ScanInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * All rules over the real-world ARM templates of {@code ../shared/corpus}, each template scanned with its parameter
 * files: no rule may fail, and published templates (everything but the deliberately broken test inputs of security
 * scanners) produce no error-level finding. Skipped when the corpus is absent.
 */
class CorpusRulesTest {
  /**
   * Error-level findings in published templates that were checked by hand and are real problems (the template
   * cannot deploy today), keyed by "repo/path RULEID"; each line of the file gives the reason.
   */
  private static Map<String, String> auditedFindings() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (var in = CorpusRulesTest.class.getResourceAsStream("/corpus-audited-findings.txt")) {
      if (in == null) {
        return out;
      }
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 3);
        out.put(parts[0] + " " + parts[1], parts.length > 2 ? parts[2] : "");
      }
    }
    return out;
  }

  private static String ruleOf(String error) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(VNL\\d{3})]").matcher(error);
    return m.find() ? m.group(1) : "?";
  }

  /** Test inputs of other scanners: templates written to fail checks, not published infrastructure. */
  private static final Set<String> SCANNER_TEST_DATA =
      Set.of("bridgecrewio__checkov", "aquasecurity__trivy", "tenable__terrascan");

  @Test
  void rulesRunOverTheArmCorpus() throws IOException {
    String shared = System.getProperty("vnetlint.shared");
    Assumptions.assumeTrue(shared != null, "vnetlint.shared is not set");
    Path corpus = Path.of(shared, "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), corpus + " is not there");

    List<String> ruleFailures = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Map<String, Integer> findings = new TreeMap<>();
    Map<String, Integer> notChecked = new TreeMap<>();
    int templates = 0;
    List<Path> repos;
    try (Stream<Path> s = Files.list(corpus)) {
      repos = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path repo : repos) {
      for (Path template : templates(repo)) {
        List<Path> files = new ArrayList<>(List.of(template));
        files.addAll(parameterFiles(repo, template));
        FrontEnd.Result read = new ArmFrontEnd().load(ScanInput.of(repo, files));
        if (read.resources().isEmpty()) {
          continue;
        }
        templates++;
        Analyzer.Result result = new Analyzer(RuleCatalog.all()).run(ResourceGraph.of(read.resources()));
        for (Diagnostic d : result.diagnostics()) {
          if (d.code().equals("internal-error")) {
            ruleFailures.add(repo.getFileName() + "/" + d.oneLine());
          } else if (d.kind() == Diagnostic.Kind.NOT_CHECKED) {
            notChecked.merge(d.ruleId(), 1, Integer::sum);
          }
        }
        for (Finding f : result.findings()) {
          findings.merge(f.ruleId() + " " + f.level().sarifName(), 1, Integer::sum);
          if (f.level() == Level.ERROR && !SCANNER_TEST_DATA.contains(repo.getFileName().toString())) {
            errors.add(repo.getFileName() + "/" + f.primary().range().file() + ": [" + f.ruleId() + "] "
                + f.primary().range().where() + ": " + f.messageWithVariant());
          }
        }
      }
    }
    System.out.println("[corpus] " + templates + " templates with resources; findings " + findings
        + "; not checked " + notChecked);
    assertThat(templates).as("templates with Microsoft.Network resources").isGreaterThan(100);
    assertThat(ruleFailures).as("rules that failed").isEmpty();
    Map<String, String> audited = auditedFindings();
    List<String> unaudited = new ArrayList<>();
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (String e : errors) {
      String key = e.substring(0, e.indexOf(':')) + " " + ruleOf(e);
      if (audited.containsKey(key)) {
        seen.add(key);
      } else {
        unaudited.add(e);
      }
    }
    assertThat(unaudited).as("error-level findings in published templates (not in corpus-audited-findings.txt)")
        .isEmpty();
    // The list also holds audited Bicep and Terraform findings (for scripts/corpus-audit.py); only ARM templates
    // outside the scanners' test data are scanned here.
    List<String> armEntries = audited.keySet().stream()
        .filter(k -> k.substring(0, k.indexOf(' ')).toLowerCase(Locale.ROOT).endsWith(".json"))
        .filter(k -> !SCANNER_TEST_DATA.contains(k.substring(0, k.indexOf('/'))))
        .toList();
    assertThat(armEntries).as("audited findings that no longer occur: remove them from the list")
        .isSubsetOf(seen);
  }

  private static List<Path> templates(Path repo) throws IOException {
    try (Stream<Path> s = Files.walk(repo)) {
      return s.filter(Files::isRegularFile)
          .map(repo::relativize)
          .filter(p -> {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".json") && !name.contains(".parameters.");
          })
          .sorted().toList();
    }
  }

  private static List<Path> parameterFiles(Path repo, Path template) throws IOException {
    String name = template.getFileName().toString();
    String base = name.substring(0, name.length() - ".json".length()).toLowerCase(Locale.ROOT);
    Path dir = repo.resolve(template).getParent();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.startsWith(base + ".parameters") && n.endsWith(".json");
          })
          .map(repo::relativize).sorted().toList();
    }
  }
}
